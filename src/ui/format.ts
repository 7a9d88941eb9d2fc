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

const SINGULAR: Record<string, string> = { customers: 'customer', people: 'person', deployments: 'deployment', users: 'user', workloads: 'workload', units: 'unit' };

/** "1 customer", "3 customers", "12.5 percent": a measured value with its unit in the right number. */
export function formatQuantity(n: number, unit: string): string {
  return `${formatNumber(n)} ${n === 1 ? (SINGULAR[unit] ?? unit) : unit}`;
}

/**
 * Engine sentences without the rule-decision ids they cite for maintainers ("(AMB-50)", "AMB26-11"): those
 * belong in the rules reference, not in front of a partner manager.
 */
export function withoutDecisionIds(text: string): string {
  return text
    .replace(/\s*[;,]?\s*(?:alias\s+)?(?:AMB26|AMB|G26)-\d+(?:\/\d+)*/g, '')
    .replace(/\s*\(\s*\)/g, '')
    .replace(/\(\s+/g, '(')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

const usd = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
/** "$2,165": planner costs (whole dollars). */
export const formatUsd = (n: number): string => usd.format(n);
