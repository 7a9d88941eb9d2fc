/**
 * "What do I do now" (engine/nextSteps.ts, engine/summary.ts). Hand-made data where it is small enough; the
 * built-in sample partner (public/samples, scored 2026-10 with edition 2026) for the plans, with the arithmetic
 * from RULES-2026 §2.4/§2.5 beside each number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getEdition, monthIndex, prepare, scoreAllDesignations, type Dataset, type DesignationId, type DesignationResult } from '../../src/engine';
import { actionWorth, nextSteps } from '../../src/engine/nextSteps';
import { qualificationSummary } from '../../src/engine/summary';
import { importFiles } from '../../src/io/import';
import { sourceFromText } from '../../src/io/source';
import { SAMPLE_FILES } from '../../src/store/sampleFiles';
import { cert26, dataset, N1, people26 } from './helpers';

// Planner costs (planner.ts): exam $165 + study days × $400; Expert 5 days, Associate 3.
const EXPERT = 165 + 5 * 400; // 2,165
const ASSOCIATE = 165 + 3 * 400; // 1,365

describe('what one more unit is worth (actionWorth)', () => {
  // DAI Enterprise, advanced certifications (§2.4): 2 Solutions Architect Experts are the prerequisite (0 points),
  // then 4 points per person with an advanced certification. Here: 1 SAE (prerequisite not met) and 2 DevOps
  // Experts, who earn nothing until it is.
  const data: Dataset = dataset({ certifications: [cert26('sae-1', 'AZ-305'), ...people26('devops', 'AZ-400', 2)] });
  const prepared = prepare(data, getEdition('2026'));

  it('a second Solutions Architect Expert meets the prerequisite: 2 × 4 = 8 points on advanced certifications', () => {
    const worth = actionWorth(prepared, data, N1, 'digital-app-innovation');
    const sae = worth.find((w) => w.actionId === 'certify:azure-solutions-architect-expert')!;
    expect(sae.metricPoints).toEqual({ 'advanced-certifications': 8 });
    expect(sae.cost).toBe(EXPERT);
    // Nothing else scores (no customers, no intermediate prerequisite): the total is the 8 points, not qualified.
    expect(sae.scoreAfter).toBe(8);
    expect(sae.qualifiedAfter).toBe(false);
  });

  it('a gain is the difference from today: with 2 AAA and 1 developer (4 points), one more developer adds 4 (8 − 4), and actions come cheapest first', () => {
    // AZ-204 retired on 2026-07-31 and cannot be earned now (it still counts through 2027-07-31): the developer
    // action offered is Power Platform Developer Associate (PL-400), $165 + 3 × $400 = $1,365.
    const withDev: Dataset = dataset({ certifications: [...people26('aaa', 'AZ-104', 2), cert26('dev-1', 'AZ-204'), cert26('sae-1', 'AZ-305')] });
    const worth = actionWorth(prepare(withDev, getEdition('2026')), withDev, N1, 'digital-app-innovation');
    const developer = worth.find((w) => w.label.includes('Power Platform Developer Associate'))!;
    expect(developer.metricPoints).toEqual({ 'intermediate-certifications': 4 });
    expect(developer.cost).toBe(ASSOCIATE);
    expect(developer.scoreAfter).toBe(8); // intermediate 4 + 4; nothing else scores
    // A new Azure customer at $1,000 a month: 1 net add × 10 = 10 → 4 + 10 = 14.
    expect(worth.find((w) => w.actionId === 'azure-customer')).toMatchObject({ metricPoints: { 'net-customer-adds': 10 }, scoreAfter: 14 });
    expect(worth.map((w) => w.cost)).toEqual([...worth.map((w) => w.cost)].sort((a, b) => a - b));
    expect(worth.length).toBeGreaterThan(1);
  });

  it('an unknown designation is an error', () => {
    expect(() => actionWorth(prepared, data, N1, 'no-such' as DesignationId)).toThrow("unknown designation 'no-such'");
  });

  it('lists only actions that add points: a third DevOps Expert waits for the prerequisite (0 points)', () => {
    const worth = actionWorth(prepared, data, N1, 'digital-app-innovation');
    expect(worth.some((w) => w.label.includes('DevOps Engineer Expert'))).toBe(false);
    expect(worth.every((w) => Object.values(w.metricPoints).every((p) => p > 0))).toBe(true);
  });
});

describe('next steps on the sample partner (2026-10, edition 2026)', () => {
  let data: Dataset;
  let prepared: ReturnType<typeof prepare>;
  beforeAll(async () => {
    const dir = join(import.meta.dirname, '..', '..', 'public', 'samples');
    data = (await importFiles(SAMPLE_FILES.map((f) => sourceFromText(f, readFileSync(join(dir, f), 'utf8'))))).dataset;
    prepared = prepare(data, getEdition('2026'));
  });
  const scored = () => scoreAllDesignations(prepared, monthIndex(N1), { explain: false });

  it('summary: 3 of 6 qualify; the closest miss is Digital & App Innovation, 76 points but Advanced certifications at 0', () => {
    const summary = qualificationSummary(scored(), 70);
    expect(summary.qualified).toBe(3); // Business Applications 92, Modern Work 100, Security 82
    expect(summary.total).toBe(6);
    // DAI: 30 + 16 + 0 + 20 + 10 = 76 ≥ 70, 0 points short, blocked by one metric; Infrastructure 68 is 2 short.
    expect(summary.closestMiss).toEqual({ id: 'digital-app-innovation', name: 'Digital & App Innovation (Azure)', score: 76, pointsShort: 0, metricsBelowMinimum: ['Advanced certifications'] });
  });

  it('Digital & App Innovation: one Solutions Architect Expert, $2,165 → 84 ✓', () => {
    const plans = nextSteps(prepared, data, N1, scored());
    const dai = plans.find((p) => p.designation === 'digital-app-innovation')!;
    expect(dai.status).toBe('found');
    expect(dai.totalCost).toBe(EXPERT);
    // 1 SAE + 1 = 2 of the 2 needed: the 2 advanced holders earn 2 × 4 = 8 → 76 + 8 = 84.
    expect(dai.scoreAfter).toBe(84);
    expect(dai.qualifiedAfter).toBe(true);
    expect(dai.steps).toEqual([{ label: 'Certify a person: Azure Solutions Architect Expert (AZ-305)', cost: EXPERT }]);
    expect(dai.changes).toHaveLength(1);
    expect(dai.changes[0]).toMatchObject({ type: 'addPerson', certifications: [{ certificationId: 'azure-solutions-architect-expert' }] });
  });

  it('Data & AI needs two people: an Expert and an Associate, $3,530 → 72 ✓; qualified designations get no plan', () => {
    const plans = nextSteps(prepared, data, N1, scored());
    const dataAi = plans.find((p) => p.designation === 'data-ai')!;
    expect(dataAi.totalCost).toBe(EXPERT + ASSOCIATE); // 2,165 + 1,365 = 3,530
    expect(dataAi.steps).toHaveLength(2);
    // D&AI intermediate (§2.4, Enterprise): prerequisites 2 AAA (3 hold one) and 2 SAE (1 holds one), 0 points;
    // then 4 per person. +1 SAE meets them: the 2 people waiting earn 8 → 68 ✗; one more Associate: 3 × 4 = 12 → 60 + 12 = 72.
    expect(dataAi.scoreAfter).toBe(72);
    expect(plans.map((p) => p.designation).sort()).toEqual(['data-ai', 'digital-app-innovation', 'infrastructure']);
  });

  it('a search out of time still gives a plan that qualifies, and says it is not proven cheapest', () => {
    // A clock that moves a second at every look: the 1 ms budget is spent at once
    let t = 0;
    const plans = nextSteps(prepared, data, N1, scored(), { now: () => (t += 1000), timeBudgetMs: 1 });
    const dai = plans.find((p) => p.designation === 'digital-app-innovation')!;
    expect(dai).toMatchObject({ status: 'found', optimal: false, qualifiedAfter: true });
    expect(dai.reason).toBe('the search ran out of its time or evaluation budget: this plan qualifies every target but is not proven cheapest');
    expect(dai.totalCost).toBeGreaterThanOrEqual(EXPERT); // never cheaper than the proven optimum
  });
});

describe('qualificationSummary orders the misses by points short, then blocking metrics, then score', () => {
  /** A designation result with only what the summary reads (score, qualified, its path's metrics). */
  const result = (id: DesignationId, score: number, zeroMetrics: string[]) =>
    ({
      id,
      name: id,
      score,
      qualified: false,
      path: 'enterprise',
      paths: [{ path: 'enterprise', metrics: [...zeroMetrics.map((label) => ({ label, meetsMinimum: false })), { label: 'ok', meetsMinimum: true }] }],
    }) as unknown as DesignationResult;

  it('66.67 is 3.33 points short (70 − 66.67, to the hundredth)', () => {
    expect(qualificationSummary([result('security', 66.67, [])], 70).closestMiss!.pointsShort).toBe(3.33);
  });

  it('at 0 points short, one blocking metric comes before two; at equal counts, the higher score first', () => {
    const two = result('data-ai', 90, ['A', 'B']);
    const oneLow = result('infrastructure', 72, ['A']);
    const oneHigh = result('security', 75, ['A']);
    expect(qualificationSummary([two, oneLow, oneHigh], 70).closestMiss!.id).toBe('security');
    expect(qualificationSummary([two, oneLow], 70).closestMiss!.id).toBe('infrastructure');
  });
});
