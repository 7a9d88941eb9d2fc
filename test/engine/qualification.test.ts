import { describe, expect, it } from 'vitest';
import { azure, cert, dataset, M1, M13, path, people, score } from './helpers';

/** Digital & App Innovation, Enterprise path, built to a chosen total. */
function dai(opts: { growthPercent: number; advancedPeople: number; licensesOnly?: boolean }) {
  const service = opts.licensesOnly ? 'Virtual Machines Licenses' : 'Virtual Machines';
  const services = opts.licensesOnly ? [] : ['A', 'B', 'C', 'D'].map((s) => azure('base', M1, 0.01, s));
  return dataset({
    azure: [
      // net customer adds: 3 new tenants at $1,000 → 30
      ...['n1', 'n2', 'n3'].map((t) => azure(t, M1, 1000, service)),
      // usage growth: base 100,000 in M-13 → chosen growth (the 3,000 from new tenants included)
      azure('base', M13, 100_000, service),
      azure('base', M1, 100_000 + opts.growthPercent * 1000 - 3000, service),
      ...services, // Virtual Machines + 4 more services new in the TTM → 5 deployments → 10 (when not licenses only)
    ],
    certifications: [
      cert('a1', 'AZ-104'),
      cert('a2', 'AZ-104'),
      ...people('dev', 'AZ-204', 5), // intermediate 20
      cert('s1', 'AZ-305'),
      cert('s2', 'AZ-305'),
      ...people('ops', 'AZ-400', opts.advancedPeople), // advanced 4 per person
    ],
  });
}

describe('qualification (RULES.md §1.1, AMB-02)', () => {
  it('exactly 70 qualifies: 30 + 20 + 4 + 6 + 10', () => {
    const p = path(dai({ growthPercent: 6, advancedPeople: 1 }), 'digital-app-innovation', 'enterprise');
    expect(p.metrics.map((m) => m.points)).toEqual([30, 20, 4, 6, 10]);
    expect(p.score).toBe(70);
    expect(p.qualified).toBe(true);
  });
  it('69 does not: 30 + 20 + 4 + 5 + 10', () => {
    const p = path(dai({ growthPercent: 5, advancedPeople: 1 }), 'digital-app-innovation', 'enterprise');
    expect(p.score).toBe(69);
    expect(p.qualified).toBe(false);
    expect(p.blockers).toEqual(['69 points, below 70']);
  });
  it('a metric at 0 blocks qualification even at 90: 30 + 20 + 20 + 20 + 0', () => {
    // All ACR on Virtual Machines Licenses: it counts for customers and growth, not deployments (AMB-47).
    const p = path(dai({ growthPercent: 20, advancedPeople: 5, licensesOnly: true }), 'digital-app-innovation', 'enterprise');
    expect(p.metrics.map((m) => m.points)).toEqual([30, 20, 20, 20, 0]);
    expect(p.score).toBe(90);
    expect(p.qualified).toBe(false);
    expect(p.blockers).toEqual(['Deployments: 0 points, needs at least 1']);
  });
  it('fractions are summed exactly: 7 × 15/7 is 15, not 14.98 (AMB-01)', () => {
    const data = dataset({ certifications: people('arch', 'PL-600', 7) });
    const p = path(data, 'business-applications', 'enterprise');
    expect(p.metrics.find((m) => m.id === 'advanced-certifications')!.pointsExact).toBe('15');
  });
});

describe('qualification window, Microsoft Cloud and specializations (§6, §7.3, AMB-38/66)', () => {
  it('reports the six months up to the scoring month; a month counts if any day of it qualified (AMB-38)', () => {
    // The one advanced certification expires on 2024-06-15: qualified on that day, not on 2024-06-30.
    const data = dai({ growthPercent: 6, advancedPeople: 0 });
    data.certifications.push(cert('late', 'AZ-400', '2023-01-01', '2024-06-15'));
    const report = score(data);
    const window = report.window.find((w) => w.id === 'digital-app-innovation')!;
    expect(window.months.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']);
    // AMB-66: `qualified` is the scoring month's (last-day) result …
    expect(report.designations.find((d) => d.id === 'digital-app-innovation')!.qualified).toBe(false);
    // … while the window says yes, on 2024-06-15.
    expect(window.months[5]).toMatchObject({ month: '2024-06', score: 66, qualified: true, qualifiedOn: '2024-06-15' });
    expect(window.months.slice(0, 5).every((m) => !m.qualified)).toBe(true);
    expect(window.qualifiedInWindow).toBe(true);
    expect(window.lastQualifiedMonth).toBe('2024-06');
  });
  it('specializations open when any one required designation qualifies; Microsoft Cloud needs all six', () => {
    const report = score(dai({ growthPercent: 6, advancedPeople: 1 }));
    const devops = report.specializations.find((s) => s.id === 'devops-github')!;
    expect(devops.openedBy).toEqual(['digital-app-innovation']);
    expect(report.specializations.find((s) => s.id === 'analytics-azure')!.openedBy).toEqual([]);
    expect(report.microsoftCloud.qualified).toBe(false);
    expect(report.microsoftCloud.missing).toHaveLength(5);
  });
});

describe('statuses (RULES.md §7.1, §7.3)', () => {
  const status = (enrolled: string | undefined, qualifiedData: boolean) => {
    const data = dai({ growthPercent: qualifiedData ? 6 : 5, advancedPeople: 1 });
    data.partner = enrolled ? { enrolled: { 'digital-app-innovation': enrolled } } : {};
    return score(data).designations.find((d) => d.id === 'digital-app-innovation')!;
  };
  it('Qualified or In progress without an enrolment', () => {
    expect(status(undefined, true).status).toBe('qualified');
    expect(status(undefined, false).status).toBe('in-progress');
  });
  it('Enrolled whatever the score until the renewal window; Renewal due from renewal month − 5', () => {
    // Scoring month 2024-06. Anniversary 2023-12-15 → next 2024-12-15; window opens 2024-07-01: not yet due.
    expect(status('2023-12-15', false)).toMatchObject({ status: 'enrolled', statusReason: 'enrolled until the anniversary on 2024-12-15, whatever the score' });
    // Anniversary 2023-11-15 → next 2024-11-15; window 2024-06-01 to 2024-11-30 contains 2024-06: due.
    expect(status('2023-11-15', true)).toMatchObject({ status: 'enrolled-renewal-due' });
    expect(status('2023-11-15', true).statusReason).toBe('enrolled; renewal due: anniversary 2024-11-15, renewal window 2024-06-01 to the end of 2024-11 (qualifies now)');
    // Anniversary in the scoring month itself: due.
    expect(status('2022-06-30', false).status).toBe('enrolled-renewal-due');
  });
});
