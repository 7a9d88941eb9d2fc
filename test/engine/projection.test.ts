/** Reading a projection (engine/projection.ts): the first month below the line, and the window fall-out (§7.3). */
import { describe, expect, it } from 'vitest';
import { readProjection, type MonthScores } from '../../src/engine/projection';

const months = (rows: [string, number, boolean][]): MonthScores[] => rows.map(([month, score, qualified]) => ({ month, scores: { 'business-applications': { score, qualified } } }));

describe('readProjection', () => {
  // Window 2026-05..2026-10 qualifies throughout; the projection drops below 70 from 2027-01 and stays there.
  const projected = months([
    ['2026-05', 88, true],
    ['2026-06', 88, true],
    ['2026-07', 88, true],
    ['2026-08', 88, true],
    ['2026-09', 88, true],
    ['2026-10', 88, true],
    ['2026-11', 88, true],
    ['2026-12', 75, true],
    ['2027-01', 54, false],
    ['2027-02', 54, false],
    ['2027-03', 54, false],
    ['2027-04', 54, false],
  ]);

  it('names the first month ahead that does not qualify, with the scores now and then', () => {
    expect(readProjection(projected, '2026-10').drops).toEqual([{ designation: 'business-applications', month: '2027-01', scoreNow: 88, scoreThen: 54 }]);
  });

  it('no fall-out while the window still holds a qualifying month: 2027-04 still sees 2026-11 and 2026-12', () => {
    // Window of 2027-04 = 2026-11..2027-04: 2026-11 and 2026-12 qualify.
    expect(readProjection(projected, '2026-10').fallsOut).toEqual([]);
  });

  it('falls out in the first month whose six-month window holds no qualifying month', () => {
    const longer = [
      ...projected,
      ...months([
        ['2027-05', 54, false],
        ['2027-06', 54, false],
        ['2027-07', 54, false],
      ]),
    ];
    // 2027-06's window = 2027-01..2027-06: none qualifies; 2027-05's still holds 2026-12.
    expect(readProjection(longer, '2026-10').fallsOut).toEqual([{ designation: 'business-applications', month: '2027-06' }]);
  });

  it('a designation that does not qualify now has no drop, and none in its window cannot fall out', () => {
    const below = months([
      ['2026-09', 60, false],
      ['2026-10', 60, false],
      ['2026-11', 50, false],
    ]);
    expect(readProjection(below, '2026-10')).toEqual({ drops: [], fallsOut: [] });
  });
});

describe('readProjection reads from the scoring month, and the window is the six months ending in it', () => {
  const row = (month: string, qualified: boolean): MonthScores => ({ month, scores: { security: { score: qualified ? 80 : 60, qualified } } });

  it('a month before the scoring month that did not qualify is not a drop', () => {
    const months = [row('2026-05', false), row('2026-06', true), row('2026-07', true), row('2026-08', true), row('2026-09', true), row('2026-10', true), row('2026-11', true), row('2026-12', false)];
    expect(readProjection(months, '2026-10').drops).toEqual([{ designation: 'security', month: '2026-12', scoreNow: 80, scoreThen: 60 }]);
  });

  it("qualified only in the window's first month (2026-05): falls out in 2026-11, whose window is 2026-06..2026-11", () => {
    const months = [row('2026-05', true), ...['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'].map((m) => row(m, false))];
    expect(readProjection(months, '2026-10').fallsOut).toEqual([{ designation: 'security', month: '2026-11' }]);
  });

  it('qualified only the month before the window (2026-04): already out, nothing to report', () => {
    const months = [row('2026-04', true), ...['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'].map((m) => row(m, false))];
    expect(readProjection(months, '2026-10')).toEqual({ drops: [], fallsOut: [] });
  });

  it('a projection without the scoring month is an error', () => {
    expect(() => readProjection([row('2026-09', true)], '2026-10')).toThrow('does not contain the scoring month 2026-10');
  });

  // The six window months 2026-05..2026-10 (indexes 0-5, scoring month last), then six projected months (6-11).
  const MONTHS = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04'];
  const pattern = (qualified: string) => months(MONTHS.map((m, i): [string, number, boolean] => [m, qualified[i] === 'Q' ? 80 : 50, qualified[i] === 'Q']));

  it('a miss before the scoring month is not a drop ahead', () => {
    expect(readProjection(pattern('QQQQ-QQQQQQQ'), '2026-10').drops).toEqual([]);
  });

  it('qualifying in the scoring month only: falls out when the window no longer holds it (2027-04: 2026-11..2027-04)', () => {
    expect(readProjection(pattern('-----Q------'), '2026-10').fallsOut).toEqual([{ designation: 'business-applications', month: '2027-04' }]);
  });

  it('a window that ends on a qualifying month holds it: qualifying again in 2027-04 after five misses is no fall-out', () => {
    expect(readProjection(pattern('-----Q-----Q'), '2026-10').fallsOut).toEqual([]);
  });

  it('the projection ends before a fall-out: none is reported past its last month', () => {
    // Qualifying through 2026-11, then five misses: every window up to 2027-04 still holds 2026-11
    expect(readProjection(pattern('QQQQQQQ-----'), '2026-10')).toEqual({
      drops: [{ designation: 'business-applications', month: '2026-12', scoreNow: 80, scoreThen: 50 }],
      fallsOut: [],
    });
  });
});
