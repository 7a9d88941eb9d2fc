import { describe, expect, it } from 'vitest';
import { dataset, m365, M1, M13, metric, people, score } from './helpers';

describe('Modern Work bands and net customer adds (RULES.md §4.2, §4.4, AMB-25)', () => {
  it('301 seats is Enterprise, 300 is SMB, 11 is SMB, 10 is neither', () => {
    const data = dataset({
      m365: [
        m365('e', M1, 'Exchange', 'CPOR', 301, 0),
        m365('s300', M1, 'Teams', 'CPOR', 300, 0),
        m365('s11', M1, 'SPO', 'CSP Tier 1', 11, 0),
        m365('none', M1, 'Intune', 'CPOR', 10, 0),
        m365('wrong-workload', M1, 'Microsoft Defender for Endpoint', 'CPOR', 900, 0), // not a Modern Work workload
      ],
    });
    // Enterprise: 1 tenant × 4 = 4; SMB: 2 tenants × 2 = 4
    expect(metric(data, 'modern-work', 'enterprise', 'net-customer-adds').value).toBe(1);
    expect(metric(data, 'modern-work', 'enterprise', 'net-customer-adds').points).toBe(4);
    expect(metric(data, 'modern-work', 'smb', 'net-customer-adds').value).toBe(2);
    expect(metric(data, 'modern-work', 'smb', 'net-customer-adds').points).toBe(4);
  });
  it('associations per track: CSP does not count on Enterprise, DPOR not on SMB', () => {
    const data = dataset({ m365: [m365('a', M1, 'EXO', 'CSP', 500, 0), m365('b', M1, 'EXO', 'DPOR', 50, 0)] });
    expect(metric(data, 'modern-work', 'enterprise', 'net-customer-adds').value).toBe(0);
    expect(metric(data, 'modern-work', 'smb', 'net-customer-adds').value).toBe(0);
  });
});

describe('Modern Work usage growth (RULES.md §4.6, docs worked example)', () => {
  it('Enterprise: DPOR +2,000 → 15; CPOR +1,500 → 45 capped at 30; the higher option (30) counts', () => {
    const data = dataset({
      m365: [m365('d', M13, 'Teams', 'DPOR', 5000, 1000), m365('d', M1, 'Teams', 'DPOR', 5000, 3000), m365('c', M13, 'Teams', 'CPOR', 4000, 500), m365('c', M1, 'Teams', 'CPOR', 4000, 2000)],
    });
    const m = metric(data, 'modern-work', 'enterprise', 'usage-growth');
    expect(m.components.find((c) => c.id === 'dpor')!.points).toBe(15); // 30 × 2000 / 4000
    expect(m.components.find((c) => c.id === 'cpor')!.points).toBe(30);
    expect(m.points).toBe(30);
    expect(m.bestComponent).toBe('cpor');
  });
  it('a tenant’s active users are its largest workload’s, not the sum (AMB-59)', () => {
    const data = dataset({ m365: [m365('t', M1, 'Teams', 'CPOR', 1000, 400), m365('t', M1, 'EXO', 'CPOR', 1000, 300)] });
    expect(metric(data, 'modern-work', 'enterprise', 'usage-growth').value).toBe(400); // 30 × 400/1000 = 12
    expect(metric(data, 'modern-work', 'enterprise', 'usage-growth').points).toBe(12);
  });
  it('SMB CPOR: 16 users of growth is 0.96 points, under the 1-point minimum (AMB-02); 17 is 1.02', () => {
    const smb = (users: number) => dataset({ m365: [m365('t', M1, 'Teams', 'CPOR', 200, users)] });
    const sixteen = metric(smb(16), 'modern-work', 'smb', 'usage-growth');
    expect(sixteen.points).toBe(0.96); // 30 × 16 / 500
    expect(sixteen.meetsMinimum).toBe(false);
    expect(metric(smb(17), 'modern-work', 'smb', 'usage-growth').meetsMinimum).toBe(true);
  });
  it('association later than M-13: growth counts from the association month (AMB-58)', () => {
    const data = dataset({
      m365: [m365('t', '2023-10', 'Teams', 'CPOR', 1000, 300, '2023-10-05'), m365('t', M1, 'Teams', 'CPOR', 1000, 500, '2023-10-05')],
    });
    expect(metric(data, 'modern-work', 'enterprise', 'usage-growth').value).toBe(200); // 500 - 300
  });
  it('association before M-13: growth counts from M-13 as for any tenant, not from the association month (AMB-58)', () => {
    // Associated 2022-12 with 100 active users; 2023-06 (M-13) 300; 2024-06 (M-1) 500 → 500 − 300 = 200, not 400.
    const associated = '2022-12-05';
    const data = dataset({
      m365: [m365('t', '2022-12', 'Teams', 'CPOR', 1000, 100, associated), m365('t', M13, 'Teams', 'CPOR', 1000, 300, associated), m365('t', M1, 'Teams', 'CPOR', 1000, 500, associated)],
    });
    expect(metric(data, 'modern-work', 'enterprise', 'usage-growth').value).toBe(200);
  });
});

describe('Modern Work deployments (RULES.md §4.7, docs worked example)', () => {
  it('DPOR 4 net → 10; CPOR 3 net → 15; the higher (15) counts', () => {
    const rows = [
      ...[1, 2, 3, 4].map((i) => m365(`d${i}`, M1, 'Teams', 'DPOR', 400, 160)), // 160/400 = 40 % exactly → deployed
      ...[1, 2, 3].map((i) => m365(`c${i}`, M1, 'Teams', 'CPOR', 400, 200)),
      m365('low', M1, 'Teams', 'CPOR', 400, 159), // 39.75 % → not deployed
    ];
    const m = metric(dataset({ m365: rows }), 'modern-work', 'enterprise', 'deployments');
    expect(m.components.find((c) => c.id === 'dpor')!.points).toBe(10); // 4 × 25/10
    expect(m.components.find((c) => c.id === 'cpor')!.points).toBe(15); // 3 × 25/5
    expect(m.points).toBe(15);
  });
  it('excludes tenants associated in the last 12 months that were already 40 % active (AMB-58)', () => {
    const data = dataset({ m365: [m365('t', '2023-09', 'Teams', 'CPOR', 400, 200, '2023-09-01'), m365('t', M1, 'Teams', 'CPOR', 400, 300, '2023-09-01')] });
    expect(metric(data, 'modern-work', 'enterprise', 'deployments').value).toBe(0);
  });
  it('a tenant not deployed now is "not deployed", even when it was already deployed on association (AMB-58 applies to deployments counted)', () => {
    // Associated 2023-09 at 200/400 = 50 % active; 2024-06 (M-1) 100/400 = 25 % → not deployed now, nothing to exclude.
    const data = dataset({ m365: [m365('t', '2023-09', 'Teams', 'CPOR', 400, 200, '2023-09-01'), m365('t', M1, 'Teams', 'CPOR', 400, 100, '2023-09-01')] });
    const m = metric(data, 'modern-work', 'enterprise', 'deployments');
    expect(m.value).toBe(0);
    expect(m.items.find((i) => i.subject === 't' && i.component === 'cpor')!.reason).toMatch(/^not deployed via CPOR in 2024-06/);
  });
});

describe('Modern Work skilling and best path (RULES.md §4.5, §4.1, AMB-23/63)', () => {
  it('Enterprise 2.5 per intermediate person (4 for 10), 7.5 per advanced (2 for 15); SMB 5 and 15', () => {
    const data = dataset({ certifications: [...people('i', 'MS-700', 1), ...people('a', 'MS-102', 1)], partner: { month: M1 } });
    expect(metric(data, 'modern-work', 'enterprise', 'intermediate-certifications').points).toBe(2.5);
    expect(metric(data, 'modern-work', 'enterprise', 'advanced-certifications').points).toBe(7.5);
    expect(metric(data, 'modern-work', 'smb', 'intermediate-certifications').points).toBe(5);
    expect(metric(data, 'modern-work', 'smb', 'advanced-certifications').points).toBe(15);
  });
  it('with neither path qualifying the higher total is reported; ties go to Enterprise', () => {
    const mw = (d: ReturnType<typeof dataset>) => score(d).designations.find((x) => x.id === 'modern-work')!;
    const smbBetter = dataset({ certifications: [...people('i', 'MS-700', 1)], partner: { month: M1 } });
    expect(mw(smbBetter).path).toBe('smb'); // SMB 5 vs Enterprise 2.5
    const tie = dataset({ partner: { month: M1 }, m365: [m365('x', M13, 'Teams', 'CPOR', 5, 0)] });
    expect(mw(tie).path).toBe('enterprise');
  });
});
