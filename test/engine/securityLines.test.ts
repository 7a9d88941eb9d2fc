/**
 * Security's explanation lines and nets (RULES.md §5.3, §5.5, §5.6; RULES-2026 §5.4, §5.6, §5.7): which customer
 * counts, by how much and why, every figure worked out by hand. Edition 2024 scores 2024-06 (TTM 2023-07–2024-06,
 * previous TTM 2022-07–2023-06); edition 2026 scores 2026-10 (TTM 2025-11–2026-10, previous 2024-11–2025-10).
 */
import { describe, expect, it } from 'vitest';
import { getEdition, monthIndex, prepare, type Dataset, type MetricResult } from '../../src/engine';
import { securityAzureTenants, securityM365Tenants } from '../../src/engine/measures/security';
import { azure, dataset, m365, M1, M13, metric, metric26, N1, N13, part } from './helpers';

const line = (m: MetricResult, component: string, subject: string) => m.items.find((i) => i.component === component && i.subject === subject);
const subjects = (m: MetricResult, component: string) =>
  m.items
    .filter((i) => i.component === component)
    .map((i) => i.subject)
    .sort();

describe('edition 2024 net customer adds: Azure (average $100 a month over the TTM, PAL) and Microsoft 365 (> 25 paid seats, CPOR)', () => {
  const data = () =>
    dataset({
      azure: [
        azure('new-first', '2023-07', 1200, 'Key Vault'), // first month of the TTM: $1,200 = $100 a month → new
        azure('new-last', M1, 1200, 'Key Vault'), // last month of the TTM → new
        azure('lost', '2022-07', 1200, 'Key Vault'), // first month of the previous TTM, nothing now → lost
        azure('kept', M13, 1200, 'Key Vault'),
        azure('kept', M1, 1200, 'Key Vault'), // $1,200 in both periods → no change
        azure('below', M1, 1199.99, 'Key Vault'), // $99.99 a month → below
        azure('old', '2022-06', 5000, 'Key Vault'), // before both periods: no line
      ],
      m365: [
        m365('m-new', M1, 'Intune', 'CPOR', 26, 0), // 26 > 25 → new
        m365('m-new2', M1, 'Entra ID P1', 'CPOR', 40, 0),
        m365('m-lost', M13, 'Intune', 'CPOR', 30, 0), // passed a year ago only → lost
        m365('m-kept', M13, 'Intune', 'CPOR', 30, 0),
        m365('m-kept', M1, 'Intune', 'CPOR', 30, 0),
        m365('m-low', M1, 'Intune', 'CPOR', 25, 0), // 25 is not more than 25
        m365('m-csp', M1, 'Intune', 'CSP', 500, 0), // Security workloads count through CPOR only: no line
        m365('m-other', M1, 'Exchange Online', 'CPOR', 500, 0), // not a Security workload: no line
      ],
    });

  it('Azure: 2 new − 1 lost = 1 net; Microsoft 365: 2 new − 1 lost = 1 net; (1 + 1) × 2 = 4 points', () => {
    const m = metric(data(), 'security', 'standard', 'net-customer-adds');
    expect(part(m, 'azure').units).toBe(1);
    expect(part(m, 'azure').value).toBe(1);
    expect(part(m, 'm365').units).toBe(1);
    expect(part(m, 'm365').value).toBe(1);
    expect(m.points).toBe(4);
    expect(part(m, 'azure').summary).toBe('Azure: 2 new customers minus 1 lost = 1 net (Security ACR at least $100 a month on average, PAL)');
    expect(part(m, 'm365').summary).toBe('Microsoft 365: 2 new customers minus 1 lost = 1 net (more than 25 paid seats, CPOR)');
  });

  it('Azure lines: new and lost count ±1 with both 12-month totals; the others say why not; a tenant with nothing in either period has no line', () => {
    const m = metric(data(), 'security', 'standard', 'net-customer-adds');
    expect(subjects(m, 'azure')).toEqual(['below', 'kept', 'lost', 'new-first', 'new-last']);
    expect(line(m, 'azure', 'new-first')).toMatchObject({
      counted: true,
      effect: 1,
      reason: 'new: $1,200 Security ACR in 2023-07–2024-06 (at least $100 a month on average); $0 the 12 months before',
      values: { previousTtm: 0, currentTtm: 1200 },
    });
    expect(line(m, 'azure', 'new-last')!.values).toEqual({ previousTtm: 0, currentTtm: 1200 });
    expect(line(m, 'azure', 'lost')).toMatchObject({
      counted: true,
      effect: -1,
      reason: 'lost: $1,200 in the previous 12 months, $0 now (needs at least $100 a month on average)',
      values: { previousTtm: 1200, currentTtm: 0 },
    });
    expect(line(m, 'azure', 'kept')).toMatchObject({ counted: false, reason: 'passed in both 12-month periods: no change', values: { previousTtm: 1200, currentTtm: 1200 } });
    expect(line(m, 'azure', 'kept')!.effect).toBeUndefined();
    expect(line(m, 'azure', 'below')).toMatchObject({
      counted: false,
      reason: 'below at least $100 a month on average: $1,199.99 in 2023-07–2024-06',
      values: { previousTtm: 0, currentTtm: 1199.99 },
    });
  });

  it('Microsoft 365 lines: only tenants with a Security workload through CPOR in either month', () => {
    const m = metric(data(), 'security', 'standard', 'net-customer-adds');
    expect(subjects(m, 'm365')).toEqual(['m-kept', 'm-lost', 'm-low', 'm-new', 'm-new2']);
    expect(line(m, 'm365', 'm-new')).toMatchObject({ counted: true, effect: 1, reason: 'new: a Security workload with more than 25 paid seats in 2024-06, not in 2023-06' });
    expect(line(m, 'm365', 'm-lost')).toMatchObject({ counted: true, effect: -1, reason: 'lost: passed in 2023-06 but not in 2024-06' });
    expect(line(m, 'm365', 'm-kept')).toMatchObject({ counted: false, reason: 'passed in both 2023-06 and 2024-06: no change' });
    expect(line(m, 'm365', 'm-kept')!.effect).toBeUndefined();
    expect(line(m, 'm365', 'm-low')).toMatchObject({ counted: false, reason: 'no Security workload with more than 25 paid seats in 2024-06 (CPOR)' });
  });

  it('deployments need the seats and the active share on the same workload in edition 2024', () => {
    // Intune: 30 seats, none active; Entra ID Premium: 10 seats, 5 active (50 %) → no workload passes both
    const data = dataset({ m365: [m365('t', M1, 'Intune', 'CPOR', 30, 0), m365('t', M1, 'Entra ID Premium', 'CPOR', 10, 5)] });
    expect(part(metric(data, 'security', 'standard', 'deployments'), 'm365').units).toBe(0);
  });

  it('deployments say their own threshold: Azure at least $12,000 in 12 months (a total, not an average)', () => {
    const m = metric(dataset({ azure: [azure('s', '2023-07', 6000, 'Key Vault'), azure('s', M1, 6000, 'Key Vault')] }), 'security', 'standard', 'deployments');
    expect(part(m, 'azure').units).toBe(1);
    expect(line(m, 'azure', 's')!.reason).toBe('new: $12,000 Security ACR in 2023-07–2024-06 (at least $12,000 in 12 months); $0 the 12 months before');
  });
});

describe('edition 2024 usage growth lines: Security ACR (PAL) and protected users (CPOR), M-13 → M-1', () => {
  it('Azure: each tenant with ACR in either month, its change in dollars; the total growth in whole $1,250 units', () => {
    const data = dataset({
      azure: [
        azure('up', M13, 1000, 'Key Vault'),
        azure('up', M1, 3500, 'Key Vault'), // +2,500
        azure('flat', M13, 500, 'Key Vault'),
        azure('flat', M1, 500, 'Key Vault'), // 0: not counted
        azure('between', '2024-05', 800, 'Key Vault'), // neither M-13 nor M-1: no line
        azure('down', M13, 250.5, 'Key Vault'), // −250.50
      ],
    });
    const m = metric(data, 'security', 'standard', 'usage-growth');
    // 1,000 + 500 + 250.50 = 1,750.50 → 3,500 + 500 = 4,000: +2,249.50 → floor(2,249.50 / 1,250) = 1 unit
    expect(part(m, 'azure').value).toBe(2249.5);
    expect(part(m, 'azure').units).toBe(1);
    expect(part(m, 'azure').summary).toBe('Azure: Security ACR $1,750.50 → $4,000 ($2,249.50): 1 × $1,250');
    expect(subjects(m, 'azure')).toEqual(['down', 'flat', 'up']);
    expect(line(m, 'azure', 'up')).toMatchObject({ counted: true, effect: 2500, reason: 'Security ACR $1,000 in 2023-06 → $3,500 in 2024-06' });
    expect(line(m, 'azure', 'flat')).toMatchObject({ counted: false, effect: 0 });
    expect(line(m, 'azure', 'down')).toMatchObject({ counted: true, effect: -250.5, reason: 'Security ACR $250.50 in 2023-06 → $0 in 2024-06' });
  });

  it('Microsoft 365: protected users are the active users of Security workloads; lines for tenants with any in either month', () => {
    const data = dataset({
      m365: [
        m365('p1', M13, 'Intune', 'CPOR', 900, 100),
        m365('p1', M1, 'Intune', 'CPOR', 900, 300), // +200
        m365('p2', M13, 'Intune', 'CPOR', 900, 50),
        m365('p2', M1, 'Intune', 'CPOR', 900, 0), // −50
        m365('p3', M13, 'Intune', 'CPOR', 900, 0),
        m365('p3', M1, 'Intune', 'CPOR', 900, 0), // none in either month: no line
        m365('p4', M13, 'Intune', 'CPOR', 900, 20),
        m365('p4', M1, 'Intune', 'CPOR', 900, 20), // 0: not counted
      ],
    });
    const m = metric(data, 'security', 'standard', 'usage-growth');
    // 100 + 50 + 20 = 170 → 300 + 0 + 20 = 320: +150 → floor(150 / 125) = 1 unit
    expect(part(m, 'm365').value).toBe(150);
    expect(part(m, 'm365').units).toBe(1);
    expect(part(m, 'm365').summary).toBe('Microsoft 365: 170 → 320 protected users (+150): 1 × 125');
    expect(subjects(m, 'm365')).toEqual(['p1', 'p2', 'p4']);
    expect(line(m, 'm365', 'p1')).toMatchObject({ counted: true, effect: 200, reason: '100 → 300 protected users' });
    expect(line(m, 'm365', 'p2')).toMatchObject({ counted: true, effect: -50, reason: '50 → 0 protected users' });
    expect(line(m, 'm365', 'p4')).toMatchObject({ counted: false, effect: 0 });
  });

  it('the summary signs the change: +0 when flat, −50 when down (and 0 units)', () => {
    const flat = metric(dataset({ m365: [m365('p', M13, 'Intune', 'CPOR', 900, 20), m365('p', M1, 'Intune', 'CPOR', 900, 20)] }), 'security', 'standard', 'usage-growth');
    expect(part(flat, 'm365').summary).toBe('Microsoft 365: 20 → 20 protected users (+0): 0 × 125');
    const down = metric(dataset({ m365: [m365('p', M13, 'Intune', 'CPOR', 900, 70), m365('p', M1, 'Intune', 'CPOR', 900, 20)] }), 'security', 'standard', 'usage-growth');
    expect(part(down, 'm365').summary).toBe('Microsoft 365: 70 → 20 protected users (-50): 0 × 125');
    expect(part(down, 'm365').value).toBe(-50);
  });
});

describe('edition 2026: bands with the promotion and carry-over rules (§5.4, §5.6, §5.7, AMB26-25/34/46)', () => {
  it('net adds: a customer that grew from 100 to 400 seats stays in the SMB band (no loss) and is a new Enterprise customer', () => {
    const data = dataset({ m365: [m365('grown', N13, 'Intune', 'CPOR', 100, 0), m365('grown', N1, 'Intune', 'CPOR', 400, 0)] });
    // SMB (5–300 plus promotion): in the band in both months → 0; Enterprise (> 300): not then, now → +1
    expect(part(metric26(data, 'security', 'smb', 'net-customer-adds'), 'm365').units).toBe(0);
    expect(part(metric26(data, 'security', 'enterprise', 'net-customer-adds'), 'm365').units).toBe(1);
    expect(line(metric26(data, 'security', 'smb', 'net-customer-adds'), 'm365', 'grown')!.reason).toBe('passed in both 2025-10 and 2026-10: no change');
  });

  it('deployments test the band on the whole tenant and the active share on any workload: 400 seats of Intune, 50 % active on Entra ID P1', () => {
    const data = dataset({ m365: [m365('t', N1, 'Intune', 'CPOR', 400, 0), m365('t', N1, 'Entra ID P1', 'CPOR', 100, 50)] });
    // Enterprise: the tenant has > 300 seats (Intune) and a workload at least 15 % active (Entra ID P1: 50 %) → +1
    expect(part(metric26(data, 'security', 'enterprise', 'deployments'), 'm365').units).toBe(1);
  });

  it('deployments: active users on a workload with no paid seats do not make it active', () => {
    // In the SMB band through Intune (10 seats) but 1 active = 10 %; Entra ID P1 has 5 active users and 0 seats → no share at all
    const data = dataset({ m365: [m365('t', N1, 'Intune', 'CPOR', 10, 1), m365('t', N1, 'Entra ID P1', 'CPOR', 0, 5)] });
    expect(part(metric26(data, 'security', 'smb', 'deployments'), 'm365').units).toBe(0);
    const active = dataset({ m365: [m365('t', N1, 'Intune', 'CPOR', 10, 2)] }); // 20 % → +1
    expect(part(metric26(active, 'security', 'smb', 'deployments'), 'm365').units).toBe(1);
  });

  it('SMB Azure deployments: a tenant that fell below $750 leaves the band (carry-over is for growing past it only)', () => {
    const data = dataset({
      azure: [
        azure('shrunk', '2025-01', 1000, 'Key Vault'), // $1,000 over 2024-11–2025-10: in the band then
        azure('shrunk', '2026-01', 500, 'Key Vault'), // $500 over 2025-11–2026-10: below $750 → lost
        azure('grew', '2025-01', 1000, 'Key Vault'),
        azure('grew', '2026-01', 13_000, 'Key Vault'), // $13,000: above the band, in it a year before → still in
      ],
    });
    const m = metric26(data, 'security', 'smb', 'deployments');
    expect(line(m, 'azure', 'shrunk')).toMatchObject({ counted: true, effect: -1 });
    expect(line(m, 'azure', 'grew')).toMatchObject({ counted: false });
    expect(part(m, 'azure').value).toBe(-1);
  });

  it('usage growth counts each end month for the tenants in the band then; the others get a line saying why they do not count', () => {
    const data = dataset({
      azure: [
        azure('small', N13, 1000, 'Key Vault'), // 12 months to 2025-10: $1,000, in the SMB band → baseline 1,000
        azure('small', N1, 3000, 'Key Vault'), // 12 months to 2026-10: $3,000 → current 3,000
        azure('big', N13, 20_000, 'Key Vault'),
        azure('big', N1, 20_000, 'Key Vault'), // over $12,000 at both ends, never in the band before → not SMB
      ],
    });
    const smb = metric26(data, 'security', 'smb', 'usage-growth');
    // SMB: 1,000 → 3,000 = +2,000 → floor(2,000 / 750) = 2 units
    expect(part(smb, 'azure').value).toBe(2000);
    expect(part(smb, 'azure').units).toBe(2);
    expect(line(smb, 'azure', 'small')).toMatchObject({ counted: true, effect: 2000, reason: 'Security ACR $1,000 in 2025-10 → $3,000 in 2026-10' });
    expect(line(smb, 'azure', 'big')).toMatchObject({
      counted: false,
      effect: 0,
      reason:
        'Security ACR $20,000 in 2025-10 → $20,000 in 2026-10; counted $0 → $0: only months whose 12-month Security ACR is more than $0 to $12,000 (or above, if in that band a year before) count',
    });
    const enterprise = metric26(data, 'security', 'enterprise', 'usage-growth');
    // Enterprise (over $12,000): big 20,000 → 20,000 = 0; small is never over $12,000
    expect(part(enterprise, 'azure').value).toBe(0);
    expect(line(enterprise, 'azure', 'big')).toMatchObject({ counted: false, reason: 'Security ACR $20,000 in 2025-10 → $20,000 in 2026-10' });
    // One end in the band is enough for the note: over $12,000 now, $1,000 a year ago (Enterprise)
    const rising = metric26(dataset({ azure: [azure('rising', N13, 1000, 'Key Vault'), azure('rising', N1, 13_000, 'Key Vault')] }), 'security', 'enterprise', 'usage-growth');
    expect(line(rising, 'azure', 'rising')).toMatchObject({
      counted: true,
      effect: 13_000,
      reason: 'Security ACR $1,000 in 2025-10 → $13,000 in 2026-10; counted $0 → $13,000: only months whose 12-month Security ACR is more than $12,000 count',
    });
  });
});

describe('edition 2026: one workload through two associations is one set of seats (AMB26-28)', () => {
  it('protected users take the larger seats and the larger active users of the two rows: min(50, 100) = 50, not 20', () => {
    // CPOR: 100 seats, 10 active; CSP: 20 seats, 50 active → one cell of 100 seats and 50 active users
    const data = dataset({ m365: [m365('t', N1, 'Microsoft Entra ID P1', 'CPOR', 100, 10), m365('t', N1, 'Microsoft Entra ID P1', 'CSP', 20, 50)] });
    // SMB band 5–300: the tenant's 100 seats are in it
    const growth = metric26(data, 'security', 'smb', 'usage-growth');
    expect(line(growth, 'm365', 't')).toMatchObject({ effect: 50, reason: '0 → 50 protected users' });
  });
});

describe('the measures read their band from the rule data (a band without carry-over, a monthly average)', () => {
  const ctx = (data: Dataset) => ({ prepared: prepare(data, getEdition('2026')), month: monthIndex(N1), checkDay: '2026-10-31', explain: true });

  it('a band with a top but no carry-over leaves out a tenant that grew past it', () => {
    const data = dataset({ azure: [azure('grew', '2025-01', 1000, 'Key Vault'), azure('grew', '2026-01', 13_000, 'Key Vault')] });
    const out = securityAzureTenants(ctx(data), { ttmUsd: { atLeast: 750, atMost: 12_000 }, basis: 'total' });
    expect(out.units).toBe(-1); // in the band a year ago, above it now, no carry-over → lost
    expect(out.items[0]!.reason).toBe('lost: $1,000 in the previous 12 months, $13,000 now (needs $750 to $12,000 in 12 months)');
  });

  it('seat bands are described by their first seat: more than 10 → 11–300', () => {
    const data = dataset({ m365: [m365('t', N1, 'Intune', 'CPOR', 11, 0)] });
    const out = securityM365Tenants(ctx(data), { paidSeats: { over: 10, atMost: 300 } });
    expect(out.units).toBe(1);
    expect(out.items[0]!.reason).toBe('new: a Security workload with 11–300 paid seats in 2026-10, not in 2025-10');
  });
});
