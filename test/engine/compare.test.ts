/**
 * "What changed for you" (compare.ts): the same data under editions 2024 and 2026 for 2026-10, one difference per
 * moved metric on the path that counts and one per moved designation, each tied to the rows of the 2026 change
 * table that can cause it. Worked out by hand from RULES.md §2.3 and RULES-2026 §2.1, §2.4 and §10.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreDataset } from '../../src/engine';
import { compareEditionReports, compareEditions } from '../../src/engine/compare';
import { importFiles } from '../../src/io/import';
import { sourceFromText } from '../../src/io/source';
import { SAMPLE_FILES } from '../../src/store/sampleFiles';
import { azure, dataset, N1, N13 } from './helpers';

describe('compareEditions', () => {
  it('a customer at $400 a year ago and $1,000 now: 0 net adds in 2024 (not $0 then, AMB-49), 1 in 2026 (change 3) → 0 → 10 points', () => {
    const comparison = compareEditions(dataset({ azure: [azure('a', N13, 400), azure('a', N1, 1000)] }), { month: N1 });
    expect(comparison.month).toBe('2026-10');
    expect(comparison.editions).toEqual(['2024', '2026']);
    expect(Object.keys(comparison.reports)).toEqual(['2024', '2026']);
    const nca = comparison.differences.find((d) => d.designation === 'infrastructure' && d.metric === 'net-customer-adds')!;
    expect(nca.from).toEqual({ edition: '2024', path: 'enterprise', points: 0, value: 0, unit: 'customers' });
    expect(nca.to).toEqual({ edition: '2026', path: 'enterprise', points: 10, value: 1, unit: 'customers' });
    // Change 3 (the count difference) and change 7 (sovereign clouds, listed for the same metric)
    expect(nca.changes).toEqual(['3', '7']);
    expect(nca.explanation).toBe(
      'Net customer adds: 0 → 1 customers, 0 → 10 points (+10) — Azure net customer adds are now a difference of two counts: customers at the threshold in the last two months minus those a year earlier; Azure revenue in sovereign clouds (Azure China, US Government) is left out',
    );
    // The designation moved by the sum of its metrics' moves, and says so with its rule changes, in number order
    const infra = comparison.differences.find((d) => d.designation === 'infrastructure' && d.metric === null)!;
    const moved = comparison.differences.filter((d) => d.designation === 'infrastructure' && d.metric !== null).reduce((sum, d) => sum + d.to.points - d.from.points, 0);
    expect(infra.to.points - infra.from.points).toBeCloseTo(moved, 2);
    expect(infra.changes).toEqual(
      [...new Set(comparison.differences.filter((d) => d.designation === 'infrastructure' && d.metric !== null).flatMap((d) => d.changes))].sort((x, y) => Number(x) - Number(y)),
    );
    expect(infra.explanation).toMatch(/^Infrastructure \(Azure\): [\d.]+ → [\d.]+ \(\+[\d.]+\)$/);
    // The table marks the rows that touched these numbers
    const affected = comparison.changes.filter((c) => c.affected).map((c) => c.id);
    expect(affected).toContain('3');
    expect(comparison.changes.find((c) => c.id === '2')!.affected).toBe(false); // information only
  });

  it('a path that moves: $1M of ACR from one SMB customer is Enterprise in 2024 (ACR ≥ $1M), SMB in 2026 (100 % SMB, change 1)', () => {
    const data = dataset({ customers: [{ tenantId: 'big', segment: 'SMB' }], azure: [azure('big', N1, 1_000_000)] });
    const comparison = compareEditions(data, { month: N1 });
    const infra = comparison.differences.find((d) => d.designation === 'infrastructure' && d.metric === null)!;
    expect(infra.from.path).toBe('enterprise');
    expect(infra.to.path).toBe('smb');
    expect(infra.changes).toContain('1');
    expect(infra.explanation).toContain('; counts on the SMB path instead of the Enterprise path');
    expect(comparison.changes.find((c) => c.id === '1')!.affected).toBe(true);
  });

  it('a fall is signed with a minus, and a designation that stops qualifying says so', () => {
    // Compared the other way round (2026 → 2024) the $400 → $1,000 customer loses its 10 points
    const comparison = compareEditions(dataset({ azure: [azure('a', N13, 400), azure('a', N1, 1000)] }), { month: N1, from: '2026', to: '2024' });
    const nca = comparison.differences.find((d) => d.designation === 'infrastructure' && d.metric === 'net-customer-adds')!;
    expect(nca.explanation).toBe('Net customer adds: 1 → 0 customers, 10 → 0 points (−10)');
    expect(nca.changes).toEqual([]); // edition 2024 has no change table
  });

  it('needs an earlier edition and something to score', () => {
    expect(() => compareEditions(dataset(), { to: '2024' })).toThrow('rule edition 2024 has no earlier edition to compare with');
    expect(() => compareEditions(dataset())).toThrow(/nothing to score/);
  });

  it('a metric compared on each edition’s own path: Security net adds 2 → 4 points for one customer (standard path → SMB, 4 a customer)', () => {
    // $1,200 of Key Vault in 2026-10: 2024 averages $100 a month → 1 customer × 2; 2026 ≥ $600 → 1 × 4 on SMB (the higher total)
    const comparison = compareEditions(dataset({ azure: [azure('kv', N1, 1200, 'Key Vault')] }), { month: N1 });
    const nca = comparison.differences.find((d) => d.designation === 'security' && d.metric === 'net-customer-adds')!;
    expect(nca.from).toMatchObject({ path: 'standard', points: 2, value: 1 });
    expect(nca.to).toMatchObject({ path: 'smb', points: 4, value: 1 });
    // the same count on both sides: no "1 → 1 customers" in the text
    expect(nca.explanation).toMatch(/^Net customer adds: 2 → 4 points \(\+2\) — /);
  });

  it('explanations and the window by default; neither when asked', () => {
    const data = dataset({ azure: [azure('a', N1, 1000)] });
    const full = compareEditions(data, { month: N1 });
    expect(full.reports['2026']!.window.length).toBe(6);
    expect(full.reports['2026']!.designations[0]!.paths[0]!.metrics.some((m) => m.items.length > 0)).toBe(true);
    const bare = compareEditions(data, { month: N1, explain: false, window: false });
    expect(bare.reports['2026']!.window).toEqual([]);
    expect(bare.reports['2024']!.window).toEqual([]);
    expect(bare.reports['2026']!.designations.every((d) => d.paths.every((p) => p.metrics.every((m) => m.items.length === 0)))).toBe(true);
  });

  it('the sample partner: Security 24 (one path) → 82 (SMB) now qualifies, its rule changes in number order; the other way it no longer does', async () => {
    const dir = join(import.meta.dirname, '..', '..', 'public', 'samples');
    const data = (await importFiles(SAMPLE_FILES.map((f) => sourceFromText(f, readFileSync(join(dir, f), 'utf8'))))).dataset;
    const forward = compareEditions(data, { month: N1, explain: false, window: false });
    const security = forward.differences.find((d) => d.designation === 'security' && d.metric === null)!;
    expect(security.explanation).toBe('Security: 24 → 82 (+58); now qualifies; counts on the SMB path instead of its one path');
    expect(security.changes).toContain('25');
    expect(security.changes.some((id) => id.length === 1)).toBe(true);
    expect(security.changes).toEqual([...security.changes].sort((x, y) => Number(x) - Number(y)));
    const back = compareEditions(data, { month: N1, from: '2026', to: '2024', explain: false, window: false });
    expect(back.differences.find((d) => d.designation === 'security' && d.metric === null)!.explanation).toBe(
      'Security: 82 → 24 (−58); no longer qualifies; counts on its one path instead of the SMB path',
    );
  });
});

describe('compareEditionReports: the texts for what the editions’ reports can differ in', () => {
  // One report of edition 2026, and a copy relabelled 2024 that differs only where a test changes it.
  const pair = () => {
    const newer = scoreDataset(dataset({ azure: [azure('a', N1, 1)] }), { edition: '2026', month: N1, explain: false, window: false });
    const older = { ...structuredClone(newer), edition: '2024' };
    const infra = (r: typeof newer) => r.designations.find((d) => d.id === 'infrastructure')!;
    const chosenDeployments = (r: typeof newer) =>
      infra(r)
        .paths.find((p) => p.path === infra(r).path)!
        .metrics.find((m) => m.id === 'deployments')!;
    return { newer, older, infra, chosenDeployments };
  };

  it('a path that moved with the same score: ±0, and the path rows of the change table', () => {
    const { newer, older, infra } = pair();
    infra(older).path = 'smb';
    const { differences, changes } = compareEditionReports(older, newer);
    const d = differences.find((x) => x.designation === 'infrastructure' && x.metric === null)!;
    expect(d.explanation).toBe('Infrastructure (Azure): 0 → 0 (±0); counts on the Enterprise path instead of the SMB path');
    expect(d.changes).toEqual(['1']); // change 1: the Azure path
    expect(changes.find((c) => c.id === '1')!.affected).toBe(true);
    expect(changes.filter((c) => c.affected).map((c) => c.id)).toEqual(['1']);
  });

  it('nothing moved: no difference and no change row marked', () => {
    const { newer, older } = pair();
    const { differences, changes } = compareEditionReports(older, newer);
    expect(differences).toEqual([]);
    expect(changes.some((c) => c.affected)).toBe(false);
  });

  it('a metric only one edition has, or counted in other units, shows points only', () => {
    const { newer, older, infra, chosenDeployments } = pair();
    // older: no deployments metric at all; newer: 2 points of it (values 1)
    const olderPath = infra(older).paths.find((p) => p.path === infra(older).path)!;
    olderPath.metrics = olderPath.metrics.filter((m) => m.id !== 'deployments');
    Object.assign(chosenDeployments(newer), { points: 2, value: 1 });
    const missing = compareEditionReports(older, newer).differences.find((d) => d.metric === 'deployments')!;
    expect(missing.from).toEqual({ edition: '2024', path: 'enterprise', points: 0 });
    expect(missing.explanation).toMatch(/^Deployments: 0 → 2 points \(\+2\) — /);
    // both have it, in different units
    const other = pair();
    Object.assign(other.chosenDeployments(other.older), { points: 4, value: 3, unit: 'customers' });
    Object.assign(other.chosenDeployments(other.newer), { points: 2, value: 1 });
    expect(compareEditionReports(other.older, other.newer).differences.find((d) => d.metric === 'deployments')!.explanation).toMatch(/^Deployments: 4 → 2 points \(−2\) — /);
    // and in the same units: the values are shown
    const same = pair();
    Object.assign(same.chosenDeployments(same.older), { points: 4, value: 3 });
    Object.assign(same.chosenDeployments(same.newer), { points: 2, value: 1 });
    expect(compareEditionReports(same.older, same.newer).differences.find((d) => d.metric === 'deployments')!.explanation).toMatch(/^Deployments: 3 → 1 deployments, 4 → 2 points \(−2\) — /);
  });

  it('a designation only the newer edition has is left out', () => {
    const { newer, older } = pair();
    older.designations = older.designations.filter((d) => d.id !== 'security');
    newer.designations.find((d) => d.id === 'security')!.score = 50;
    expect(compareEditionReports(older, newer).differences.filter((d) => d.designation === 'security')).toEqual([]);
  });
});
