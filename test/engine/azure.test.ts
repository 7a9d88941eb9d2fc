import { describe, expect, it } from 'vitest';
import { azure, cert, dataset, M1, M13, M14, M2, metric, people, score } from './helpers';

describe('Azure net customer adds (RULES.md §2.3)', () => {
  it('counts +1 at exactly the threshold with $0 baseline, -1 for a lost customer, nothing for the rest', () => {
    const data = dataset({
      azure: [
        azure('new-at-threshold', M1, 1000), // recent 1000 >= 1000 (AMB-04), M-13 = M-14 = 0 → +1
        azure('new-in-m2', M2, 1500), // M-2 counts too ("either of the last two months") → +1
        azure('just-below', M1, 999.99), // < 1000 → 0
        azure('lost', M13, 1500), // baseline passes, recent 0 → -1
        azure('not-new', M1, 1200),
        azure('not-new', M14, 5), // M-14 is not $0 → not an add (AMB-49)
        azure('steady', M1, 2000),
        azure('steady', M13, 2000), // above in all months → 0
      ],
    });
    // Enterprise: (+1 +1) - 1 = 1 net → 10 points (10 per add, §2.3)
    const nca = metric(data, 'infrastructure', 'enterprise', 'net-customer-adds');
    expect(nca.value).toBe(1);
    expect(nca.points).toBe(10);
    const lost = nca.items.find((i) => i.subject === 'lost')!;
    expect(lost.effect).toBe(-1);
    expect(nca.items.find((i) => i.subject === 'not-new')!.counted).toBe(false);
  });

  it('uses $500 on the SMB path and caps at 3 adds = 30 points', () => {
    // SMB threshold $500 (AMB-03): 4 tenants at $500 → 4 adds, capped at 3 → 30; Enterprise: none reach $1,000 → 0.
    const data = dataset({ azure: ['a', 'b', 'c', 'd'].map((t) => azure(t, M1, 500)) });
    expect(metric(data, 'data-ai', 'smb', 'net-customer-adds').points).toBe(30);
    expect(metric(data, 'data-ai', 'smb', 'net-customer-adds').value).toBe(4);
    expect(metric(data, 'data-ai', 'enterprise', 'net-customer-adds').points).toBe(0);
  });

  it('negative nets score 0, never below (AMB-44)', () => {
    const data = dataset({ azure: [azure('x', M13, 5000), azure('y', M14, 5000)] });
    const nca = metric(data, 'infrastructure', 'enterprise', 'net-customer-adds');
    expect(nca.value).toBe(-2);
    expect(nca.points).toBe(0);
  });

  it('sums credits before testing (AMB-52) and leaves excluded offers and associations out (§2.3)', () => {
    const data = dataset({
      azure: [
        azure('credit', M1, 1500),
        azure('credit', M1, -600, 'Virtual Machines'), // 900 net < 1000 → no add
        azure('trial', M1, 5000, 'Storage', 'PAL', 'Trial'), // excluded offer
        azure('cpor', M1, 5000, 'Storage', 'CPOR'), // CPOR is not an Azure association
        azure('csp', M1, 1000, 'Storage', 'CSP Tier 2'), // CSP Tier 2 = CSP → +1
      ],
    });
    expect(metric(data, 'infrastructure', 'enterprise', 'net-customer-adds').value).toBe(1);
  });
});

describe('Azure usage growth (RULES.md §2.5, AMB-13)', () => {
  const growth = (base: number, current: number) => dataset({ azure: [azure('t', M13, base), azure('t', M1, current)] });
  it('one point per whole percent: 1000 → 1200 is 20 % → 20 points', () => {
    expect(metric(growth(1000, 1200), 'data-ai', 'enterprise', 'usage-growth').points).toBe(20);
  });
  it('floors: 1000 → 1199.99 is 19.999 % → 19 points', () => {
    const m = metric(growth(1000, 1199.99), 'data-ai', 'enterprise', 'usage-growth');
    expect(m.points).toBe(19);
    expect(m.value).toBe(20); // value shown to 2 decimals: 19.999 → 20.00
  });
  it('caps at 20 and gives 0 for decline', () => {
    expect(metric(growth(1000, 5000), 'data-ai', 'enterprise', 'usage-growth').points).toBe(20);
    expect(metric(growth(1000, 900), 'data-ai', 'enterprise', 'usage-growth').points).toBe(0);
  });
  it('needs TTM ACR of at least $1,000 and some ACR in M-13', () => {
    // TTM (2023-07..2024-06) holds only M-1 = 999 → below $1,000 → 0, though growth is huge.
    expect(metric(growth(10, 999), 'data-ai', 'enterprise', 'usage-growth').points).toBe(0);
    // TTM = 1000 exactly → eligible: 10 → 1000 is 9,900 % → capped 20.
    expect(metric(growth(10, 1000), 'data-ai', 'enterprise', 'usage-growth').points).toBe(20);
    // No ACR in M-13 → no growth to measure → 0.
    expect(metric(dataset({ azure: [azure('t', M1, 5000)] }), 'data-ai', 'enterprise', 'usage-growth').points).toBe(0);
  });
});

describe('Azure deployments (RULES.md §2.6, AMB-12/47/48)', () => {
  it('counts distinct services first used in the TTM; VMs count, VM Licenses do not; 2 points each', () => {
    const data = dataset({
      azure: [
        azure('old', '2023-01', 100, 'SQL Database'),
        azure('old', M1, 100, 'SQL Database'), // first use before TTM (2023-07) → no
        azure('new', '2023-07', 100, 'SQL Database'), // … but another customer started it in the TTM → counts (AMB-48)
        azure('new', M1, 100, 'Virtual Machines'), // counts (AMB-12)
        azure('new', M1, 100, 'Virtual Machines Licenses'), // excluded
        azure('new', M1, 100, 'Storage'),
        azure('old', '2023-02', 100, 'App Service'), // only before TTM → no
      ],
    });
    // SQL Database, Virtual Machines, Storage = 3 services × 2 = 6 points
    const m = metric(data, 'digital-app-innovation', 'enterprise', 'deployments');
    expect(m.value).toBe(3);
    expect(m.points).toBe(6);
    expect(m.items.find((i) => i.subject === 'Virtual Machines Licenses')!.counted).toBe(false);
    expect(m.items.find((i) => i.subject === 'App Service')!.counted).toBe(false);
  });
  it('caps at 5 services = 10 points', () => {
    const data = dataset({ azure: ['A', 'B', 'C', 'D', 'E', 'F'].map((s) => azure('t', M1, 1, s)) });
    expect(metric(data, 'infrastructure', 'smb', 'deployments').points).toBe(10);
  });
});

describe('Azure path (RULES.md §2.1, AMB-06/50)', () => {
  const withTtm = (usd: number, smbShare: number, customers = 10) => {
    const smb = Math.round(customers * smbShare);
    const rows = Array.from({ length: customers }, (_, i) => azure(`t${i}`, M1, i === 0 ? usd - (customers - 1) : 1));
    const segs = Array.from({ length: customers }, (_, i) => ({ tenantId: `t${i}`, segment: i < smb ? 'SMB' : 'Enterprise' }));
    return dataset({ azure: rows, customers: segs });
  };
  const pathOf = (data: ReturnType<typeof dataset>) => score(data).designations.find((d) => d.id === 'infrastructure')!;
  it('exactly $1,000,000 TTM → Enterprise, whatever the segments', () => {
    expect(pathOf(withTtm(1_000_000, 1)).path).toBe('enterprise');
  });
  it('below $1M: 80 % SMB/SMC → SMB; 70 % → Enterprise', () => {
    const smb = pathOf(withTtm(999_999, 0.8));
    expect(smb.path).toBe('smb');
    expect(smb.pathReason).toContain('80 % of Azure customers (8 of 10)');
    expect(pathOf(withTtm(999_999, 0.7)).path).toBe('enterprise');
  });
  it('missing segment counts as not SMB; no customers → Enterprise (AMB-06, AMB-50)', () => {
    const data = dataset({ azure: [azure('a', M1, 10), azure('b', M1, 10)], customers: [{ tenantId: 'a', segment: 'SMC' }] });
    expect(pathOf(data).path).toBe('enterprise'); // 1 of 2 = 50 %
    expect(pathOf(dataset({ certifications: [cert('p', 'AZ-104')], partner: { month: M1 } })).pathReason).toContain('no Azure customers');
  });
  it('the partner file overrides the TTM ACR and SMB share', () => {
    const data = dataset({ azure: [azure('a', M1, 10)], partner: { acrTtmUsd: 2_000_000 } });
    expect(pathOf(data).path).toBe('enterprise');
    expect(pathOf(dataset({ azure: [azure('a', M1, 10)], partner: { smbCustomerShare: 0.85 } })).path).toBe('smb');
  });
});

describe('Azure skilling (RULES.md §2.4, AMB-09/10)', () => {
  it('docs worked example: A,B Step 1, C,D Step 2, E,F,G Step 3 → 3 × 4 = 12 points (D&AI Enterprise)', () => {
    const data = dataset({
      certifications: [
        cert('A', 'Azure Administrator Associate'),
        cert('B', 'AZ-104'),
        cert('C', 'Azure Solutions Architect Expert'),
        cert('D', 'AZ-305'),
        cert('E', 'Azure Data Engineer Associate'),
        cert('F', 'AI-102'),
        cert('G', 'Power BI Data Analyst Associate'),
      ],
      partner: { month: M1 },
    });
    expect(metric(data, 'data-ai', 'enterprise', 'intermediate-certifications').points).toBe(12);
  });
  it('Enterprise: no points until 2 prerequisite holders; then 4 per person, 5 for 20', () => {
    const devs = people('dev', 'Azure Developer Associate', 6);
    const one = dataset({ certifications: [cert('admin1', 'AZ-104'), ...devs] });
    expect(metric(one, 'digital-app-innovation', 'enterprise', 'intermediate-certifications').points).toBe(0);
    const two = dataset({ certifications: [cert('admin1', 'AZ-104'), cert('admin2', 'AZ-104'), ...devs.slice(0, 3)] });
    expect(metric(two, 'digital-app-innovation', 'enterprise', 'intermediate-certifications').points).toBe(12); // 3 × 4
    const many = dataset({ certifications: [cert('admin1', 'AZ-104'), cert('admin2', 'AZ-104'), ...devs] });
    expect(metric(many, 'digital-app-innovation', 'enterprise', 'intermediate-certifications').points).toBe(20); // 6 people, capped at 5 × 4
  });
  it('SMB: the prerequisite earns 4, then 4 per person up to 4 people (4 + 16 = 20)', () => {
    const prereqOnly = dataset({ certifications: [cert('admin1', 'AZ-104')] });
    expect(metric(prereqOnly, 'infrastructure', 'smb', 'intermediate-certifications').points).toBe(4);
    const full = dataset({ certifications: [cert('admin1', 'AZ-104'), ...people('net', 'AZ-700', 5)] });
    expect(metric(full, 'infrastructure', 'smb', 'intermediate-certifications').points).toBe(20);
  });
  it('D&AI SMB: each prerequisite earns 4 on its own; scoring needs both (AMB-09): max 8 + 32 = 40', () => {
    const aaaOnly = dataset({ certifications: [cert('a', 'AZ-104'), ...people('de', 'DP-203', 3)] });
    expect(metric(aaaOnly, 'data-ai', 'smb', 'intermediate-certifications').points).toBe(4);
    const both = dataset({ certifications: [cert('a', 'AZ-104'), cert('s', 'AZ-305'), ...people('de', 'DP-203', 3)] });
    expect(metric(both, 'data-ai', 'smb', 'intermediate-certifications').points).toBe(20); // 4 + 4 + 3 × 4
    const max = dataset({ certifications: [cert('a', 'AZ-104'), cert('s', 'AZ-305'), ...people('de', 'DP-203', 9)] });
    expect(metric(max, 'data-ai', 'smb', 'intermediate-certifications').points).toBe(40);
  });
  it('one person counts once per metric, and the same person may be prerequisite and scorer', () => {
    const data = dataset({
      certifications: [cert('a', 'AZ-104'), cert('a', 'AZ-204'), cert('a', 'PL-400'), cert('b', 'AZ-104')],
    });
    // gate: a and b hold AZ-104 (2); scorers: a only (two scoring certs, counted once) → 4
    expect(metric(data, 'digital-app-innovation', 'enterprise', 'intermediate-certifications').points).toBe(4);
  });
  it('expired and retired certifications stop counting (§1.4)', () => {
    const base = [cert('a', 'AZ-104'), cert('b', 'AZ-104'), cert('s1', 'AZ-305'), cert('s2', 'AZ-305')];
    const data = dataset({
      certifications: [...base, cert('iot', 'Azure IoT Developer Specialty'), cert('old', 'AZ-400', '2022-01-01', '2024-06-29')],
      azure: [azure('t', '2024-07', 1), azure('t', '2024-08', 1)],
    });
    // 2024-06-30: IoT (eligible through 2024-07-31) counts; the DevOps cert expired 2024-06-29 → 1 person → 4
    expect(metric(score(data, '2024-06'), 'digital-app-innovation', 'enterprise', 'advanced-certifications').points).toBe(4);
    // 2024-08-31: IoT's retirement grace has ended → 0
    const aug = metric(score(data, '2024-08'), 'digital-app-innovation', 'enterprise', 'advanced-certifications');
    expect(aug.points).toBe(0);
    expect(aug.items.find((i) => i.subject === 'iot')!.reason).toContain('counted only through 2024-07-31');
  });
});
