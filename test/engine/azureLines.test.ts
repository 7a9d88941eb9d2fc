/**
 * Azure's explanation lines (RULES.md §2.3, §2.5, §2.6; RULES-2026 §2.4, §2.7): which customer or service counts,
 * by how much and why, every figure worked out by hand. Edition 2024 scores 2024-06 (M-2 2024-05, M-13 2023-06,
 * M-14 2023-05, TTM 2023-07–2024-06); edition 2026 scores 2026-10 (M-2 2026-09, M-13 2025-10, M-14 2025-09).
 */
import { describe, expect, it } from 'vitest';
import type { MetricResult } from '../../src/engine';
import { azure, dataset, M1, M13, M14, M2, metric, metric26, N1, N13, N14, N2 } from './helpers';

const line = (m: MetricResult, subject: string) => m.items.find((i) => i.subject === subject);
const subjects = (m: MetricResult) => m.items.map((i) => i.subject).sort();

describe('edition 2024 net customer adds (§2.3, AMB-05/49): one line per customer with ACR in any of the four months', () => {
  const data = () =>
    dataset({
      customers: [{ tenantId: 'new', customerName: 'Alder Ltd', segment: 'SMB' }],
      azure: [
        azure('new', M2, 1500), // max(M-1, M-2) = 1,500 ≥ 1,000 and $0 a year ago → +1
        azure('new', M1, 1000),
        azure('lost', M14, 1200), // max(M-13, M-14) passes, recent $0 → −1
        azure('kept', M13, 2000),
        azure('kept', M1, 2000), // passes in both → no change
        azure('not-new', M1, 1200),
        azure('not-new', M13, 5), // passes now but had $5 a year ago (AMB-49)
        azure('below', M1, 999.99),
        azure('old', '2023-01', 9000), // none of the four months: no line
      ],
    });

  it('1 new − 1 lost = 0 net; new and lost count ±1, the others say why not', () => {
    const m = metric(data(), 'infrastructure', 'enterprise', 'net-customer-adds');
    expect(m.value).toBe(0);
    expect(m.components[0]!.summary).toBe('1 new customer minus 1 lost customer = 0 net');
    expect(subjects(m)).toEqual(['below', 'kept', 'lost', 'new', 'not-new']);
    expect(line(m, 'new')).toMatchObject({
      name: 'Alder Ltd',
      counted: true,
      effect: 1,
      reason: 'new customer: $1,500 in 2024-05 (at least $1,000) and $0 in 2023-05 and 2023-06',
      values: { '2024-06': 1000, '2024-05': 1500, '2023-06': 0, '2023-05': 0 },
    });
    expect(line(m, 'lost')).toMatchObject({ counted: true, effect: -1, reason: 'lost customer: $1,200 a year ago but $0 in 2024-05–2024-06 (needs at least $1,000)' });
    expect(line(m, 'lost')!.values).toEqual({ '2024-06': 0, '2024-05': 0, '2023-06': 0, '2023-05': 1200 });
    expect(line(m, 'kept')).toMatchObject({ counted: false, reason: 'already a customer a year ago ($2,000 in 2023-05–2023-06): no change' });
    expect(line(m, 'kept')!.effect).toBeUndefined();
    expect(line(m, 'not-new')).toMatchObject({ counted: false, reason: 'not new: had $5 ACR in 2023-05–2023-06, which must be $0 for an add (AMB-49)' });
    expect(line(m, 'below')).toMatchObject({ counted: false, reason: 'below the threshold: $999.99 in 2024-05–2024-06 (needs at least $1,000)' });
  });

  it('2 new − 1 lost = 1 net: adds and losses are subtracted, not added', () => {
    const more = dataset({ azure: [...data().azure, azure('new2', M1, 3000)] });
    const m = metric(more, 'infrastructure', 'enterprise', 'net-customer-adds');
    expect(m.value).toBe(1);
    expect(m.points).toBe(10); // 1 × 10 (§2.3 Enterprise)
    expect(line(m, 'new2')!.reason).toBe('new customer: $3,000 in 2024-06 (at least $1,000) and $0 in 2023-05 and 2023-06');
  });
});

describe('edition 2026 net customer adds (§2.4, AMB26-11): the count now minus the count a year ago', () => {
  it('added, lost, counted in both years, below in both years; values for the four months', () => {
    const data = dataset({
      azure: [
        azure('added', N2, 1000), // E(M-1): max(M-1, M-2) ≥ $1,000
        azure('added', N13, 400), // under the threshold a year ago (edition 2024 would need $0)
        azure('lost', N14, 1000),
        azure('both', N13, 1000),
        azure('both', N1, 1500),
        azure('low', N1, 999.99),
        azure('low', N13, 10),
        azure('none', '2026-01', 5000), // none of the four months: no line
      ],
    });
    const m = metric26(data, 'infrastructure', 'enterprise', 'net-customer-adds');
    // |E(M-1)| = added, both = 2; |E(M-13)| = lost, both = 2 → 0
    expect(m.value).toBe(0);
    expect(m.components[0]!.summary).toBe('2 customers at least $1,000 in 2026-09–2026-10 minus 2 in 2025-09–2025-10 = 0 net');
    expect(subjects(m)).toEqual(['added', 'both', 'lost', 'low']);
    expect(line(m, 'added')).toMatchObject({
      counted: true,
      effect: 1,
      reason: 'added: $1,000 in 2026-09 (at least $1,000); $400 at most in 2025-09–2025-10',
      values: { '2026-10': 0, '2026-09': 1000, '2025-10': 400, '2025-09': 0 },
    });
    expect(line(m, 'lost')).toMatchObject({ counted: true, effect: -1, reason: 'lost: $1,000 in 2025-09–2025-10 but $0 at most in 2026-09–2026-10 (needs at least $1,000)' });
    expect(line(m, 'lost')!.values).toEqual({ '2026-10': 0, '2026-09': 0, '2025-10': 0, '2025-09': 1000 });
    expect(line(m, 'both')).toMatchObject({ counted: false, reason: 'counted in both years ($1,000 → $1,500): no change' });
    expect(line(m, 'both')!.values).toEqual({ '2026-10': 1500, '2026-09': 0, '2025-10': 1000, '2025-09': 0 });
    expect(line(m, 'both')!.effect).toBeUndefined();
    expect(line(m, 'low')).toMatchObject({ counted: false, reason: 'below the threshold in both years: $999.99 at most in 2026-09–2026-10 (needs at least $1,000)' });
  });

  it('the same amount in M-1 and M-2 is named by M-1', () => {
    const m = metric26(dataset({ azure: [azure('even', N1, 1000), azure('even', N2, 1000)] }), 'infrastructure', 'enterprise', 'net-customer-adds');
    expect(line(m, 'even')!.reason).toBe('added: $1,000 in 2026-10 (at least $1,000); $0 at most in 2025-09–2025-10');
  });

  it('3 now − 1 a year ago = 2 net → 20 points (Enterprise, 10 each)', () => {
    const data = dataset({ azure: [azure('a', N1, 1000), azure('b', N1, 1000), azure('c', N2, 1000), azure('d', N13, 1000)] });
    const m = metric26(data, 'infrastructure', 'enterprise', 'net-customer-adds');
    expect(m.value).toBe(2);
    expect(m.points).toBe(20);
  });
});

describe('usage growth lines (§2.5): each customer with ACR in M-13 or M-1, largest change first', () => {
  it('lines sorted by the size of the change; the total grows 1,000 → 1,150 = 15 %', () => {
    const data = dataset({
      azure: [
        azure('small', M13, 400),
        azure('small', M1, 390), // −10
        azure('big', M13, 600),
        azure('big', M1, 760), // +160
        azure('start', M1, 0.5), // +0.50 (no ACR a year ago)
        azure('between', M2, 2000), // neither month: no line, but it counts in the TTM
      ],
    });
    const m = metric(data, 'infrastructure', 'enterprise', 'usage-growth');
    // 1,000 → 1,150.50 = 15.05 % → 15 points
    expect(m.value).toBe(15.05);
    expect(m.points).toBe(15);
    expect(m.components[0]!.summary).toBe('ACR $1,000 in 2023-06 → $1,150.50 in 2024-06: 15.05 % growth');
    expect(m.items.map((i) => i.subject)).toEqual(['big', 'small', 'start']);
    expect(m.items[0]).toMatchObject({ counted: true, effect: 160, reason: '$600 in 2023-06 → $760 in 2024-06', values: { '2023-06': 600, '2024-06': 760 } });
    expect(m.items[1]).toMatchObject({ effect: -10 });
    expect(m.items[2]).toMatchObject({ effect: 0.5, reason: '$0 in 2023-06 → $0.50 in 2024-06' });
  });

  it('the minimum is on the trailing 12 months, the baseline on M-13 alone', () => {
    // TTM 2023-07–2024-06 = $999.99 (the $100 of M-13 is before it) < $1,000 minimum
    const small = dataset({ azure: [azure('t', M13, 100), azure('t', M1, 999.99)] });
    expect(metric(small, 'infrastructure', 'enterprise', 'usage-growth').components[0]!.summary).toBe('trailing-12-month ACR is $999.99, below the $1,000 minimum: no points');
    // TTM $1,000 meets the minimum, but M-13 has $0 (the $500 is in M-14)
    const noBase = dataset({ azure: [azure('t', M14, 500), azure('t', M1, 1000)] });
    expect(metric(noBase, 'infrastructure', 'enterprise', 'usage-growth').components[0]!.summary).toBe('no ACR in 2023-06 to grow from (AMB-13): no points');
  });
});

describe('edition 2024 deployments (§2.6, AMB-12/48): services first used inside the trailing 12 months', () => {
  it('new, not new, excluded, and used only after the scoring month', () => {
    const data = dataset({
      customers: [{ tenantId: 'b', customerName: 'Birch plc', segment: 'SMB' }],
      azure: [
        azure('a', '2022-01', 10, 'Storage'), // the data starts before the TTM
        azure('a', '2023-03', 10, 'App Service'),
        azure('b', '2023-06', 10, 'App Service'), // not new: both customers started before the TTM
        azure('a', '2023-09', 10, 'Azure Functions'),
        azure('b', '2023-08', 10, 'Azure Functions'), // new: first by b in 2023-08 (the earliest inside the TTM)
        azure('b', '2023-01', 10, 'Key Vault'),
        azure('a', '2024-02', 10, 'Key Vault'), // new: a customer's first use inside the TTM counts, whoever used it before (§2.6)
        azure('a', '2023-12', 10, 'Virtual Machines Licenses'), // excluded (AMB-12)
        azure('a', '2024-07', 10, 'Cosmos DB'), // after the scoring month: no line
      ],
    });
    const m = metric(data, 'infrastructure', 'enterprise', 'deployments');
    expect(m.value).toBe(2);
    expect(m.points).toBe(4); // 2 × 2 (§2.6)
    expect(m.components[0]!.summary).toBe('2 services first used in 2023-07–2024-06');
    expect(subjects(m)).toEqual(['App Service', 'Azure Functions', 'Key Vault', 'Storage', 'Virtual Machines Licenses']);
    // no customer name: the tenant id
    expect(line(m, 'Key Vault')).toMatchObject({ counted: true, reason: 'first used by a in 2024-02, inside the trailing 12 months' });
    expect(line(m, 'Azure Functions')).toMatchObject({ counted: true, effect: 1, reason: 'first used by Birch plc in 2023-08, inside the trailing 12 months', values: { firstUse: '2023-08' } });
    expect(line(m, 'App Service')).toMatchObject({ counted: false, reason: 'not new: every customer using it started before 2023-07 (first in 2023-03)', values: { firstUse: '2023-03' } });
    expect(line(m, 'Storage')).toMatchObject({ counted: false, values: { firstUse: '2022-01' } });
    expect(line(m, 'Virtual Machines Licenses')).toMatchObject({ counted: false, reason: 'Virtual Machines Licenses are excluded from deployments (AMB-12)' });
  });

  it('a customer whose first use comes after the scoring month does not make an old service new', () => {
    const data = dataset({ azure: [azure('a', '2022-01', 10, 'Cosmos DB'), azure('b', '2024-08', 10, 'Cosmos DB')] });
    const m = metric(data, 'infrastructure', 'enterprise', 'deployments');
    expect(m.value).toBe(0);
    expect(line(m, 'Cosmos DB')).toMatchObject({ counted: false, reason: 'not new: every customer using it started before 2023-07 (first in 2022-01)' });
  });

  it('says so when the Azure data starts inside the trailing 12 months (every service then looks new, AMB-48)', () => {
    const data = dataset({ azure: [azure('a', '2023-08', 10, 'Storage'), azure('a', '2023-07', 10, 'App Service')] });
    expect(metric(data, 'infrastructure', 'enterprise', 'deployments').components[0]!.summary).toBe('2 services first used in 2023-07–2024-06');
    const later = dataset({ azure: [azure('a', '2023-08', 10, 'Storage')] });
    expect(metric(later, 'infrastructure', 'enterprise', 'deployments').components[0]!.summary).toBe(
      '1 service first used in 2023-07–2024-06; the Azure data starts in 2023-08, inside the trailing 12 months, so every service in it looks new (AMB-48)',
    );
  });
});

describe('edition 2026 deployments (§2.7, AMB26-13): services with eligible ACR over the TTM, summed over customers', () => {
  it('counted with the customers that had ACR; a credit to $0; the excluded Virtual Machines; counted lines first, then by name', () => {
    const data = dataset({
      azure: [
        azure('a', '2025-11', 100, 'Storage'), // first month of the TTM
        azure('b', N1, 50, 'Storage'), // 2 customers, $150
        azure('c', '2025-10', 999, 'Storage'), // before the TTM: not in the sum
        azure('a', N1, 40, 'App Service'),
        azure('a', N1, -50, 'App Service'), // credited below $0 → not counted
        azure('b', N1, 500, 'Virtual Machines'), // excluded
        azure('a', N1, 20, 'Azure Functions'),
        azure('c', '2025-01', 30, 'Cosmos DB'), // only before the TTM: $0 in it
      ],
    });
    const m = metric26(data, 'infrastructure', 'enterprise', 'deployments');
    expect(m.value).toBe(2);
    expect(m.components[0]!.summary).toBe('2 Azure services with eligible ACR in 2025-11–2026-10');
    expect(m.items.map((i) => i.subject)).toEqual(['Azure Functions', 'Storage', 'App Service', 'Cosmos DB', 'Virtual Machines']);
    expect(line(m, 'Storage')).toMatchObject({ counted: true, effect: 1, reason: '$150 eligible ACR in 2025-11–2026-10 from 2 customers', values: { ttmUsd: 150 } });
    expect(line(m, 'Azure Functions')).toMatchObject({ reason: '$20 eligible ACR in 2025-11–2026-10 from 1 customer' });
    expect(line(m, 'App Service')).toMatchObject({ counted: false, reason: 'no eligible ACR above $0 in 2025-11–2026-10 (-$10)', values: { ttmUsd: -10 } });
    expect(line(m, 'Cosmos DB')).toMatchObject({ counted: false, values: { ttmUsd: 0 } });
    expect(line(m, 'Virtual Machines')).toMatchObject({ counted: false, reason: 'Virtual Machines do not count as deployments', values: { ttmUsd: 500 } });
  });

  it('an excluded service with no ACR in the TTM gets no line', () => {
    const data = dataset({ azure: [azure('a', N1, 10, 'Storage'), azure('a', '2025-01', 500, 'Virtual Machines')] });
    expect(subjects(metric26(data, 'infrastructure', 'enterprise', 'deployments'))).toEqual(['Storage']);
  });
});
