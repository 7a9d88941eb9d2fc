import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario, parseScenario } from '../../src/store/scenarioSchema';
import type { Scenario } from '../../src/engine/scenario';

const scenario: Scenario = {
  id: 'a1',
  name: 'Two architects — “Zoë”',
  month: '2024-06',
  changes: [
    { type: 'addPerson', personId: 'x', certifications: [{ certificationId: 'azure-solutions-architect-expert', earnedOn: '2024-06-30' }] },
    { type: 'addCustomer', tenantId: 'c', fromMonth: '2024-05', azure: [{ service: 'Virtual Machines', association: 'PAL', acrUsd: 1000 }] },
    { type: 'removeCustomer', tenantId: 'old' },
  ],
};

describe('scenario files and links', () => {
  it('round-trips through a link fragment (unicode included)', () => {
    const encoded = encodeScenario(scenario);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeScenario(encoded)).toEqual({ ok: true, scenario });
  });
  it('rejects bad values with the path of the problem', () => {
    expect(parseScenario({ ...scenario, month: '2024-13' })).toEqual({ ok: false, message: 'not a valid scenario: month — expected a month YYYY-MM' });
    const badSeats = { ...scenario, changes: [{ type: 'addCustomer', tenantId: 'c', fromMonth: '2024-05', m365: [{ workload: 'Teams', association: 'CPOR', paidSeats: -3, activeUsers: 1 }] }] };
    expect(parseScenario(badSeats)).toMatchObject({ ok: false, message: expect.stringMatching(/^not a valid scenario: changes\.0\.m365\.0\.paidSeats — /) });
    expect(parseScenario({ ...scenario, changes: [{ type: 'teleport' }] })).toMatchObject({ ok: false });
    expect(decodeScenario('%%%')).toEqual({ ok: false, message: 'the link does not hold a readable scenario' });
  });
});

describe('scenario bounds and references', () => {
  it('rejects amounts, seats and deltas beyond realistic maxima (a $1e308 customer would never finish scoring)', () => {
    const customer = (acrUsd: number) => ({ id: 'x', name: 'x', changes: [{ type: 'addCustomer', tenantId: 'c', fromMonth: '2026-10', azure: [{ service: 'S', association: 'PAL', acrUsd }] }] });
    expect(parseScenario(customer(1e308))).toMatchObject({ ok: false, message: expect.stringContaining('changes.0.azure.0.acrUsd') });
    expect(parseScenario(customer(1e9)).ok).toBe(true);
    expect(parseScenario(customer(1e9 + 1)).ok).toBe(false);
    const seats = {
      id: 'x',
      name: 'x',
      changes: [{ type: 'addCustomer', tenantId: 'c', fromMonth: '2026-10', m365: [{ workload: 'Teams', association: 'CPOR', paidSeats: 10_000_001, activeUsers: 1 }] }],
    };
    expect(parseScenario(seats).ok).toBe(false);
  });
});
