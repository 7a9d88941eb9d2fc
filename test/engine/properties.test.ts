/** Property tests (fast-check): invariants that hold for any data, not just hand-picked cases. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getEdition, lastDayOf, monthIndex, prepare, scoreDataset, scorePrepared, type Dataset, type ScoreReport } from '../../src/engine';
import { measure, MEASURE_READS, measureUncached } from '../../src/engine/measures';
import { applyRows, seatCellsAt } from '../../src/engine/prepare';
import { idKey } from '../../src/engine/vocabulary';
import { cert, M1 } from './helpers';

const months = ['2023-01', '2023-04', '2023-05', '2023-06', '2023-07', '2023-10', '2024-01', '2024-04', '2024-05', '2024-06'];
const tenant = fc.constantFrom('t1', 'T1', 't2', 't3', 't4', 't5');
const month = fc.constantFrom(...months);
const catalog = getEdition('2024').certifications;

const azureRow = fc.record({
  tenantId: tenant,
  month,
  service: fc.constantFrom('Virtual Machines', 'Virtual Machines Licenses', 'Key Vault', 'Microsoft Sentinel', 'SQL Database', 'Storage'),
  association: fc.constantFrom('PAL', 'DPOR', 'CSP Tier 1', 'CPOR'),
  acrUsd: fc.integer({ min: -50_000, max: 2_000_000 }).map((c) => c / 100),
});
const m365Row = fc
  .record({
    tenantId: tenant,
    month,
    workload: fc.constantFrom('Exchange', 'Teams', 'Intune', 'Entra ID P1', 'Microsoft Defender for Endpoint'),
    association: fc.constantFrom('CPOR', 'DPOR', 'CSP'),
    paidSeats: fc.integer({ min: 0, max: 600 }),
    activeUsers: fc.integer({ min: 0, max: 600 }),
    // AMB-58: the association day moves growth's baseline and excludes deployments already in place.
    associatedOn: fc.constantFrom(undefined, undefined, '2023-09-10', '2024-03-01', '2024-07-02'),
  })
  .map(({ associatedOn, ...row }) => (associatedOn ? { ...row, associatedOn } : row));
const revenueRow = fc.record({
  tenantId: tenant,
  month,
  workload: fc.constantFrom('Sales', 'Power BI', 'Business Central', 'Finance'),
  association: fc.constantFrom('CSP', 'DPOR', 'CPOR', 'CPOR RevRec'),
  revenueUsd: fc.integer({ min: 0, max: 800_000 }).map((c) => c / 100),
});
const usageRow = fc.record({
  tenantId: tenant,
  month,
  workload: fc.constantFrom('Business Central', 'Power BI', 'Sales', 'Customer Insights'),
  association: fc.constantFrom('CSP', 'PAL', 'DPOR'),
  usage: fc.integer({ min: 0, max: 80_000 }),
});
const certRow = fc
  .record({
    personId: fc.constantFrom('p1', 'p2', 'P2', 'p3', 'p4', 'p5', 'p6', 'p7'),
    cert: fc.constantFrom(...catalog),
    earnedOn: fc.constantFrom('2022-05-01', '2023-08-01', '2024-06-30', '2024-07-01'),
    expiresOn: fc.constantFrom(undefined, '2024-06-29', '2024-06-30', '2025-01-01'),
  })
  .map(({ personId, cert: c, earnedOn, expiresOn }) => ({ personId, certificationId: c.id, certificationName: c.name, earnedOn, ...(expiresOn ? { expiresOn } : {}) }));

const datasetArb: fc.Arbitrary<Dataset> = fc.record({
  azure: fc.array(azureRow, { maxLength: 25 }),
  m365: fc.array(m365Row, { maxLength: 15 }),
  bizappsRevenue: fc.array(revenueRow, { maxLength: 12 }),
  bizappsUsage: fc.array(usageRow, { maxLength: 12 }),
  certifications: fc.array(certRow, { maxLength: 20 }),
  customers: fc.constant([
    { tenantId: 't1', segment: 'SMB' },
    { tenantId: 't2', segment: 'SMC' },
  ]),
  partner: fc.constant({ month: M1 }),
});

/** The numbers of a report, in a stable order: every path's score and every metric's points and value. */
function numbers(report: ScoreReport) {
  return report.designations.map((d) => ({
    id: d.id,
    path: d.path,
    paths: d.paths.map((p) => ({ path: p.path, score: p.scoreExact, metrics: p.metrics.map((m) => [m.id, m.pointsExact, m.value]) })),
  }));
}

const score = (d: Dataset) => scoreDataset(d, { month: M1, explain: false, edition: '2024' });
// 60 random datasets per property in `npm test`; mutation testing runs fewer (PROPERTY_RUNS), since every
// mutant re-runs the properties and the hand-worked tests carry the rules.
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) };

describe('engine invariants', () => {
  it('points stay within [0, max] and totals within [0, 100]', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        for (const des of score(d).designations)
          for (const p of des.paths) {
            expect(p.score).toBeGreaterThanOrEqual(0);
            expect(p.score).toBeLessThanOrEqual(100);
            for (const m of p.metrics) {
              expect(m.points).toBeGreaterThanOrEqual(0);
              expect(m.points).toBeLessThanOrEqual(m.max);
            }
          }
      }),
      RUNS,
    );
  });

  it('row order does not change any number', () => {
    fc.assert(
      fc.property(datasetArb, fc.integer(), (d, seed) => {
        const shuffle = <T>(rows: T[]) => fc.sample(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), { numRuns: 1, seed })[0]!;
        const shuffled: Dataset = {
          ...d,
          azure: shuffle(Array.from(d.azure)),
          m365: shuffle(Array.from(d.m365)),
          bizappsRevenue: shuffle(Array.from(d.bizappsRevenue)),
          bizappsUsage: shuffle(Array.from(d.bizappsUsage)),
          certifications: shuffle(d.certifications),
        };
        expect(numbers(score(shuffled))).toEqual(numbers(score(d)));
      }),
      RUNS,
    );
  });

  it('exact duplicate rows count once (AMB-53)', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const doubled: Dataset = {
          ...d,
          azure: [...d.azure, ...d.azure.map((r) => ({ ...r }))],
          m365: [...d.m365, ...d.m365],
          bizappsRevenue: [...d.bizappsRevenue, ...d.bizappsRevenue],
          bizappsUsage: [...d.bizappsUsage, ...d.bizappsUsage],
          certifications: [...d.certifications, ...d.certifications],
        };
        expect(numbers(score(doubled))).toEqual(numbers(score(d)));
      }),
      RUNS,
    );
  });

  const neverLower = (before: ScoreReport, after: ScoreReport) => {
    before.designations.forEach((d, i) =>
      d.paths.forEach((p, j) =>
        p.metrics.forEach((m, k) => {
          expect(after.designations[i]!.paths[j]!.metrics[k]!.points, `${d.id}/${p.path}/${m.id}`).toBeGreaterThanOrEqual(m.points);
        }),
      ),
    );
  };

  it('adding a certified person never lowers a metric', () => {
    fc.assert(
      fc.property(datasetArb, fc.constantFrom(...catalog), (d, c) => {
        const added: Dataset = { ...d, certifications: [...d.certifications, cert('new-person', c.examCodes[0] ?? c.name, '2023-01-01')] };
        neverLower(score(d), score(added));
      }),
      RUNS,
    );
  });

  it('adding a qualifying customer (Azure or Microsoft 365) never lowers a metric on any path', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const added: Dataset = {
          ...d,
          azure: [...d.azure, { tenantId: 'brand-new', month: M1, service: 'Azure Functions', association: 'PAL', acrUsd: 1500 }],
          m365: [...d.m365, { tenantId: 'brand-new', month: M1, workload: 'Teams', association: 'CPOR', paidSeats: 400, activeUsers: 200 }],
        };
        neverLower(score(d), score(added));
      }),
      RUNS,
    );
  });

  it('adding rows to a prepared base equals preparing the merged data, and leaves the base unchanged (both editions)', () => {
    fc.assert(fc.property(datasetArb, datasetArb, datasetArb, extendsLikeMerged), RUNS);
  });

  it('Microsoft 365 cells: one per tenant, month, workload and family, rows sharing them summed (AMB-53), in arrival order within a month', () => {
    fc.assert(
      fc.property(datasetArb, datasetArb, (d, more) => {
        const edition = getEdition('2026');
        for (const p of [prepare({ ...d, deduplicated: true }, edition), applyRows(prepare({ ...d, deduplicated: true }, edition), { m365: more.m365, deduplicated: true })]) {
          // The reference: a plain map per tenant and month, filled row by row.
          // Rows marked de-duplicated are all summed, so the reference need not find exact duplicates.
          const rows = [...d.m365, ...(p.derived ? more.m365 : [])];
          type Cell = { workload: string; association: string; paidSeats: number; activeUsers: number };
          const expected = new Map<string, Map<number, Cell[]>>();
          for (const r of rows) {
            const family = p.vocabulary.association(r.association)?.family;
            if (!family) continue;
            const workload = p.vocabulary.m365Workload(r.workload);
            const byMonth = expected.get(idKey(r.tenantId)) ?? new Map<number, Cell[]>();
            expected.set(idKey(r.tenantId), byMonth);
            const cells = byMonth.get(monthIndex(r.month)) ?? [];
            byMonth.set(monthIndex(r.month), cells);
            const cell = cells.find((c) => c.workload === workload && c.association === family);
            if (cell) {
              cell.paidSeats += r.paidSeats;
              cell.activeUsers += r.activeUsers;
            } else cells.push({ workload, association: family, paidSeats: r.paidSeats, activeUsers: r.activeUsers });
          }
          expect([...p.m365.cells.keys()].sort()).toEqual([...expected.keys()].sort());
          for (const [tenant, byMonth] of expected)
            for (const index of months.map(monthIndex))
              expect(seatCellsAt(p.m365.cells.get(tenant), index).map(({ workload, association, paidSeats, activeUsers }) => ({ workload, association, paidSeats, activeUsers }))).toEqual(
                byMonth.get(index) ?? [],
              );
        }
      }),
      RUNS,
    );
  });

  it('the measure cache is transparent: after rows are added, every cached result equals a fresh one (both editions)', () => {
    fc.assert(fc.property(datasetArb, datasetArb, cacheIsTransparent), RUNS);
  });

  it('every measure declares what it reads: with its declaration emptied, the cache returns a stale result', () => {
    // The cache is keyed by the declared parts only; with none declared, a result cached for the base is reused
    // after rows are added, so the property above fails for some data.
    for (const kind of Object.keys(MEASURE_READS) as (keyof typeof MEASURE_READS)[]) {
      const declared = MEASURE_READS[kind];
      MEASURE_READS[kind] = { ...declared, data: () => [] };
      try {
        const outcome = fc.check(fc.property(datasetArb, datasetArb, cacheIsTransparent), { numRuns: 300, seed: 7 });
        expect(outcome.failed, kind).toBe(true);
      } finally {
        MEASURE_READS[kind] = declared;
      }
    }
  });
});

/** Scores `a` (filling the measure cache), adds `b`, and checks every component's cached measure against a fresh one. */
function cacheIsTransparent(a: Dataset, b: Dataset): void {
  for (const id of ['2024', '2026']) {
    const edition = getEdition(id);
    const base = prepare(a, edition);
    scorePrepared(base, M1, { explain: false });
    const extended = applyRows(base, { azure: b.azure, m365: b.m365, bizappsRevenue: b.bizappsRevenue, bizappsUsage: b.bizappsUsage, certifications: b.certifications });
    const ctx = { prepared: extended, month: monthIndex(M1), checkDay: lastDayOf(monthIndex(M1)), explain: false };
    for (const d of edition.designations)
      for (const path of d.paths)
        for (const metric of path.metrics)
          for (const component of metric.components) {
            const { units, value } = measureUncached(ctx, component.measure);
            expect(measure(ctx, component.measure), `${id} ${d.id} ${path.id} ${metric.id} ${component.id}`).toMatchObject({ units, value });
          }
  }
}

/**
 * Scores `a` prepared (so its results are cached) and `a` plus a sibling scenario `c` (so per-tenant parts of
 * derived data are kept), then `a` plus `b` through applyRows, at M1 and at the month before, against `a` and `b`
 * prepared together.
 */
function extendsLikeMerged(a: Dataset, b: Dataset, c: Dataset): void {
  const rowsOf = (d: Dataset) => ({ azure: d.azure, m365: d.m365, bizappsRevenue: d.bizappsRevenue, bizappsUsage: d.bizappsUsage, certifications: d.certifications });
  for (const id of ['2024', '2026']) {
    const edition = getEdition(id);
    const base = prepare(a, edition);
    const before = numbers(scorePrepared(base, M1, { explain: false }));
    scorePrepared(applyRows(base, rowsOf(c)), M1, { explain: false });
    const extended = applyRows(base, rowsOf(b));
    const incremental = scorePrepared(extended, M1, { explain: false });
    // The same derived data at the month before: a part kept for one month must not answer for another.
    const monthBefore = scorePrepared(extended, '2024-05', { explain: false });
    const merged: Dataset = {
      ...a,
      azure: [...a.azure, ...b.azure],
      m365: [...a.m365, ...b.m365],
      bizappsRevenue: [...a.bizappsRevenue, ...b.bizappsRevenue],
      bizappsUsage: [...a.bizappsUsage, ...b.bizappsUsage],
      certifications: [...a.certifications, ...b.certifications],
    };
    expect(numbers(incremental)).toEqual(numbers(scoreDataset(merged, { month: M1, explain: false, edition: id })));
    expect(numbers(monthBefore)).toEqual(numbers(scoreDataset(merged, { month: '2024-05', explain: false, edition: id })));
    expect(numbers(scorePrepared(base, M1, { explain: false }))).toEqual(before);
  }
}
