/**
 * Business Applications, edition 2024, scored 2024-06 (M-1; M-13 = 2023-06): net adds with a loss, and the
 * explanation lines of net adds and usage growth (RULES.md §3.3, §3.7), every figure worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { dataset, M1, M13, metric, revenue, usage } from './helpers';

describe('net customer adds (§3.3): pairs over $250 (SMB) in M-1 minus pairs over it in M-13', () => {
  const data = dataset({
    customers: [{ tenantId: 'a', customerName: 'Alder' }],
    bizappsRevenue: [
      revenue('a', M1, 'Sales', 300), // new: $0 → $300
      revenue('b', M1, 'Finance', 260), // new: $0 → $260
      revenue('c', M13, 'Sales', 300), // lost: $300 → $100
      revenue('c', M1, 'Sales', 100),
      revenue('d', M13, 'Sales', 800), // over in both: no change
      revenue('d', M1, 'Sales', 800),
      revenue('e', M13, 'Sales', 100), // below in both: no change
      revenue('e', M1, 'Sales', 200),
    ],
  });
  // Scored inside each test (a function, not a value) so mutation testing can tell which tests run the code.
  const nca = () => metric(data, 'business-applications', 'smb', 'net-customer-adds');

  it('2 new − 1 lost = 1 net → 3 points (3 per pair on SMB)', () => {
    expect(nca().value).toBe(1);
    expect(nca().points).toBe(3);
    expect(nca().components[0]!.summary).toBe('2 new customer workloads minus 1 lost customer workload = 1 net');
  });

  it('one line per pair that had revenue: new and lost count (+1 / −1), the others say why not', () => {
    const line = (subject: string) => nca().items.find((i) => i.subject === subject)!;
    expect(line('a · Sales')).toMatchObject({ name: 'Alder · Sales', counted: true, effect: 1, reason: 'new: $300 in 2024-06 (more than $250); $0 in 2023-06' });
    expect(line('a · Sales').values).toEqual({ workload: 'Sales', '2023-06': 0, '2024-06': 300 });
    expect(line('c · Sales')).toMatchObject({ counted: true, effect: -1, reason: 'lost: $300 in 2023-06 but $100 in 2024-06 (needs more than $250)' });
    expect(line('c · Sales').values).toEqual({ workload: 'Sales', '2023-06': 300, '2024-06': 100 });
    expect(line('d · Sales')).toMatchObject({ counted: false, reason: 'already over the threshold in 2023-06 ($800): no change' });
    expect(line('d · Sales').effect).toBeUndefined();
    expect(line('e · Sales')).toMatchObject({ counted: false, reason: 'below the threshold in both months ($100 → $200; needs more than $250)' });
    expect(line('b · Finance').name).toBeUndefined(); // no customer name in the data
    expect(nca().items).toHaveLength(5);
  });

  it('a pair with no revenue in either month gets no line', () => {
    const zero = dataset({ bizappsRevenue: [revenue('z', M1, 'Sales', 0), revenue('z', M13, 'Sales', 0)] });
    expect(metric(zero, 'business-applications', 'smb', 'net-customer-adds').items).toEqual([]);
  });
});

describe('usage growth (§3.7): whole percent of total MCV growth, from a minimum baseline', () => {
  // Business Central MCV = 1,000 per monthly active user (rate card).
  // t: 30 → 31 users = 30,000 → 31,000 MCV; u: 5 → 2 users = 5,000 → 2,000. Total 35,000 → 33,000.
  const data = dataset({
    bizappsUsage: [usage('t', M13, 'Business Central', 30), usage('t', M1, 'Business Central', 31), usage('u', M13, 'Business Central', 5), usage('u', M1, 'Business Central', 2)],
  });
  const growth = () => metric(data, 'business-applications', 'smb', 'usage-growth');

  it('35,000 → 33,000 = −5.71 % (−2,000 × 100 / 35,000, shown to 2 places): 0 points', () => {
    expect(growth().value).toBe(-5.71);
    expect(growth().points).toBe(0);
    expect(growth().components[0]!.summary).toBe('MCV 35,000 in 2023-06 → 33,000 in 2024-06: -5.71 % growth');
  });

  it('lines per pair, largest change first, with the MCV of both months', () => {
    expect(growth().items.map((i) => [i.subject, i.effect])).toEqual([
      ['u · Business Central', -3000], // |−3,000| > |+1,000|
      ['t · Business Central', 1000],
    ]);
    expect(growth().items[0]).toMatchObject({ counted: true, reason: 'MCV 5,000 in 2023-06 → 2,000 in 2024-06', values: { workload: 'Business Central', '2023-06': 5000, '2024-06': 2000 } });
  });

  it('31 → 33 users alone: 31,000 → 33,000 = 6.45 % → 6 points (whole percent, rounded down)', () => {
    const up = dataset({ bizappsUsage: [usage('t', M13, 'Business Central', 31), usage('t', M1, 'Business Central', 33)] });
    const m = metric(up, 'business-applications', 'smb', 'usage-growth');
    expect(m.value).toBe(6.45); // 2,000 × 100 / 31,000 = 6.4516…
    expect(m.points).toBe(6);
  });

  it('a pair with usage in neither month has no line; one with usage a year ago only has one', () => {
    const data2 = dataset({
      bizappsUsage: [usage('t', M13, 'Business Central', 30), usage('t', M1, 'Business Central', 31), usage('old', M13, 'Business Central', 4), usage('mid', '2024-01', 'Business Central', 9)],
    });
    const m = metric(data2, 'business-applications', 'smb', 'usage-growth');
    expect(m.items.map((i) => i.subject)).toEqual(['old · Business Central', 't · Business Central']); // −4,000 then +1,000
    expect(m.items[0]).toMatchObject({ effect: -4000, reason: 'MCV 4,000 in 2023-06 → 0 in 2024-06' });
  });
});

describe('net adds: a pair below the line that had revenue only a year ago still gets a line', () => {
  it('$100 in 2023-06 and nothing in 2024-06: below the threshold in both months', () => {
    const m = metric(dataset({ bizappsRevenue: [revenue('f', M13, 'Sales', 100)] }), 'business-applications', 'smb', 'net-customer-adds');
    expect(m.items).toHaveLength(1);
    expect(m.items[0]).toMatchObject({ counted: false, reason: 'below the threshold in both months ($100 → $0; needs more than $250)' });
  });
});
