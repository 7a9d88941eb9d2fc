/** Numbers for the user's locale (cached formatters: building one per call is slow). */
const locale = typeof navigator !== 'undefined' ? navigator.language : 'en-US';
const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });

export const formatPoints = (n: number): string => points.format(n);
export const formatNumber = (n: number): string => (Number.isInteger(n) ? whole.format(n) : points.format(n));

export { PATH_NAMES } from '../engine/names';

/** Saves text as a file in the browser (no network: an object URL). */
export function download(name: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export { toCsv } from './csv';
