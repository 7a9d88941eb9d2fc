/**
 * Scoring in steps (score.ts `scoringSteps`): the worker works ahead a measure at a time, so the user's own
 * requests run between two steps. After the steps, scoring must find every measure it reads already computed —
 * else work ahead would not spare the user the wait — and give the same result as scoring directly.
 * Also the planner's mode, numbers only: the same numbers as a full scoring, with the texts left empty; and the
 * simulator's steps (`scenarioSteps`), after which a first scenario re-reads only the tenants it changes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getEdition, lastDayOf, monthIndex, prepare, scoreAllDesignations, scorePrepared, type Dataset } from '../../src/engine';
import { measureCacheStats } from '../../src/engine/measures';
import { tenantPartStats } from '../../src/engine/measures/context';
import { prepareScenario, type Scenario } from '../../src/engine/scenario';
import { scenarioSteps, scoreDesignation, scoringSteps } from '../../src/engine/score';
import type { DesignationResult } from '../../src/engine/types';
import { importFiles } from '../../src/io/import';
import { sourceFromText } from '../../src/io/source';

const samples = [
  { edition: '2026', dir: join(import.meta.dirname, '..', '..', 'public', 'samples'), month: '2026-10' },
  { edition: '2024', dir: join(import.meta.dirname, '..', 'fixtures', 'sample-2024'), month: '2024-06' },
];
const datasets = new Map<string, Dataset>();

beforeAll(async () => {
  for (const s of samples) {
    const files = readdirSync(s.dir).filter((f) => f.endsWith('.csv'));
    datasets.set(
      s.edition,
      (
        await importFiles(
          files.map((f) => sourceFromText(f, readFileSync(join(s.dir, f), 'utf8'))),
          { edition: s.edition },
        )
      ).dataset,
    );
  }
});

describe.each(samples)('scoring steps, edition $edition sample', ({ edition: id, month }) => {
  const edition = getEdition(id);
  const index = monthIndex(month);

  it.each(edition.designations.map((d) => d.id))('after the steps of %s with explanations, scoring it computes no measure and equals scoring directly', (designation) => {
    const dataset = datasets.get(id)!;
    // A Prepared of its own: the measure cache is kept per prepared data, so nothing is cached before the steps.
    const prepared = prepare(dataset, edition);
    const rule = edition.designations.find((d) => d.id === designation)!;
    const steps = scoringSteps(prepared, index, { explain: true, designations: [designation] });
    // One step per measure its paths read: at least one per metric, and fewer than all six designations read.
    expect(steps.length).toBeGreaterThanOrEqual(rule.paths[0]!.metrics.length);
    expect(steps.length).toBeLessThan(scoringSteps(prepared, index, { explain: true }).length);
    // Each step computes at most one measure.
    for (const step of steps) {
      const was = measureCacheStats.computed;
      step();
      expect(measureCacheStats.computed - was).toBeLessThanOrEqual(1);
    }
    const before = measureCacheStats.computed;
    const result = scoreDesignation({ prepared, month: index, checkDay: lastDayOf(index), explain: true }, rule);
    expect(measureCacheStats.computed - before).toBe(0);
    expect(result).toEqual(scoreDesignation({ prepared: prepare(dataset, edition), month: index, checkDay: lastDayOf(index), explain: true }, rule));
  });

  it('after the steps of a month’s numbers, scoring every designation computes no measure and equals scoring directly', () => {
    const dataset = datasets.get(id)!;
    const prepared = prepare(dataset, edition);
    for (const step of scoringSteps(prepared, index, { explain: false })) {
      const was = measureCacheStats.computed;
      step();
      expect(measureCacheStats.computed - was).toBeLessThanOrEqual(1);
    }
    const before = measureCacheStats.computed;
    const results = scoreAllDesignations(prepared, index, { explain: false });
    expect(measureCacheStats.computed - before).toBe(0);
    expect(results).toEqual(scoreAllDesignations(prepare(dataset, edition), index, { explain: false }));
  });

  it('the steps of numbers do not compute the explanations (they are separate work, asked for per designation)', () => {
    const prepared = prepare(datasets.get(id)!, edition);
    for (const step of scoringSteps(prepared, index, { explain: false })) step();
    const before = measureCacheStats.computed;
    scoreDesignation({ prepared, month: index, checkDay: lastDayOf(index), explain: true }, edition.designations[0]!);
    expect(measureCacheStats.computed - before).toBeGreaterThan(0);
  });
});

/** A full result with the texts a numbers-only scoring leaves empty emptied, and every number kept. */
function withoutTexts(d: DesignationResult): DesignationResult {
  return {
    ...d,
    pathReason: '',
    scoreExact: '',
    paths: d.paths.map((p) => ({
      ...p,
      scoreExact: '',
      blockers: [],
      metrics: p.metrics.map((m) => ({ ...m, summary: '', pointsExact: '', components: m.components.map((c) => ({ ...c, summary: '' })) })),
    })),
  };
}

describe.each(samples)('numbers only (the planner), edition $edition sample', ({ edition: id, month }) => {
  const edition = getEdition(id);
  const index = monthIndex(month);
  it('every designation: the numbers of a full scoring, path and qualification included, and no text', () => {
    const prepared = prepare(datasets.get(id)!, edition);
    const context = { prepared, month: index, checkDay: lastDayOf(index), explain: false };
    const results = edition.designations.map((rule) => [scoreDesignation(context, rule), scoreDesignation({ ...context, numbersOnly: true }, rule)] as const);
    // Both samples have designations that qualify and ones that do not, with blockers to leave out.
    expect(results.some(([full]) => full.qualified)).toBe(true);
    expect(results.some(([full]) => full.paths.some((p) => p.blockers.length > 0))).toBe(true);
    for (const [full, numbers] of results) expect(numbers).toEqual(withoutTexts(full));
  });
});

describe.each(samples)('the simulator’s steps, edition $edition sample', ({ edition: id, month }) => {
  const edition = getEdition(id);
  const index = monthIndex(month);
  // A new Microsoft 365 customer: every measure that keeps tenants' parts reads its cells.
  const scenario: Scenario = {
    id: 'steps',
    name: 'steps',
    changes: [{ type: 'addCustomer', tenantId: 'steps-new-customer', fromMonth: month, m365: [{ workload: 'Teams', association: 'CPOR', paidSeats: 400, activeUsers: 200 }] }],
  };
  /** The first scenario on `prepared`: its scores and how many tenants' parts it computed. */
  const firstScenario = (prepared: ReturnType<typeof prepare>) => {
    const before = tenantPartStats.computed;
    const report = scorePrepared(prepareScenario(prepared, datasets.get(id)!, edition, scenario, month), month, { explain: false, window: false });
    return { report, parts: tenantPartStats.computed - before };
  };

  it('after them, a first scenario computes the parts of the tenant it adds only, and scores as without them', () => {
    // As in the app: the loaded data is scored (its measures cached) before the simulator is used.
    const scored = () => {
      const prepared = prepare(datasets.get(id)!, edition);
      scorePrepared(prepared, month, { explain: false, window: false });
      return prepared;
    };
    const cold = firstScenario(scored());
    const prepared = scored();
    for (const step of scenarioSteps(prepared, index)) step();
    const warmed = firstScenario(prepared);
    expect(warmed.report).toEqual(cold.report);
    // Without the steps, each measure that keeps parts computes one per tenant with cells and one for the new
    // customer; after them, the new customer's alone.
    expect(warmed.parts).toBeGreaterThan(0);
    expect(cold.parts).toBe(warmed.parts * (prepared.m365.cells.size + 1));
  });
});
