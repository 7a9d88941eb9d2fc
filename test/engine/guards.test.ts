/**
 * Rules that a single change could once break with every test green (issue: mutation survivors): the Modern
 * Work tie, the Azure SMB-share override at exactly 80 %, the qualification window's change days, the risk
 * view's thresholds, and the certification check day in the measure cache key.
 */
import { MEASURE_READS } from '../../src/engine/measures';
import { applyRows } from '../../src/engine/prepare';
import { describe, expect, it } from 'vitest';
import { getEdition, monthIndex, prepare, qualificationWindow, scoreAllDesignations } from '../../src/engine';
import { nearThresholds } from '../../src/engine/risk';
import { azure, cert, dataset, m365, M1, M13, people, score, usage } from './helpers';

describe('Modern Work: equal totals on both paths count Enterprise (AMB-23)', () => {
  it('both paths qualify with 100: the path is Enterprise', () => {
    const ent = Array.from({ length: 5 }, (_, i) => m365(`e${i}`, M1, 'Teams', 'CPOR', 400, 200)); // 5 new > 300 seats, 50 % active
    const smb = Array.from({ length: 10 }, (_, i) => m365(`s${i}`, M1, 'Teams', 'CPOR', 100, 50)); // 10 new 11–300 seats, 50 % active
    const data = dataset({ m365: [...ent, ...smb], certifications: [...people('i', 'MS-700', 4), ...people('a', 'MS-102', 2)] });
    const mw = score(data).designations.find((d) => d.id === 'modern-work')!;
    // Enterprise: NCA 5 × 4 = 20; int 4 × 2.5 = 10; adv 2 × 7.5 = 15; growth 5 × 200 = 1,000 → 30; deployments 5 × 5 = 25 → 100.
    // SMB: NCA 10 × 2 = 20; int min(4, 2) × 5 = 10; adv 15; growth 10 × 50 = 500 → 30; deployments min(10, 5) × 5 = 25 → 100.
    expect(mw.paths.map((p) => [p.path, p.score, p.qualified])).toEqual([
      ['enterprise', 100, true],
      ['smb', 100, true],
    ]);
    expect(mw.path).toBe('enterprise');
  });
});

describe("Azure path: the partner file's SMB share at the boundary (2024 §2.1, AMB-51)", () => {
  it('exactly 80 % is SMB, 79.99 % is Enterprise', () => {
    const pathWith = (share: number) => score(dataset({ azure: [azure('a', M1, 10)], partner: { smbCustomerShare: share } })).designations[0]!.path;
    expect(pathWith(0.8)).toBe('smb');
    expect(pathWith(0.7999)).toBe('enterprise');
  });
});

describe('qualification window: the days a certification stops counting (AMB-38, GAPS G-05)', () => {
  /**
   * DAI Enterprise: NCA 3 × 10 = 30; intermediate 5 × 4 = 20; growth (106,000 − 100,000) / 100,000 = 6 % → 6;
   * deployments 5 services → 10; advanced 0 → 66, and 70 while the one AZ-400 holder is valid.
   */
  function nearMiss(expiresOn: string) {
    return dataset({
      azure: [
        ...['n1', 'n2', 'n3'].map((t) => azure(t, M1, 1000, 'Virtual Machines')),
        azure('base', M13, 100_000),
        azure('base', M1, 103_000),
        ...['A', 'B', 'C', 'D'].map((s) => azure('base', M1, 0.01, s)),
      ],
      certifications: [cert('a1', 'AZ-104'), cert('a2', 'AZ-104'), ...people('dev', 'AZ-204', 5), cert('s1', 'AZ-305'), cert('s2', 'AZ-305'), cert('late', 'AZ-400', '2023-01-01', expiresOn)],
    });
  }
  const june = (expiresOn: string) =>
    score(nearMiss(expiresOn))
      .window.find((w) => w.id === 'digital-app-innovation')!
      .months.at(-1)!;

  it('a certification expiring on the first day of the scoring month still qualifies that day', () => {
    // 30 + 20 + 4 + 6 + 10 = 70 on 2024-06-01 (the person still holds AZ-400); 66 on 2024-06-30.
    expect(june('2024-06-01')).toMatchObject({ month: '2024-06', score: 66, qualified: true, qualifiedOn: '2024-06-01' });
    expect(june('2024-05-31').qualified).toBe(false);
  });

  it('the window reuses no month-end result for a change day (the check day is part of the measure cache key)', () => {
    const edition = getEdition('2024');
    const prepared = prepare(nearMiss('2024-06-15'), edition);
    const m = monthIndex(M1);
    // As the worker does: score the month first (month-end check day, numbers only), then the window.
    const current = scoreAllDesignations(prepared, m, { explain: false });
    expect(current.find((d) => d.id === 'digital-app-innovation')!.qualified).toBe(false);
    const window = qualificationWindow(prepared, m, current).find((w) => w.id === 'digital-app-innovation')!;
    expect(window.months.at(-1)).toMatchObject({ qualified: true, qualifiedOn: '2024-06-15' });
  });

  it('the cache key comes from the measure declarations: without "day" for certified people the window goes wrong', () => {
    const declared = MEASURE_READS.certifiedPeople;
    MEASURE_READS.certifiedPeople = { ...declared, day: false };
    try {
      const prepared = prepare(nearMiss('2024-06-15'), getEdition('2024'));
      const m = monthIndex(M1);
      const current = scoreAllDesignations(prepared, m, { explain: false });
      // The month-end result (AZ-400 expired on 2024-06-15 → 66) is reused for 2024-06-15, where it was 70.
      const window = qualificationWindow(prepared, m, current).find((w) => w.id === 'digital-app-innovation')!;
      expect(window.months.at(-1)!.qualified).toBe(false);
    } finally {
      MEASURE_READS.certifiedPeople = declared;
    }
  });

  it('a new customer re-runs only the measures of the data it adds to (Azure), not people, Microsoft 365 or Business Applications', () => {
    const prepared = prepare(nearMiss('2024-12-31'), getEdition('2024'));
    const before = { people: prepared.people, m365: prepared.m365, bizapps: prepared.bizapps, azure: prepared.azure };
    const after = applyRows(prepared, { azure: [azure('brand-new', M1, 1500)] });
    // The parts the declarations name keep their identity where nothing was added: their cached results are reused.
    expect(after.people).toBe(before.people);
    expect(after.m365).toBe(before.m365);
    expect(after.bizapps).toBe(before.bizapps);
    expect(after.azure).not.toBe(before.azure);
    expect(after.tenants).not.toBe(prepared.tenants); // names change, which only explanation lines read
  });
});

describe("risk view: customers near a line, from the edition's thresholds", () => {
  const near = (data: ReturnType<typeof dataset>, edition = getEdition('2026')) => nearThresholds(prepare(data, edition), monthIndex(M1)).map((n) => `${n.subject} ${n.metric}`);

  it('the Modern Work Enterprise band edge: 301–330 seats are near, 300 and 331 are not', () => {
    const data = dataset({ m365: [300, 301, 330, 331].map((seats) => m365(`t${seats}`, M1, 'Teams', 'CPOR', seats, 0)) });
    expect(near(data)).toEqual(['t301 Net customer adds', 't330 Net customer adds']);
  });

  it('the 40 % deployment share (40–43.9 % near) and the $1,000 Azure threshold ($1,000–$1,099.99 near)', () => {
    const data = dataset({
      m365: [m365('p40', M1, 'Teams', 'CPOR', 100, 40), m365('p44', M1, 'Teams', 'CPOR', 100, 44), m365('p39', M1, 'Teams', 'CPOR', 100, 39)],
      azure: [azure('a1000', M1, 1000), azure('a1100', M1, 1100), azure('a999', M1, 999.99)],
    });
    expect(near(data).sort()).toEqual(['a1000 Net customer adds (Azure)', 'p40 Deployments']);
  });

  it('Business Applications deployment MCV: 5,000 and 10,000 lines', () => {
    const data = dataset({ bizappsUsage: [usage('b1', M1, 'Business Central', 5), usage('b2', M1, 'Business Central', 6), usage('b3', M1, 'Business Central', 10)] });
    expect(near(data)).toEqual(['b1 · Business Central Deployments', 'b3 · Business Central Deployments']);
  });

  it('moves with the rule data: an Enterprise band of 400 seats makes 401 near, not 301', () => {
    const base = getEdition('2026');
    const edited = { ...base, modernWork: { ...base.modernWork, tracks: { ...base.modernWork.tracks, enterprise: { ...base.modernWork.tracks.enterprise, paidSeatsOver: 400 } } } };
    const data = dataset({ m365: [m365('t301', M1, 'Teams', 'CPOR', 301, 0), m365('t401', M1, 'Teams', 'CPOR', 401, 0)] });
    expect(near(data, edited)).toEqual(['t401 Net customer adds']);
  });
});

describe('Azure SMB share of a scenario: counted from its base, with the tenants it changed counted again', () => {
  // Edition 2026 §2.1 / AMB26-08: SMB when at least 80 % of the customers with Azure ACR in the month are SMB or SMC.
  const edition = getEdition('2026');
  const tenants = Array.from({ length: 10 }, (_, i) => `t${i}`);
  const base = dataset({
    azure: tenants.map((t) => azure(t, M1, 100)),
    // 7 of 10 SMB → 70 % → Enterprise.
    customers: tenants.map((t, i) => ({ tenantId: t, segment: i < 7 ? 'SMB' : 'Enterprise' })),
  });
  const pathOf = (p: ReturnType<typeof prepare>) => scoreAllDesignations(p, monthIndex(M1), { explain: false }).find((d) => d.id === 'infrastructure')!.path;

  it("a customer's segment changed to SMB moves the share to 8 of 10 = 80 %: SMB, as preparing the merged data says", () => {
    const prepared = prepare(base, edition);
    expect(pathOf(prepared)).toBe('enterprise');
    const changed = applyRows(prepared, { customers: [{ tenantId: 't7', segment: 'SMC' }] });
    expect(pathOf(changed)).toBe('smb');
    expect(pathOf(prepare({ ...base, customers: [...base.customers, { tenantId: 't7', segment: 'SMC' }] }, edition))).toBe('smb');
    expect(pathOf(prepared)).toBe('enterprise');
  });

  it('a new SMB customer with Azure ACR makes it 8 of 11 = 72.7 %: still Enterprise; two more make 10 of 13 = 76.9 %', () => {
    const withSmbCustomers = (p: ReturnType<typeof prepare>, ids: string[]) =>
      applyRows(p, { azure: ids.map((id) => azure(id, M1, 50)), customers: ids.map((id) => ({ tenantId: id, segment: 'SMB' })) });
    const one = withSmbCustomers(prepare(base, edition), ['n1']);
    expect(pathOf(one)).toBe('enterprise');
    // Built on the scenario: its count starts from the scenario's, not the loaded data's.
    const three = withSmbCustomers(one, ['n2', 'n3']);
    expect(pathOf(three)).toBe('enterprise');
    // Two more SMB customers on top: 12 of 15 = 80 % → SMB.
    expect(pathOf(withSmbCustomers(three, ['n4', 'n5']))).toBe('smb');
  });

  it('Azure ACR for a tenant the base did not count (new, with no customer row) makes 8 of 10 SMB into 8 of 11 = 72.7 %: Enterprise', () => {
    const smbBase = { ...base, customers: tenants.map((t, i) => ({ tenantId: t, segment: i < 8 ? 'SMB' : 'Enterprise' })) };
    const prepared = prepare(smbBase, edition);
    expect(pathOf(prepared)).toBe('smb');
    const added = applyRows(prepared, { azure: [azure('x', M1, 75)] });
    expect(pathOf(added)).toBe('enterprise');
    expect(pathOf(prepare({ ...smbBase, azure: [...smbBase.azure, azure('x', M1, 75)] }, edition))).toBe('enterprise');
  });
});
