/**
 * Fuzzing share links: random fragments, random JSON and mutated valid scenarios. Decoding never throws; a
 * link either fails with a message or gives a scenario whose every number is finite and within the bounds;
 * and a valid scenario scores in bounded time on the sample partner.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getEdition, prepare, scorePrepared } from '../../src/engine';
import { prepareScenario } from '../../src/engine/scenario';
import { importFiles } from '../../src/io/import';
import { sourceFromText } from '../../src/io/source';
import { decodeScenario, encodeScenario } from '../../src/store/scenarioSchema';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, 0.5, -3));
const change = fc.oneof(
  fc.record({
    type: fc.constant('addPerson'),
    personId: fc.string(),
    certifications: fc.array(fc.record({ certificationId: fc.constantFrom('azure-solutions-architect-expert', 'nope', '') }), { maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('addCustomer'),
    tenantId: fc.string(),
    fromMonth: fc.constantFrom('2026-10', '2026-13', 'x'),
    azure: fc.array(fc.record({ service: fc.string(), association: fc.constantFrom('PAL', 'CSP'), acrUsd: number }), { maxLength: 2 }),
  }),
  fc.record({
    type: fc.constant('growUsage'),
    tenantId: fc.string(),
    kind: fc.constantFrom('azure', 'm365', 'x'),
    name: fc.string(),
    association: fc.constant('PAL'),
    delta: number,
    fromMonth: fc.constant('2026-10'),
  }),
  fc.record({ type: fc.constantFrom('removeCustomer', 'teleport'), tenantId: fc.string() }),
);
const scenarioLike = fc.record({ id: fc.string(), name: fc.string(), changes: fc.array(change, { maxLength: 4 }) }, { requiredKeys: [] });
const fragment = fc.oneof(
  fc.string(),
  fc.base64String(),
  fc.jsonValue().map((v) => encodeScenario(v as never)),
  scenarioLike.map((s) => encodeScenario(s as never)),
  scenarioLike.map((s) => encodeScenario(s as never).slice(0, -3)),
);

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('share link fuzzing', () => {
  it(`${RUNS} random links: decoding never throws; accepted scenarios are bounded; each scores quickly`, async () => {
    const dir = join(import.meta.dirname, '..', '..', 'public', 'samples');
    const { dataset } = await importFiles(readdirSync(dir).map((f) => sourceFromText(f, readFileSync(join(dir, f), 'utf8'))));
    const edition = getEdition();
    const base = prepare(dataset, edition);
    let accepted = 0;
    fc.assert(
      fc.property(fragment, (text) => {
        const decoded = decodeScenario(text);
        if (!decoded.ok) {
          expect(decoded.message).toMatch(/scenario/);
          return;
        }
        accepted++;
        for (const n of numbersIn(decoded.scenario)) expect(Number.isFinite(n) && Math.abs(n) <= 1e9).toBe(true);
        const start = performance.now();
        scorePrepared(prepareScenario(base, dataset, edition, decoded.scenario, '2026-10'), '2026-10', { explain: false, window: false });
        expect(performance.now() - start).toBeLessThan(5000);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(0);
  }, 600_000);
});
