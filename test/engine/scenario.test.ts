/** Scenarios (issue 4): applying one equals scoring the data with the changes merged in. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getEdition, prepare, scorePrepared, type Dataset, type ScoreReport } from '../../src/engine';
import { applyScenario, prepareScenario, type Change, type Scenario } from '../../src/engine/scenario';
import { azure, cert, dataset, m365, M1, people } from './helpers';

const edition = getEdition('2024');
const numbers = (r: ScoreReport) => r.designations.map((d) => d.paths.map((p) => [p.path, p.scoreExact, p.metrics.map((m) => m.pointsExact)]));
const base: Dataset = dataset({
  azure: [azure('a', M1, 1500), azure('a', '2023-06', 900), azure('b', '2024-05', 700), azure('c', '2023-06', 2000, 'Key Vault')],
  m365: [m365('m', M1, 'Teams', 'CPOR', 400, 200), m365('m', '2023-06', 'Teams', 'CPOR', 400, 100)],
  certifications: [cert('p1', 'AZ-104'), cert('p2', 'AZ-104'), ...people('dev', 'AZ-204', 2)],
  customers: [{ tenantId: 'a', customerName: 'A Co', segment: 'SMB' }],
  bizappsUsage: [{ tenantId: 'u', month: M1, workload: 'Business Central', association: 'CSP', usage: 12 }],
});

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    type: fc.constant('addPerson' as const),
    personId: fc.constantFrom('x1', 'x2', 'p1'),
    certifications: fc.array(
      fc.record({ certificationId: fc.constantFrom('azure-solutions-architect-expert', 'azure-devops-engineer-expert', 'azure-developer-associate', 'm365-teams-administrator-associate') }),
      { minLength: 1, maxLength: 2 },
    ),
  }),
  fc.record({
    type: fc.constant('certifyPerson' as const),
    personId: fc.constantFrom('p1', 'dev-1@example.test'),
    certificationId: fc.constantFrom('azure-solutions-architect-expert', 'azure-devops-engineer-expert'),
  }),
  fc.record({
    type: fc.constant('expireCertification' as const),
    personId: fc.constantFrom('p1', 'p2', 'dev-1@example.test'),
    certificationId: fc.constantFrom('azure-administrator-associate', 'azure-developer-associate'),
    on: fc.constantFrom('2024-01-31', '2024-06-29'),
  }),
  fc.record({
    type: fc.constant('addCustomer' as const),
    tenantId: fc.constantFrom('new1', 'new2', 'a'),
    fromMonth: fc.constantFrom('2024-04', '2024-06'),
    azure: fc.array(
      fc.record({ service: fc.constantFrom('Virtual Machines', 'Key Vault', 'Azure Functions'), association: fc.constantFrom('PAL', 'CSP'), acrUsd: fc.integer({ min: 0, max: 3000 }) }),
      { maxLength: 2 },
    ),
    m365: fc.array(
      fc.record({
        workload: fc.constantFrom('Teams', 'Intune'),
        association: fc.constantFrom('CPOR', 'CSP'),
        paidSeats: fc.integer({ min: 0, max: 500 }),
        activeUsers: fc.integer({ min: 0, max: 500 }),
      }),
      { maxLength: 1 },
    ),
  }),
  fc.record({
    type: fc.constant('growUsage' as const),
    tenantId: fc.constantFrom('a', 'm', 'u'),
    kind: fc.constantFrom('azure' as const, 'm365' as const, 'bizappsUsage' as const),
    name: fc.constantFrom('Virtual Machines', 'Teams', 'Business Central'),
    association: fc.constantFrom('PAL', 'CPOR', 'CSP'),
    delta: fc.integer({ min: -300, max: 300 }),
    fromMonth: fc.constantFrom('2024-05', '2024-06'),
  }),
  fc.record({ type: fc.constant('removeCustomer' as const), tenantId: fc.constantFrom('a', 'b', 'm') }),
);
const scenario = fc.array(change, { maxLength: 5 }).map((changes): Scenario => ({ id: 's', name: 's', changes }));

describe('scenarios', () => {
  const prepared = prepare(base, edition);
  it('an empty scenario scores exactly like the baseline', () => {
    expect(numbers(scorePrepared(prepareScenario(prepared, base, edition, { id: 'e', name: 'e', changes: [] }, M1), M1))).toEqual(numbers(scorePrepared(prepared, M1)));
  });

  it('applying a scenario equals scoring the data with the changes merged in', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const fast = scorePrepared(prepareScenario(prepared, base, edition, s, M1), M1, { explain: false, window: false });
        const reference = scorePrepared(prepare(applyScenario(base, s, M1), edition), M1, { explain: false, window: false });
        expect(numbers(fast)).toEqual(numbers(reference));
      }),
      { numRuns: 80 },
    );
  });

  it('undo (removing the last change) restores the previous scores exactly', () => {
    fc.assert(
      fc.property(scenario, change, (s, extra) => {
        const before = numbers(scorePrepared(prepareScenario(prepared, base, edition, s, M1), M1, { explain: false, window: false }));
        const withExtra = { ...s, changes: [...s.changes, extra] };
        prepareScenario(prepared, base, edition, withExtra, M1);
        const undone = { ...withExtra, changes: withExtra.changes.slice(0, -1) };
        expect(numbers(scorePrepared(prepareScenario(prepared, base, edition, undone, M1), M1, { explain: false, window: false }))).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });

  it('adding a certified person changes the metric and total as the rules say', () => {
    // DAI Enterprise advanced: gate needs 2 Solutions Architect Experts. Add two, plus a DevOps expert → 1 × 4 = 4.
    const s: Scenario = {
      id: 's',
      name: 's',
      changes: [
        { type: 'addPerson', personId: 'sa1', certifications: [{ certificationId: 'azure-solutions-architect-expert' }] },
        { type: 'addPerson', personId: 'sa2', certifications: [{ certificationId: 'azure-solutions-architect-expert' }, { certificationId: 'azure-devops-engineer-expert' }] },
      ],
    };
    const after = scorePrepared(prepareScenario(prepared, base, edition, s, M1), M1);
    const dai = after.designations.find((d) => d.id === 'digital-app-innovation')!.paths.find((p) => p.path === 'enterprise')!;
    expect(dai.metrics.find((m) => m.id === 'advanced-certifications')!.points).toBe(4);
  });
});
