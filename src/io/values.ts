/**
 * Cell values as FORMATS.md defines them. Each parser returns the value or a message saying what was expected.
 */
import { isDay, isMonth } from '../engine/months';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });
const pad = (n: string | number) => String(n).padStart(2, '0');

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return -1;
  const index = MONTH_NAMES.findIndex((full) => full === lower || (lower.length === 3 && full.startsWith(lower)) || (lower === 'sept' && full === 'september'));
  return index + 1;
}

/** A file holds few distinct months and dates: parse each once. */
function cached<T>(parse: (text: string) => Parsed<T>): (text: string) => Parsed<T> {
  const known = new Map<string, Parsed<T>>();
  return (text) => {
    let result = known.get(text);
    if (!result) {
      result = parse(text);
      if (known.size < 50_000) known.set(text, result);
    }
    return result;
  };
}

/** `YYYY-MM`, `YYYY-MM-DD` (day ignored), `M/YYYY`, `MM/YYYY`, `Mon YYYY`, `Month YYYY`. */
export const parseMonth = cached(parseMonthText);
function parseMonthText(text: string): Parsed<string> {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2})(?:[T ].*)?)?$/.exec(t);
  if (m) {
    const month = `${m[1]}-${pad(m[2]!)}`;
    if (m[3] !== undefined ? isDay(`${month}-${pad(m[3])}`) : isMonth(month)) return ok(month);
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (m && isMonth(`${m[2]}-${pad(m[1]!)}`)) return ok(`${m[2]}-${pad(m[1]!)}`);
  m = /^([A-Za-z]+)\.?[\s-]+(\d{4}|\d{2})$/.exec(t);
  if (m) {
    // Excel writes `May-24` and `Jun-2024`; a two-digit year is 20YY.
    const n = monthNumber(m[1]!);
    const year = m[2]!.length === 2 ? `20${m[2]}` : m[2]!;
    if (n > 0) return ok(`${year}-${pad(n)}`);
  }
  return fail(`not a month: '${text}' (expected YYYY-MM, M/YYYY, 'Jun 2024', 'May-24' or a date such as 05/01/2024)`);
}

/** The order of a month column's `a/b/YYYY` dates, once some value of the column settles it. */
export interface DateOrder {
  order?: 'MDY' | 'DMY';
}

/**
 * A month cell. `a/b/YYYY` dates (Excel re-saves months as the first day) are month/day (US) unless the column
 * shows day/month: a part over 12 settles the column; a part equal to 1 is the day (months start on the 1st);
 * otherwise a date whose parts could be either is a problem until the column is settled.
 */
export function parseMonthCell(text: string, column: DateOrder): Parsed<string> {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return parseMonth(text);
  const a = Number(m[1]),
    b = Number(m[2]),
    year = m[3]!;
  const as = (month: number, day: number) => (isDay(`${year}-${pad(month)}-${pad(day)}`) ? ok(`${year}-${pad(month)}`) : fail(`not a date: '${text}'`));
  if (a > 12 || b > 12) {
    const order = a > 12 ? 'DMY' : 'MDY';
    if (column.order && column.order !== order) return fail(`'${text}' is day/month/year but earlier dates in this column are ${column.order === 'MDY' ? 'month/day' : 'day/month'}/year`);
    column.order = order;
    return order === 'MDY' ? as(a, b) : as(b, a);
  }
  if (column.order) return column.order === 'MDY' ? as(a, b) : as(b, a);
  if (b === 1 || a === b) return as(a, b);
  if (a === 1) return as(b, a);
  return fail(`ambiguous date '${text}': ${pad(a)}/${pad(b)} could be month/day or day/month; write the month as YYYY-MM (or one date in the column with a day over 12 settles it)`);
}

/** `YYYY-MM-DD` (a time after it is ignored) or `M/D/YYYY`. */
export const parseDay = cached(parseDayText);
function parseDayText(text: string): Parsed<string> {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(t);
  if (m) {
    const day = `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
    if (isDay(day)) return ok(day);
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) {
    const day = `${m[3]}-${pad(m[1]!)}-${pad(m[2]!)}`;
    if (isDay(day)) return ok(day);
  }
  return fail(`not a date: '${text}' (expected YYYY-MM-DD or M/D/YYYY)`);
}

const COMMA_DECIMAL = /^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/;
const DOT_DECIMAL = /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/;

/**
 * Plain numbers with an optional leading currency symbol, thousands separators and spaces; `1.234,50` when
 * the file's delimiter is `;` (FORMATS.md "Amounts and counts").
 */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function parseAmount(text: string, delimiter: string): Parsed<number> {
  // Fast path: a plain number (most cells) needs no clean-up; with ';' files '.' is a thousands separator.
  if (delimiter !== ';' && PLAIN_NUMBER.test(text)) return ok(Number(text));
  let t = text.trim().replace(/\s+/g, '');
  if (t === '') return fail('empty: a number is expected');
  let negative = false;
  if (t.startsWith('-')) {
    negative = true;
    t = t.slice(1);
  }
  t = t.replace(/^(US\$|USD|\$|€|£|EUR)/i, '');
  if (t.startsWith('-')) {
    negative = !negative;
    t = t.slice(1);
  }
  const commaDecimal = delimiter === ';';
  if (!(commaDecimal ? COMMA_DECIMAL : DOT_DECIMAL).test(t)) return fail(`not a number: '${text}'`);
  const normal = commaDecimal ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  const value = Number(normal);
  if (!Number.isFinite(value)) return fail(`not a number: '${text}'`);
  return ok(negative ? -value : value);
}

/** Counts (seats, users) are whole numbers >= 0. */
export function parseCount(text: string, delimiter: string): Parsed<number> {
  const amount = parseAmount(text, delimiter);
  if (!amount.ok) return amount;
  if (!Number.isInteger(amount.value) || amount.value < 0) return fail(`not a whole number >= 0: '${text}'`);
  return amount;
}

export function parseShare(text: string, delimiter: string): Parsed<number> {
  const amount = parseAmount(text.replace(/%$/, ''), delimiter);
  if (!amount.ok) return amount;
  const value = text.trim().endsWith('%') ? amount.value / 100 : amount.value;
  if (value < 0 || value > 1) return fail(`not a share between 0 and 1: '${text}'`);
  return ok(value);
}
