/**
 * Months and days as plain values. The engine never reads the clock (STACK.md: "keep Date out of the engine"):
 * a month is `YYYY-MM`, a day is `YYYY-MM-DD`, and internally a month is an integer index (year * 12 + month - 1)
 * so that "M-13" is a subtraction.
 */
export type Month = string;
export type Day = string;
export type MonthIndex = number;

const MONTH_RE = /^(\d{4})-(\d{2})$/;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isMonth(value: string): boolean {
  const m = MONTH_RE.exec(value);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

const indexCache = new Map<string, MonthIndex>();

export function monthIndex(month: Month): MonthIndex {
  const cached = indexCache.get(month);
  if (cached !== undefined) return cached;
  const index = parseMonthIndex(month);
  if (indexCache.size < 10_000) indexCache.set(month, index);
  return index;
}

function parseMonthIndex(month: Month): MonthIndex {
  const m = MONTH_RE.exec(month);
  if (!m) throw new Error(`not a month (YYYY-MM): '${month}'`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function monthOf(index: MonthIndex): Month {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

function daysInMonth(index: MonthIndex): number {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The last day of a month: certifications are checked on the last day of the scoring month (RULES.md, top). */
export function lastDayOf(index: MonthIndex): Day {
  return `${monthOf(index)}-${String(daysInMonth(index)).padStart(2, '0')}`;
}

export function isDay(value: string): boolean {
  const m = DAY_RE.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(Number(m[1]) * 12 + month - 1);
}

export function monthOfDay(day: Day): Month {
  return day.slice(0, 7);
}

/** Every month from `from` through `through`, oldest first (empty when `through` is earlier). */
export function monthsBetween(from: Month, through: Month): Month[] {
  const out: Month[] = [];
  for (let m = monthIndex(from); m <= monthIndex(through); m++) out.push(monthOf(m));
  return out;
}
