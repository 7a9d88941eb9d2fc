/**
 * The report around the scores (report.ts): the scoring month it picks, its notes, Microsoft Cloud (§6), the
 * specializations a qualified designation opens (§6.1) and the six-month qualification window (§7.3). Edition
 * 2024, scoring month 2024-06 unless said.
 */
import { describe, expect, it } from 'vitest';
import { getEdition, NothingToScoreError, prepare, scoreDataset, scorePrepared } from '../../src/engine';
import { azure, cert, dataset, m365, M1, people } from './helpers';

/** Modern Work at 100 on both paths (test/engine/guards.test.ts works it out), every other designation at 0. */
const modernWorkOnly = () =>
  dataset({
    m365: [...Array.from({ length: 5 }, (_, i) => m365(`e${i}`, M1, 'Teams', 'CPOR', 400, 200)), ...Array.from({ length: 10 }, (_, i) => m365(`s${i}`, M1, 'Teams', 'CPOR', 100, 50))],
    certifications: [...people('i', 'MS-700', 4), ...people('a', 'MS-102', 2)],
  });

describe('scoring month and notes', () => {
  it('the partner file’s month, else the last month of usage or revenue; a bad month or nothing to score is an error', () => {
    expect(scoreDataset(dataset({ azure: [azure('a', '2024-01', 1), azure('a', '2024-03', 1)] }), { edition: '2024' }).month).toBe('2024-03');
    expect(scoreDataset(dataset({ azure: [azure('a', '2024-03', 1)], partner: { month: '2024-02' } }), { edition: '2024' }).month).toBe('2024-02');
    expect(() => scoreDataset(dataset({ certifications: [cert('p', 'AZ-104')] }), { edition: '2024' })).toThrow(NothingToScoreError);
    expect(() => scoreDataset(dataset({ azure: [azure('a', M1, 1)] }), { edition: '2024', month: '2024-6' })).toThrow("not a month (YYYY-MM): '2024-6'");
  });

  it('says what the data cover, whether last year is missing (data after M-14), and the certification day', () => {
    const late = scoreDataset(dataset({ azure: [azure('a', '2023-06', 1), azure('a', M1, 1)] }), { edition: '2024', month: M1, window: false });
    // 2024-06 − 13 = 2023-05: data from 2023-06 start after it
    expect(late.notes).toEqual([
      'usage and revenue data cover 2023-06 to 2024-06',
      'the data start after 2023-05: comparisons with last year treat missing months as zero',
      'certifications are checked on 2024-06-30',
    ]);
    const full = scoreDataset(dataset({ azure: [azure('a', '2023-05', 1), azure('a', M1, 1)] }), { edition: '2024', month: M1, window: false });
    expect(full.notes).toEqual(['usage and revenue data cover 2023-05 to 2024-06', 'certifications are checked on 2024-06-30']);
    const noUsage = scoreDataset(dataset({ certifications: [cert('p', 'AZ-104')] }), { edition: '2024', month: '2024-02', window: false });
    expect(noUsage.notes).toEqual(['certifications are checked on 2024-02-29']); // a leap year
  });
});

describe('Microsoft Cloud and specializations', () => {
  it('one qualified designation: Microsoft Cloud misses the other five; the Modern Work specializations open', () => {
    const report = scoreDataset(modernWorkOnly(), { edition: '2024', month: M1, window: false });
    expect(report.designations.filter((d) => d.qualified).map((d) => d.id)).toEqual(['modern-work']);
    expect(report.microsoftCloud).toEqual({ qualified: false, missing: ['data-ai', 'digital-app-innovation', 'infrastructure', 'business-applications', 'security'] });
    const teams = report.specializations.find((s) => s.id === 'calling-teams')!;
    expect(teams).toMatchObject({ name: 'Calling for Microsoft Teams', solutionArea: 'Modern Work', requiresAnyOf: ['modern-work'], openedBy: ['modern-work'] });
    expect(report.specializations.filter((s) => s.openedBy.length > 0).every((s) => s.requiresAnyOf.includes('modern-work'))).toBe(true);
    expect(report.specializations.filter((s) => !s.requiresAnyOf.includes('modern-work')).every((s) => s.openedBy.length === 0)).toBe(true);
  });
});

describe('the qualification window (§7.3): the scoring month and the five before it', () => {
  it('months, scores and qualification per month; the last qualified month; no window when asked', () => {
    const prepared = prepare(modernWorkOnly(), getEdition('2024'));
    const report = scorePrepared(prepared, M1);
    const mw = report.window.find((w) => w.id === 'modern-work')!;
    expect(mw.months.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']);
    // The seats exist in 2024-06 only: 0 net adds, growth and deployments before it → not qualified
    expect(mw.months.map((m) => m.qualified)).toEqual([false, false, false, false, false, true]);
    expect(mw.months.at(-1)).toMatchObject({ score: 100, path: 'enterprise', qualified: true });
    expect(mw).toMatchObject({ qualifiedInWindow: true, lastQualifiedMonth: '2024-06' });
    expect(report.window.find((w) => w.id === 'security')).toMatchObject({ qualifiedInWindow: false, lastQualifiedMonth: null });
    expect(scorePrepared(prepared, M1, { window: false }).window).toEqual([]);
  });

  it('a month counts if the designation qualified on some day of it: the day a certification lapses (AMB-38)', () => {
    // The only advanced holder's certification expires 2024-06-15: advanced certifications are 15 on that day
    // (SMB: 1 person = 15), 0 on 2024-06-30 → below 1 point at month end, qualified on 2024-06-15.
    const data = modernWorkOnly();
    data.certifications = [...people('i', 'MS-700', 4), cert('a-2', 'MS-102', '2023-01-01', '2024-06-15')];
    const report = scoreDataset(data, { edition: '2024', month: M1 });
    expect(report.designations.find((d) => d.id === 'modern-work')!.qualified).toBe(false);
    const june = report.window.find((w) => w.id === 'modern-work')!.months.at(-1)!;
    expect(june).toMatchObject({ month: '2024-06', qualified: true, qualifiedOn: '2024-06-15' });
    // With the holder valid all month, no day is needed
    data.certifications = [...people('i', 'MS-700', 4), cert('a-2', 'MS-102')];
    expect(
      scoreDataset(data, { edition: '2024', month: M1 })
        .window.find((w) => w.id === 'modern-work')!
        .months.at(-1)!.qualifiedOn,
    ).toBeUndefined();
  });

  it('of several lapse days, the first on which it qualified is named; a month qualified at its end names none', () => {
    // Two advanced holders, listed late first: b expires 2024-06-20, a 2024-06-10. On 2024-06-10 both count.
    const data = modernWorkOnly();
    data.certifications = [...people('i', 'MS-700', 4), cert('b', 'MS-102', '2023-01-01', '2024-06-20'), cert('a', 'MS-102', '2023-01-01', '2024-06-10')];
    const june = scoreDataset(data, { edition: '2024', month: M1 })
      .window.find((w) => w.id === 'modern-work')!
      .months.at(-1)!;
    expect(june).toMatchObject({ qualified: true, qualifiedOn: '2024-06-10' });
    // A third holder valid all month: qualified on 2024-06-30, so no day is named even though days lapse
    data.certifications.push(cert('c', 'MS-102'));
    const still = scoreDataset(data, { edition: '2024', month: M1 })
      .window.find((w) => w.id === 'modern-work')!
      .months.at(-1)!;
    expect(still.qualified).toBe(true);
    expect(still.qualifiedOn).toBeUndefined();
  });
});
