/**
 * The 2024 sample partner (test/fixtures/sample-2024, the built-in sample before it moved to 2026), scored
 * with edition 2024 for 2024-06. Each number is worked out from the sample's rows
 * (scripts/make-sample.ts) and RULES.md by hand.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getEdition, prepare, scoreDataset, scorePrepared, type ScoreReport } from '../../src/engine';
import { defaultActions, plan } from '../../src/engine/planner';
import { prepareScenario } from '../../src/engine/scenario';
import { importFiles } from '../../src/io/import';
import { sourceFromText } from '../../src/io/source';
import { cert, metric, path } from './helpers';

const dir = join(import.meta.dirname, '..', 'fixtures', 'sample-2024');
let report: ScoreReport;
let dataset: Awaited<ReturnType<typeof importFiles>>['dataset'];

beforeAll(async () => {
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => sourceFromText(f, readFileSync(join(dir, f), 'utf8')));
  const imported = await importFiles(sources, { edition: '2024' });
  expect(imported.problems.filter((p) => p.severity === 'error')).toEqual([]);
  dataset = imported.dataset;
});
// Scored in each test, not once for the file: mutation testing then knows which tests run the scoring code
// (code run outside a test is "static" and would be re-tested against the whole suite).
beforeEach(() => {
  report = scoreDataset(dataset, { edition: '2024' });
});

describe('sample partner, 2024-06', () => {
  it('scores the month the partner file names', () => expect(report.month).toBe('2024-06'));

  it('Azure is on the Enterprise path: under $1M and 7 of 11 customers SMB/SMC (63.64 % < 80 %)', () => {
    const dai = report.designations.find((d) => d.id === 'digital-app-innovation')!;
    expect(dai.path).toBe('enterprise');
    expect(dai.pathReason).toContain('(7 of 11)');
  });

  it('Digital & App Innovation: 20 + 16 + 0 + 20 + 10 = 66, blocked by Advanced certifications at 0', () => {
    // NCA: new 7 (AKS from 2023-10), 8 (OpenAI from 2023-12), 10 (App Service from 2024-03); lost 9 (2,100 until 2023-11) → 2 → 20
    // Intermediate: Ava, Ben, Chloe hold AZ-104 (>= 2); Farid, Grace, Hugo (AZ-204) and Ines (PL-400) → 4 × 4 = 16
    // Advanced: Dev holds AZ-305, Elena's expired 2024-02-15 → 1 < 2 → gate closed → 0
    // Usage growth >= 20 % → 20; deployments: 7 services new in the TTM (capped at 5) → 10
    const p = path(report, 'digital-app-innovation', 'enterprise');
    expect(p.metrics.map((m) => m.points)).toEqual([20, 16, 0, 20, 10]);
    expect(p.score).toBe(66);
    expect(p.qualified).toBe(false);
    const advanced = metric(report, 'digital-app-innovation', 'enterprise', 'advanced-certifications');
    // 1 person holds a prerequisite; the rule needs 2.
    expect(advanced.components[0]!.summary).toContain('1 person holds one on 2024-06-30, 2 needed');
  });

  it('Azure deployments: Key Vault, Sentinel, Azure Monitor, Cosmos DB, AKS, OpenAI and App Service are new; VM Licenses excluded', () => {
    const m = metric(report, 'infrastructure', 'enterprise', 'deployments');
    expect(
      m.items
        .filter((i) => i.counted)
        .map((i) => i.subject)
        .sort(),
    ).toEqual(['App Service', 'Azure Cosmos DB', 'Azure Kubernetes Service', 'Azure Monitor', 'Azure OpenAI', 'Key Vault', 'Microsoft Sentinel']);
    expect(m.items.find((i) => i.subject === 'Virtual Machines Licenses')!.counted).toBe(false);
  });

  it('Infrastructure: 20 + 12 + 0 + 20 + 10 = 62', () => {
    // Intermediate: Mateo (AZ-700), Nora (AZ-800), Omar (Stack Hub, retired, eligible through 2024-07-31) → 12
    expect(path(report, 'infrastructure', 'enterprise').score).toBe(62);
  });

  it('Business Applications qualifies on the SMB path: 15 + 20 + 15 + 30 + 8 = 88', () => {
    // Classification: no pair over $5,000 in both months → SMB.
    // NCA: 2023-06 has 3 pairs over $250; 2024-06 has 8 (Power BI at exactly $250 and plain-CPOR Field Service do not count) → 5 → 15
    // Deployments (>= 5,000 MCV): 2023-06 BC 20 MAU = 20,000 and Power BI 50 × 200 = 10,000 → 2; 2024-06 adds tenant 24 BC
    //   (12,000) and Customer Insights 30,000 × 0.2 = 6,000; Customer Service 10 × 200 = 2,000 does not → 4 - 2 = 2 → 8
    // Usage growth: 30,000 → 12,000 + 12,000 + 60 × 200 + 2,000 + 6,000 = 44,000 … = 47.65 % with the Power BI ramp → 30
    const d = report.designations.find((x) => x.id === 'business-applications')!;
    expect(d.path).toBe('smb');
    expect(d.paths.find((p) => p.path === 'smb')!.metrics.map((m) => m.points)).toEqual([15, 20, 15, 30, 8]);
    expect(d.qualified).toBe(true);
  });

  it('Modern Work qualifies; two designations qualify in all', () => {
    expect(report.designations.filter((d) => d.qualified).map((d) => d.id)).toEqual(['business-applications', 'modern-work']);
  });

  it('one more Azure Solutions Architect Expert qualifies Digital & App Innovation (78) and Infrastructure (exactly 70)', () => {
    const more = scoreDataset({ ...dataset, certifications: [...dataset.certifications, cert('new.architect@larkspur.example', 'AZ-305', '2024-06-10')] }, { edition: '2024' });
    expect(more.designations.find((d) => d.id === 'digital-app-innovation')).toMatchObject({ score: 78, qualified: true });
    expect(more.designations.find((d) => d.id === 'infrastructure')).toMatchObject({ score: 70, qualified: true });
  });

  it('all six: the planner’s plan qualifies every designation, proven cheapest; cut short in the combined search, the local search already holds a plan as cheap', () => {
    const edition = getEdition('2024');
    const base = prepare(dataset, edition);
    const targets = edition.designations.map((d) => d.id);
    const request = { targets, actions: defaultActions(edition, targets, base, '2024-06'), month: '2024-06' };
    const full = plan(base, dataset, request);
    expect(full).toMatchObject({ status: 'found', optimal: true });
    const after = scorePrepared(prepareScenario(base, dataset, edition, { id: 'plan', name: 'plan', changes: full.steps.map((s) => s.change) }, '2024-06'), '2024-06', {
      explain: false,
      window: false,
    });
    expect(after.designations.filter((d) => !d.qualified)).toEqual([]);
    // Security alone costs less with its own two customers and identity people; with Data & AI beside it, one
    // Azure Security customer serves both. Adding that customer to the two single-target plans only pays if the
    // local search then drops the others, not the customer it just added; 100 evaluations before the end, the
    // search is in the combined phase, after the local search.
    const cut = plan(base, dataset, { ...request, maxEvaluations: full.evaluations - 100 });
    expect(cut).toMatchObject({ status: 'found', optimal: false, totalCost: full.totalCost });
  });
});
