import { describe, expect, it } from 'vitest';
import { dataset, M1, M13, metric, people, revenue, score, usage } from './helpers';

describe('Business Applications net customer adds (RULES.md §3.3, AMB-17/54)', () => {
  it('counts tenant × workload pairs strictly over $250 (SMB) / $1,500 (Enterprise), 3 points each', () => {
    const data = dataset({
      bizappsRevenue: [
        revenue('a', M1, 'Business Central', 250), // not over 250 (AMB-17)
        revenue('b', M1, 'Business Central', 250.01), // SMB +1
        revenue('b', M1, 'Power Apps', 1500), // SMB +1; Enterprise: not over 1,500
        revenue('c', M1, 'Sales', 1500.01), // SMB +1, Enterprise +1
        revenue('d', M1, 'Sales', 9000, 'CPOR'), // plain CPOR does not attribute revenue (AMB-54)
        revenue('e', M1, 'Basket Weaving', 9000), // not an eligible workload
        revenue('f', M1, 'Finance', 800),
        revenue('f', M13, 'Finance', 800), // over in both months → 0
      ],
    });
    expect(metric(data, 'business-applications', 'smb', 'net-customer-adds').value).toBe(3);
    expect(metric(data, 'business-applications', 'smb', 'net-customer-adds').points).toBe(9);
    expect(metric(data, 'business-applications', 'enterprise', 'net-customer-adds').points).toBe(3);
  });
  it('caps at 5 pairs = 15 and scores a net loss as 0', () => {
    const six = dataset({ bizappsRevenue: ['Sales', 'Finance', 'HR', 'Marketing', 'Power BI', 'Power Apps'].map((w) => revenue('t', M1, w, 300)) });
    expect(metric(six, 'business-applications', 'smb', 'net-customer-adds').points).toBe(15);
    const loss = dataset({ bizappsRevenue: [revenue('t', M13, 'Sales', 300)] });
    expect(metric(loss, 'business-applications', 'smb', 'net-customer-adds').points).toBe(0);
  });
});

describe('Business Applications MCV, deployments and usage growth (RULES.md §3.5–§3.7)', () => {
  it('rate card example: 10 Business Central MAU × 1000 + 50,000 Customer Insights profiles × 0.2 = 20,000 MCV', () => {
    const data = dataset({
      bizappsUsage: [usage('t', M1, 'Business Central', 10, 'CSP'), usage('t', M1, 'Customer Insights', 50_000, 'PAL')],
    });
    // Each pair is exactly 10,000 MCV → both are Enterprise deployments (>= 10,000) → 2 × 4 = 8 points.
    const deployments = metric(data, 'business-applications', 'enterprise', 'deployments');
    expect(deployments.value).toBe(2);
    expect(deployments.points).toBe(8);
    // One profile fewer: 49,999 × 0.2 = 9,999.8 < 10,000 → only Business Central counts.
    const below = dataset({ bizappsUsage: [usage('t', M1, 'Business Central', 10), usage('t', M1, 'Customer Insights', 49_999, 'PAL')] });
    expect(metric(below, 'business-applications', 'enterprise', 'deployments').value).toBe(1);
  });
  it('Sales + Customer Service usage is one Customer Engagement workload at rate 200 (AMB-18, AMB-55)', () => {
    const data = dataset({ bizappsUsage: [usage('t', M1, 'Sales', 30), usage('t', M1, 'Customer Service', 20)] });
    // (30 + 20) × 200 = 10,000 → one deployment, not two
    expect(metric(data, 'business-applications', 'enterprise', 'deployments').value).toBe(1);
  });
  it('Power Platform usage counts through PAL only (AMB-54)', () => {
    const data = dataset({ bizappsUsage: [usage('t', M1, 'Power BI', 100, 'CSP')] });
    expect(metric(data, 'business-applications', 'smb', 'deployments').value).toBe(0);
  });
  it('usage growth: baseline exactly 50,000 qualifies on Enterprise; 30 % growth → 30 points', () => {
    // 50 BC MAU × 1000 = 50,000 in M-13; 65 × 1000 = 65,000 in M-1 → 30 % → 30
    const data = dataset({ bizappsUsage: [usage('t', M13, 'Business Central', 50), usage('t', M1, 'Business Central', 65)] });
    expect(metric(data, 'business-applications', 'enterprise', 'usage-growth').points).toBe(30);
    // 49 MAU → 49,000 < 50,000 → 0 on Enterprise; SMB needs 25,000 → 49 → 65 is 32.65 % → 30 (cap)
    const small = dataset({ bizappsUsage: [usage('t', M13, 'Business Central', 49), usage('t', M1, 'Business Central', 65)] });
    expect(metric(small, 'business-applications', 'enterprise', 'usage-growth').points).toBe(0);
    expect(metric(small, 'business-applications', 'smb', 'usage-growth').points).toBe(30);
    // 25 → 27 MAU: 25,000 → 27,000 = 8 % → 8 on SMB
    const smb = dataset({ bizappsUsage: [usage('t', M13, 'Business Central', 25), usage('t', M1, 'Business Central', 27)] });
    expect(metric(smb, 'business-applications', 'smb', 'usage-growth').points).toBe(8);
  });
});

describe('Business Applications skilling (RULES.md §3.4, AMB-16)', () => {
  it('Enterprise advanced: 15/7 per person, exact; 7 people = 15', () => {
    const one = dataset({ certifications: people('a', 'PL-600', 1) });
    const m = metric(one, 'business-applications', 'enterprise', 'advanced-certifications');
    expect(m.pointsExact).toBe('15/7');
    expect(m.points).toBe(2.14);
    const seven = dataset({ certifications: people('a', 'PL-600', 7) });
    expect(metric(seven, 'business-applications', 'enterprise', 'advanced-certifications').pointsExact).toBe('15');
  });
  it('intermediate: 1 point per person on Enterprise, 4 on SMB; App Maker stopped counting on 2023-11-01', () => {
    const data = dataset({ certifications: [...people('fc', 'MB-210', 3), ...people('maker', 'PL-100', 2)], partner: { month: M1 } });
    expect(metric(data, 'business-applications', 'enterprise', 'intermediate-certifications').points).toBe(3);
    expect(metric(data, 'business-applications', 'smb', 'intermediate-certifications').points).toBe(12);
    const before = score({ ...data, partner: { month: '2023-10' } }, '2023-10');
    expect(metric(before, 'business-applications', 'smb', 'intermediate-certifications').points).toBe(20); // 5 × 4
  });
});

describe('Business Applications classification (RULES.md §3.1, AMB-15)', () => {
  const pairs = (n: number) => dataset({ bizappsRevenue: Array.from({ length: n }, (_, i) => [revenue(`t${i}`, M1, 'Sales', 5000.01), revenue(`t${i}`, M13, 'Sales', 5000.01)]).flat() });
  it('5 pairs over $5,000 in both M-1 and M-13 → Enterprise; 4 → SMB; exactly $5,000 does not count', () => {
    const of = (d: ReturnType<typeof dataset>) => score(d).designations.find((x) => x.id === 'business-applications')!.path;
    expect(of(pairs(5))).toBe('enterprise');
    expect(of(pairs(4))).toBe('smb');
    expect(of(dataset({ bizappsRevenue: Array.from({ length: 5 }, (_, i) => [revenue(`t${i}`, M1, 'Sales', 5000), revenue(`t${i}`, M13, 'Sales', 5000)]).flat() }))).toBe('smb');
  });
});
