/**
 * What each kind of scenario change does to the data (the reference meaning, `applyScenario`), row by row, and
 * that the fast path (`prepareScenario` on a prepared base) scores the same. Worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { getEdition, prepare, scorePrepared } from '../../src/engine';
import { applyScenario, prepareScenario, scenarioThrough, type Change } from '../../src/engine/scenario';
import { azure, cert, dataset, m365, M1 } from './helpers';

/** The scenario's data, with each kind's rows as an array to read by position. */
const apply = (data: ReturnType<typeof dataset>, ...changes: Change[]) => {
  const out = applyScenario(data, { id: 's', name: 's', changes }, M1);
  return { ...out, azure: Array.from(out.azure), m365: Array.from(out.m365), bizappsRevenue: Array.from(out.bizappsRevenue), bizappsUsage: Array.from(out.bizappsUsage) };
};

describe('scenario changes, row by row', () => {
  it('addCustomer writes one row per month from its first month through the last month, with name and segment', () => {
    const out = apply(dataset(), {
      type: 'addCustomer',
      tenantId: 'new',
      name: 'New Co',
      segment: 'SMB',
      fromMonth: '2024-04',
      azure: [{ service: 'Key Vault', association: 'PAL', acrUsd: 500 }],
      m365: [{ workload: 'Teams', association: 'CPOR', paidSeats: 50, activeUsers: 20 }],
      bizappsRevenue: [{ workload: 'Sales', association: 'CSP', revenueUsd: 300 }],
      bizappsUsage: [{ workload: 'Business Central', association: 'CSP', usage: 7 }],
    });
    expect(out.customers).toEqual([{ tenantId: 'new', customerName: 'New Co', segment: 'SMB' }]);
    // 2024-04, 2024-05, 2024-06: three rows of each kind
    expect(out.azure).toEqual(['2024-04', '2024-05', '2024-06'].map((month) => ({ tenantId: 'new', month, service: 'Key Vault', association: 'PAL', acrUsd: 500 })));
    expect(out.m365.map((r) => r.month)).toEqual(['2024-04', '2024-05', '2024-06']);
    expect(out.m365[0]).toEqual({ tenantId: 'new', month: '2024-04', workload: 'Teams', association: 'CPOR', paidSeats: 50, activeUsers: 20 });
    expect(out.bizappsRevenue[2]).toEqual({ tenantId: 'new', month: '2024-06', workload: 'Sales', association: 'CSP', revenueUsd: 300 });
    expect(out.bizappsUsage[1]).toEqual({ tenantId: 'new', month: '2024-05', workload: 'Business Central', association: 'CSP', usage: 7 });
    // No name or segment given: the customer row has neither
    const bare = apply(dataset(), { type: 'addCustomer', tenantId: 'bare', fromMonth: M1 });
    expect(bare.customers).toEqual([{ tenantId: 'bare' }]);
    expect([bare.azure, bare.m365, bare.bizappsRevenue, bare.bizappsUsage]).toEqual([[], [], [], []]);
  });

  it('addPerson and certifyPerson add certification rows with the dates given', () => {
    const out = apply(
      dataset({ certifications: [cert('ann', 'AZ-104')] }),
      { type: 'addPerson', personId: 'bob', name: 'Bob', certifications: [{ certificationId: 'azure-solutions-architect-expert', earnedOn: '2024-02-01', expiresOn: '2025-02-01' }] },
      { type: 'certifyPerson', personId: 'ann', certificationId: 'azure-developer-associate' },
    );
    expect(out.certifications).toHaveLength(3);
    expect(out.certifications[1]).toEqual({
      personId: 'bob',
      personName: 'Bob',
      certificationId: 'azure-solutions-architect-expert',
      certificationName: 'azure-solutions-architect-expert',
      earnedOn: '2024-02-01',
      expiresOn: '2025-02-01',
    });
    expect(out.certifications[2]).toEqual({ personId: 'ann', certificationId: 'azure-developer-associate', certificationName: 'azure-developer-associate' });
  });

  it('growUsage adds a row holding the change for Azure, revenue and usage; a fall in seats lowers the loaded rows, never below 0', () => {
    const data = dataset({
      m365: [
        m365('t', '2024-04', 'Teams', 'CPOR', 100, 50),
        m365('t', '2024-05', 'Teams', 'CPOR', 100, 50),
        m365('T', M1, 'Teams', 'CPOR', 100, 30),
        m365('t', M1, 'Teams', 'CSP', 100, 50),
        m365('t', M1, 'Exchange Online', 'CPOR', 100, 50),
        m365('u', M1, 'Teams', 'CPOR', 100, 50),
      ],
      bizappsUsage: [{ tenantId: 't', month: M1, workload: 'Business Central', association: 'CSP', usage: 3 }],
    });
    const azureUp = apply(data, { type: 'growUsage', tenantId: 't', kind: 'azure', name: 'Key Vault', association: 'PAL', delta: -200, fromMonth: '2024-05' });
    // Money: a row of −$200 in 2024-05 and 2024-06 (rows with one key add up, AMB-53)
    expect(azureUp.azure).toEqual([
      { tenantId: 't', month: '2024-05', service: 'Key Vault', association: 'PAL', acrUsd: -200 },
      { tenantId: 't', month: '2024-06', service: 'Key Vault', association: 'PAL', acrUsd: -200 },
    ]);
    const revenue = apply(data, { type: 'growUsage', tenantId: 't', kind: 'bizappsRevenue', name: 'Sales', association: 'CSP', delta: 100, fromMonth: M1 });
    expect(revenue.bizappsRevenue).toEqual([{ tenantId: 't', month: M1, workload: 'Sales', association: 'CSP', revenueUsd: 100 }]);
    const usageUp = apply(data, { type: 'growUsage', tenantId: 't', kind: 'bizappsUsage', name: 'Business Central', association: 'CSP', delta: 2, fromMonth: M1 });
    expect(usageUp.bizappsUsage).toHaveLength(2);
    expect(usageUp.bizappsUsage[1]).toEqual({ tenantId: 't', month: M1, workload: 'Business Central', association: 'CSP', usage: 2 });
    const seatsUp = apply(data, { type: 'growUsage', tenantId: 't', kind: 'm365', name: 'Teams', association: 'CPOR', delta: 10, fromMonth: M1 });
    expect(seatsUp.m365.at(-1)).toEqual({ tenantId: 't', month: M1, workload: 'Teams', association: 'CPOR', paidSeats: 0, activeUsers: 10 });
    // −40 active users from 2024-05 on, tenant t's CPOR Teams only (ids compared case-insensitively): 50 → 10, 30 → 0;
    // CSP Teams, CPOR Exchange and tenant u keep their 50
    const seatsDown = apply(data, { type: 'growUsage', tenantId: 't', kind: 'm365', name: 'Teams', association: 'CPOR', delta: -40, fromMonth: '2024-05' });
    expect(seatsDown.m365.map((r) => r.activeUsers)).toEqual([50, 10, 0, 50, 50, 50]);
    // Money can fall as an added row: −$100 of revenue is a row of −100, the loaded rows are untouched
    const revenueDown = apply(data, { type: 'growUsage', tenantId: 't', kind: 'bizappsRevenue', name: 'Sales', association: 'CSP', delta: -100, fromMonth: M1 });
    expect(revenueDown.bizappsRevenue).toEqual([{ tenantId: 't', month: M1, workload: 'Sales', association: 'CSP', revenueUsd: -100 }]);
    expect(revenueDown.bizappsUsage).toEqual(data.bizappsUsage);
    const usageDown = apply(data, { type: 'growUsage', tenantId: 't', kind: 'bizappsUsage', name: 'Business Central', association: 'CSP', delta: -5, fromMonth: M1 });
    expect(usageDown.bizappsUsage).toEqual([{ tenantId: 't', month: M1, workload: 'Business Central', association: 'CSP', usage: 0 }]);
  });

  it('a fall stops at the last month: rows after `through` are left alone', () => {
    const data = dataset({ m365: [m365('t', M1, 'Teams', 'CPOR', 100, 50), m365('t', '2024-07', 'Teams', 'CPOR', 100, 50)] });
    const out = apply(data, { type: 'growUsage', tenantId: 't', kind: 'm365', name: 'Teams', association: 'CPOR', delta: -20, fromMonth: M1 });
    expect(out.m365.map((r) => r.activeUsers)).toEqual([30, 50]);
  });

  it('removeCustomer drops every row of the tenant (any case), expireCertification sets an earlier expiry only', () => {
    const data = dataset({
      customers: [{ tenantId: 'Gone' }, { tenantId: 'stay' }],
      azure: [azure('gone', M1, 10), azure('stay', M1, 10)],
      m365: [m365('GONE', M1, 'Teams', 'CPOR', 1, 1)],
      bizappsRevenue: [{ tenantId: 'gone', month: M1, workload: 'Sales', association: 'CSP', revenueUsd: 1 }],
      bizappsUsage: [{ tenantId: 'gone', month: M1, workload: 'Sales', association: 'CSP', usage: 1 }],
      certifications: [cert('ann', 'AZ-104', '2023-01-01', '2025-01-01'), cert('ann', 'AZ-204'), cert('bob', 'AZ-104', '2023-01-01', '2024-01-01')],
    });
    const removed = apply(data, { type: 'removeCustomer', tenantId: 'gone' });
    expect(removed.customers).toEqual([{ tenantId: 'stay' }]);
    expect(removed.azure.map((r) => r.tenantId)).toEqual(['stay']);
    expect(removed.m365).toEqual([]);
    expect(removed.bizappsRevenue).toEqual([]);
    expect(removed.bizappsUsage).toEqual([]);
    const expired = apply(
      data,
      { type: 'expireCertification', personId: 'ANN', certificationId: 'azure-administrator-associate', on: '2024-03-31' },
      { type: 'expireCertification', personId: 'bob', certificationId: 'azure-administrator-associate', on: '2024-03-31' },
    );
    expect(expired.certifications.map((r) => r.expiresOn)).toEqual(['2024-03-31', undefined, '2024-01-01']); // bob's is already earlier
    const noExpiry = apply(dataset({ certifications: [cert('cy', 'AZ-104')] }), { type: 'expireCertification', personId: 'cy', certificationId: 'azure-administrator-associate', on: '2024-03-31' });
    expect(noExpiry.certifications[0]!.expiresOn).toBe('2024-03-31');
  });

  it('scenarioThrough: the later of the scoring month (or the scenario’s own) and the data’s last month', () => {
    expect(scenarioThrough({ id: 's', name: 's', changes: [] }, '2024-06', '2024-08')).toBe('2024-08');
    expect(scenarioThrough({ id: 's', name: 's', changes: [] }, '2024-06', '2024-06')).toBe('2024-06');
    expect(scenarioThrough({ id: 's', name: 's', changes: [] }, '2024-06', null)).toBe('2024-06');
    expect(scenarioThrough({ id: 's', name: 's', month: '2024-09', changes: [] }, '2024-06', '2024-08')).toBe('2024-09');
  });

  it('the fast path extends the prepared base for additions, and scores like the merged data', () => {
    const edition = getEdition('2024');
    const data = dataset({ azure: [azure('a', M1, 1500)] });
    const base = prepare(data, edition);
    const addition: Change = { type: 'addCustomer', tenantId: 'b', fromMonth: M1, azure: [{ service: 'Key Vault', association: 'PAL', acrUsd: 1500 }] };
    const fast = prepareScenario(base, data, edition, { id: 's', name: 's', changes: [addition] }, M1);
    // Enterprise net adds: a and b are new ($1,500 ≥ $1,000, $0 a year before) → 2
    const adds = (p: typeof base) =>
      scorePrepared(p, M1)
        .designations.find((d) => d.id === 'infrastructure')!
        .paths.find((x) => x.path === 'enterprise')!.metrics[0]!.value;
    expect(adds(fast)).toBe(2);
    expect(adds(base)).toBe(1); // the base is unchanged
    const removal = prepareScenario(base, data, edition, { id: 's', name: 's', changes: [addition, { type: 'removeCustomer', tenantId: 'a' }] }, M1);
    expect(adds(removal)).toBe(1);
    // A shrinking Azure amount is still an addition (a negative row); a shrinking seat count is not
    const shrink = prepareScenario(
      base,
      data,
      edition,
      { id: 's', name: 's', changes: [{ type: 'growUsage', tenantId: 'a', kind: 'azure', name: 'Virtual Machines', association: 'PAL', delta: -600, fromMonth: M1 }] },
      M1,
    );
    expect(adds(shrink)).toBe(0); // $900 < $1,000
  });
});
