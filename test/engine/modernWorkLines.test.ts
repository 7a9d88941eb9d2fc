/**
 * Modern Work's explanation lines and nets (RULES.md §4.2, §4.4, §4.6, §4.7; AMB-25/57/58/59): which customer
 * counts, by how much and why, every figure worked out by hand. Edition 2024 scores 2024-06 (M-13 2023-06, the
 * last 12 months 2023-07–2024-06). Enterprise: more than 300 paid seats, CPOR or DPOR; SMB: 11–300, CPOR or CSP.
 */
import { describe, expect, it } from 'vitest';
import type { MetricResult } from '../../src/engine';
import { dataset, m365, M1, M13, metric, metric26, N1, N13, score, part } from './helpers';

const line = (m: MetricResult, subject: string, component?: string) => m.items.find((i) => i.subject === subject && (component === undefined || i.component === component));
const subjects = (m: MetricResult, component?: string) =>
  m.items
    .filter((i) => component === undefined || i.component === component)
    .map((i) => i.subject)
    .sort();

describe('net customer adds (§4.4): tenants in the band now minus a year ago', () => {
  const data = () =>
    dataset({
      customers: [{ tenantId: 'new', customerName: 'Cedar GmbH', segment: 'Enterprise' }],
      m365: [
        m365('new', M1, 'Teams', 'CPOR', 301, 0), // 301 > 300 → new
        m365('new2', M1, 'Exchange Online', 'DPOR', 350, 0),
        m365('new2', M1, 'Teams', 'DPOR', 320, 0), // the largest eligible workload is named: 350
        m365('lost', M13, 'Teams', 'DPOR', 400, 0), // in the band a year ago only → lost
        m365('kept', M13, 'Teams', 'CPOR', 500, 0),
        m365('kept', M1, 'Teams', 'CPOR', 500, 0),
        m365('small', M1, 'Teams', 'CPOR', 300, 0), // 300 is not more than 300
        m365('between', '2024-01', 'Teams', 'CPOR', 900, 0), // neither month: no line
      ],
    });

  it('Enterprise: 2 new − 1 lost = 1 net → 4 points (20 / 5 per customer)', () => {
    const m = metric(data(), 'modern-work', 'enterprise', 'net-customer-adds');
    expect(m.value).toBe(1);
    expect(m.points).toBe(4);
    expect(part(m, 'customers').summary).toBe('2 new customers minus 1 lost customer = 1 net (more than 300 paid seats)');
  });

  it('lines say the band, the months and the largest workload; a tenant with no seats in either month has none', () => {
    const m = metric(data(), 'modern-work', 'enterprise', 'net-customer-adds');
    expect(subjects(m)).toEqual(['kept', 'lost', 'new', 'new2', 'small']);
    expect(line(m, 'new')).toMatchObject({
      name: 'Cedar GmbH',
      counted: true,
      effect: 1,
      reason: 'new: more than 300 paid seats in 2024-06 (largest workload 301), not in 2023-06',
      values: { 'seats 2023-06': 0, 'seats 2024-06': 301 },
    });
    expect(line(m, 'new2')!.reason).toBe('new: more than 300 paid seats in 2024-06 (largest workload 350), not in 2023-06');
    expect(line(m, 'lost')).toMatchObject({ counted: true, effect: -1, reason: 'lost: more than 300 paid seats in 2023-06 but not in 2024-06', values: { 'seats 2023-06': 400, 'seats 2024-06': 0 } });
    expect(line(m, 'kept')).toMatchObject({ counted: false, reason: 'in the band in both 2023-06 and 2024-06: no change' });
    expect(line(m, 'kept')!.effect).toBeUndefined();
    expect(line(m, 'small')).toMatchObject({ counted: false, reason: 'not in the band (more than 300 paid seats) in 2024-06: largest eligible workload has 300 paid seats' });
  });

  it('SMB: the band is 11–300; 301 seats is out of it in edition 2024 (no promotion rule)', () => {
    const m = metric(data(), 'modern-work', 'smb', 'net-customer-adds');
    // in 11–300 via CPOR or CSP: small (300) now; kept and new are over 300 → 1 new, 0 lost
    expect(m.value).toBe(1);
    expect(part(m, 'customers').summary).toBe('1 new customer minus 0 lost customers = 1 net (11–300 paid seats)');
    expect(line(m, 'small')!.reason).toBe('new: 11–300 paid seats in 2024-06 (largest workload 300), not in 2023-06');
  });
});

describe('active user growth (§4.6, AMB-58/59): in-band tenants, one association, the largest workload', () => {
  const data = () =>
    dataset({
      m365: [
        m365('g1', M13, 'Teams', 'CPOR', 500, 100),
        m365('g1', M1, 'Teams', 'CPOR', 500, 400),
        m365('g1', M1, 'Exchange Online', 'CPOR', 500, 50), // the largest workload's active users count: 400 (AMB-59)
        m365('g2', M13, 'Teams', 'CPOR', 500, 200),
        m365('g2', M1, 'Teams', 'CPOR', 200, 200), // out of the Enterprise band now → 0
        m365('late', M1, 'Teams', 'CPOR', 500, 300, '2024-07-15'), // associated after the scoring month → no credit
        m365('mid', '2024-01', 'Teams', 'CPOR', 500, 100, '2024-01-10'),
        m365('mid', M1, 'Teams', 'CPOR', 500, 250, '2024-01-10'), // associated in 2024-01 → growth from its 100 then
        m365('zero', M13, 'Teams', 'CPOR', 500, 0),
        m365('zero', M1, 'Teams', 'CPOR', 500, 0), // none in either month: no line
        m365('dpor', M1, 'Teams', 'DPOR', 500, 999), // another association: not in the CPOR option
        m365('fresh', M1, 'Teams', 'CPOR', 500, 60), // nothing a year ago: +60
      ],
    });

  it('CPOR: 100 + 200 + 0 + 100 + 0 = 400 → 400 + 0 + 0 + 250 + 60 = 710: +310 → 310 / 1,000 × 30 = 9.3 points', () => {
    const m = metric(data(), 'modern-work', 'enterprise', 'usage-growth');
    expect(part(m, 'cpor').value).toBe(310);
    expect(part(m, 'cpor').summary).toBe('CPOR: 400 active users in 2023-06 → 710 in 2024-06 (+310)');
    expect(part(m, 'cpor').points).toBe(9.3);
  });

  it('lines, largest change first: +300, −200, +150 (from the association month), +60 (new), 0 (associated later)', () => {
    const m = metric(data(), 'modern-work', 'enterprise', 'usage-growth');
    const cpor = m.items.filter((i) => i.component === 'cpor');
    expect(cpor.map((i) => i.subject)).toEqual(['g1', 'g2', 'mid', 'fresh', 'late']);
    expect(cpor[0]).toMatchObject({ counted: true, effect: 300, reason: '100 → 400 active users', values: { baseline: 100, current: 400 } });
    expect(cpor[1]).toMatchObject({ counted: true, effect: -200, reason: '200 → 0 active users' });
    expect(cpor[2]).toMatchObject({ counted: true, effect: 150, reason: '100 → 250 active users; associated in 2024-01: growth counts from its 100 active users then (AMB-58)' });
    expect(cpor[3]).toMatchObject({ counted: true, effect: 60, reason: '0 → 60 active users' });
    expect(cpor[4]).toMatchObject({ counted: false, effect: 0, reason: '0 → 0 active users; associated in 2024-07, after 2024-06: no credit yet (AMB-58)' });
  });

  it('a fall is signed and never below zero points', () => {
    const m = metric(dataset({ m365: [m365('t', M13, 'Teams', 'CPOR', 500, 300), m365('t', M1, 'Teams', 'CPOR', 500, 100)] }), 'modern-work', 'enterprise', 'usage-growth');
    expect(part(m, 'cpor').summary).toBe('CPOR: 300 active users in 2023-06 → 100 in 2024-06 (-200)');
    expect(part(m, 'cpor').points).toBe(0);
  });
});

describe('deployments (§4.7, AMB-27/57/58): in the band with a workload at least 40 % active, through one association', () => {
  const data = () =>
    dataset({
      m365: [
        m365('new', M1, 'Teams', 'CPOR', 400, 160), // 160 / 400 = 40 % → new
        m365('low', M1, 'Teams', 'CPOR', 400, 159), // 39.75 % → not deployed
        m365('lost', M13, 'Teams', 'CPOR', 400, 200),
        m365('kept', M13, 'Teams', 'CPOR', 400, 200),
        m365('kept', M1, 'Teams', 'CPOR', 400, 200),
        m365('already', '2024-01', 'Teams', 'CPOR', 400, 200, '2024-01-05'), // 50 % in its association month
        m365('already', M1, 'Teams', 'CPOR', 400, 200, '2024-01-05'), // → excluded (AMB-58)
        m365('grew', '2024-01', 'Teams', 'CPOR', 400, 40, '2024-01-05'), // 10 % when associated
        m365('grew', M1, 'Teams', 'CPOR', 400, 200, '2024-01-05'), // → new
        m365('edge-in', '2023-07', 'Teams', 'CPOR', 400, 200, '2023-07-01'), // associated in the first of the 12 months
        m365('edge-in', M1, 'Teams', 'CPOR', 400, 200, '2023-07-01'), // → excluded
        m365('edge-out', M13, 'Teams', 'CPOR', 400, 200, '2023-06-30'), // associated before them → counted as usual
        m365('edge-out', M1, 'Teams', 'CPOR', 400, 200, '2023-06-30'), // deployed in both → no change
        m365('no-seats', M1, 'Exchange Online', 'CPOR', 400, 0), // in the band through Exchange
        m365('no-seats', M1, 'Teams', 'CPOR', 0, 50), // active users without paid seats are no share (AMB-57)
        m365('between', '2024-01', 'Teams', 'CPOR', 400, 400), // neither month: no line
      ],
    });

  it('CPOR: 2 new − 1 lost = 1 net → 5 points (25 / 5)', () => {
    const m = metric(data(), 'modern-work', 'enterprise', 'deployments');
    expect(part(m, 'cpor').value).toBe(1);
    expect(part(m, 'cpor').points).toBe(5);
    expect(part(m, 'cpor').summary).toBe('CPOR: 2 new deployments minus 1 lost deployment = 1 net');
  });

  it('lines: new, lost, no change, not deployed, and excluded when already deployed in the association month', () => {
    const m = metric(data(), 'modern-work', 'enterprise', 'deployments');
    const cpor = (subject: string) => line(m, subject, 'cpor');
    expect(subjects(m, 'cpor')).toEqual(['already', 'edge-in', 'edge-out', 'grew', 'kept', 'lost', 'low', 'new', 'no-seats']);
    expect(cpor('new')).toMatchObject({ counted: true, effect: 1, reason: 'new: at least 40 % of paid seats active via CPOR in 2024-06, not in 2023-06' });
    expect(cpor('grew')).toMatchObject({ counted: true, effect: 1 });
    expect(cpor('lost')).toMatchObject({ counted: true, effect: -1, reason: 'lost: deployed in 2023-06 but not in 2024-06' });
    expect(cpor('kept')).toMatchObject({ counted: false, reason: 'deployed in both 2023-06 and 2024-06: no change' });
    expect(cpor('edge-out')).toMatchObject({ counted: false, reason: 'deployed in both 2023-06 and 2024-06: no change' });
    expect(cpor('kept')!.effect).toBeUndefined();
    expect(cpor('low')).toMatchObject({
      counted: false,
      reason: "not deployed via CPOR in 2024-06 (needs more than 300 paid seats and at least 40 % of a workload's paid seats active)",
    });
    expect(cpor('no-seats')).toMatchObject({ counted: false });
    expect(cpor('already')).toMatchObject({ counted: false, reason: 'associated in 2024-01 when already at least 40 % active: excluded (AMB-58)' });
    expect(cpor('edge-in')).toMatchObject({ counted: false, reason: 'associated in 2023-07 when already at least 40 % active: excluded (AMB-58)' });
  });
});

describe('edition 2026 (AMB26-25/45): an option tests the band through its own association; the association month is in the band', () => {
  it('usage growth: 400 seats through DPOR do not put the CPOR option in the band (in 2024 they do)', () => {
    const data = dataset({ m365: [m365('t', N1, 'Teams', 'DPOR', 400, 0), m365('t', N1, 'Teams', 'CPOR', 100, 50)] });
    expect(part(metric26(data, 'modern-work', 'enterprise', 'usage-growth'), 'cpor').value).toBe(0);
    expect(part(metric(score(data, N1), 'modern-work', 'enterprise', 'usage-growth'), 'cpor').value).toBe(50); // 2024: the track's band (CPOR or DPOR)
  });

  it('usage growth from the association month counts its users only if the tenant was in the band then (2024: whatever the band)', () => {
    // Associated 2026-03 with 200 seats (not > 300) and 100 active; 400 seats and 250 active in 2026-10
    const data = dataset({ m365: [m365('t', '2026-03', 'Teams', 'CPOR', 200, 100, '2026-03-10'), m365('t', N1, 'Teams', 'CPOR', 400, 250, '2026-03-10')] });
    const growth26 = metric26(data, 'modern-work', 'enterprise', 'usage-growth');
    expect(part(growth26, 'cpor').value).toBe(250); // 0 → 250
    expect(line(growth26, 't', 'cpor')!.reason).toBe('0 → 250 active users; associated in 2026-03: growth counts from its 0 active users then (AMB-58)');
    expect(part(metric(score(data, N1), 'modern-work', 'enterprise', 'usage-growth'), 'cpor').value).toBe(150); // 2024: 100 → 250
  });

  it('associated in the scoring month itself: growth counts from that month (no change); in M-13 itself: the usual baseline, no note', () => {
    const data = dataset({
      m365: [m365('now', N1, 'Teams', 'CPOR', 400, 250, '2026-10-05'), m365('year', N13, 'Teams', 'CPOR', 400, 100, '2025-10-20'), m365('year', N1, 'Teams', 'CPOR', 400, 180, '2025-10-20')],
    });
    const m = metric26(data, 'modern-work', 'enterprise', 'usage-growth');
    expect(line(m, 'now', 'cpor')).toMatchObject({ effect: 0, reason: '250 → 250 active users; associated in 2026-10: growth counts from its 250 active users then (AMB-58)' });
    expect(line(m, 'year', 'cpor')).toMatchObject({ effect: 80, reason: '100 → 180 active users' });
  });

  it('zero growth is shown as +0', () => {
    const data = dataset({ m365: [m365('t', N13, 'Teams', 'CPOR', 400, 100), m365('t', N1, 'Teams', 'CPOR', 400, 100)] });
    expect(part(metric26(data, 'modern-work', 'enterprise', 'usage-growth'), 'cpor').summary).toBe('CPOR: 100 active users in 2025-10 → 100 in 2026-10 (+0)');
  });

  it('deployments: "already deployed" means more than 40 % and in the band in the association month, which may be the scoring month', () => {
    const data = dataset({
      m365: [
        m365('small-then', '2026-03', 'Teams', 'CPOR', 200, 150, '2026-03-10'), // 75 % but 200 seats: not in the Enterprise band then
        m365('small-then', N1, 'Teams', 'CPOR', 400, 200, '2026-03-10'), // → counts as new (2024: excluded)
        m365('at-40', '2026-03', 'Teams', 'CPOR', 400, 160, '2026-03-10'), // exactly 40 % is not more than 40 %
        m365('at-40', N1, 'Teams', 'CPOR', 400, 200, '2026-03-10'), // → new
        m365('this-month', N1, 'Teams', 'CPOR', 400, 200, '2026-10-03'), // associated in the scoring month, 50 % → excluded
      ],
    });
    const m = metric26(data, 'modern-work', 'enterprise', 'deployments');
    expect(part(m, 'cpor').value).toBe(2);
    expect(line(m, 'small-then', 'cpor')).toMatchObject({ counted: true, effect: 1 });
    expect(line(m, 'at-40', 'cpor')).toMatchObject({ counted: true, effect: 1 });
    expect(line(m, 'this-month', 'cpor')).toMatchObject({ counted: false, reason: 'associated in 2026-10 when already more than 40 % active: excluded (AMB-58)' });
    expect(part(metric(score(data, N1), 'modern-work', 'enterprise', 'deployments'), 'cpor').value).toBe(0); // 2024: all three excluded (at least 40 %, band not tested)
  });

  it('net adds: a customer that grew past the SMB band is still counted there, and the line says why (promotion rule)', () => {
    const data = dataset({ m365: [m365('grown', N13, 'Teams', 'CPOR', 100, 0), m365('grown', N1, 'Teams', 'CPOR', 400, 0)] });
    const m = metric26(data, 'modern-work', 'smb', 'net-customer-adds');
    expect(m.value).toBe(0);
    expect(line(m, 'grown')!.reason).toBe('in the band in both 2025-10 and 2026-10: no change (grew past the band but was in it in 2025-10: still counted, promotion rule)');
  });

  it('promotion looks at any workload above the band, and edition 2024 has no promotion', () => {
    // Teams 100 → 400 seats with a 5-seat Exchange beside it: Teams is above the band, so the tenant stays (2026)
    const data = dataset({ m365: [m365('t', N13, 'Teams', 'CPOR', 100, 0), m365('t', N1, 'Teams', 'CPOR', 400, 0), m365('t', N1, 'Exchange Online', 'CPOR', 5, 0)] });
    expect(metric26(data, 'modern-work', 'smb', 'net-customer-adds').value).toBe(0);
    // 2024 (11–300, no promotion): in the band a year ago, above it now → lost
    expect(metric(score(data, N1), 'modern-work', 'smb', 'net-customer-adds').value).toBe(-1);
  });

  it('no promotion note for a tenant in the band on its own: one workload in it is enough (Teams 100 beside Exchange 400)', () => {
    const data = dataset({ m365: [m365('t', N13, 'Teams', 'CPOR', 100, 0), m365('t', N1, 'Teams', 'CPOR', 100, 0), m365('t', N1, 'Exchange Online', 'CPOR', 400, 0)] });
    expect(line(metric26(data, 'modern-work', 'smb', 'net-customer-adds'), 't')!.reason).toBe('in the band in both 2025-10 and 2026-10: no change');
  });
});
