/** What every measure receives and returns, and the small helpers they share. */
import type { Day, MonthIndex } from '../months';
import { monthOf } from '../months';
import type { MonthSeries, Prepared } from '../prepare';
import type { Threshold } from '../rules/types';
import type { ExplanationItem } from '../types';

export interface MeasureContext {
  prepared: Prepared;
  /** The scoring month: "M-1" in RULES.md. */
  month: MonthIndex;
  /** The day certifications are checked on (the scoring month's last day, or a certification change day). */
  checkDay: Day;
  /** Build explanation items (off for history months, where only the numbers are needed). */
  explain: boolean;
}

export interface MeasureOutput {
  /** Whole units the points are computed from (may be negative for net metrics; points clamp at 0). */
  units: number;
  /** The measured quantity in the metric's unit (e.g. growth in percent with decimals). */
  value: number;
  summary: string;
  items: ExplanationItem[];
}

export function passes(value: number, threshold: Threshold, scale = 1): boolean {
  return 'over' in threshold ? value > threshold.over * scale : value >= threshold.atLeast * scale;
}

export function thresholdText(threshold: Threshold, format: (n: number) => string = (n) => num(n)): string {
  return 'over' in threshold ? `more than ${format(threshold.over)}` : `at least ${format(threshold.atLeast)}`;
}

const usdWholeFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usdCentsFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Dollars from integer cents: `$1,700` or `$1,700.50`. */
export function usd(cents: number): string {
  return (cents % 100 === 0 ? usdWholeFormat : usdCentsFormat).format(cents / 100);
}
export const usdWhole = (dollars: number): string => usd(dollars * 100);

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
/** `1,234.5`: numbers in explanation text (a cached formatter: toLocaleString builds one per call). */
// Whole numbers under 1,000 read the same without the formatter, which is the costlier path (the planner formats
// thousands of summaries).
// Stryker disable next-line ConditionalExpression,UnaryOperator,EqualityOperator,LogicalOperator,BooleanLiteral: either path gives the same text (numberText.test.ts)
export const num = (n: number): string => (Number.isInteger(n) && n > -1000 && n < 1000 && !Object.is(n, -0) ? String(n) : numberFormat.format(n));

export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${num(n)} ${n === 1 ? singular : plural}`;
}

export const at = (series: MonthSeries | undefined, month: MonthIndex): number => series?.get(month) ?? 0;

export function sumRange(series: MonthSeries | undefined, from: MonthIndex, to: MonthIndex): number {
  return series ? series.sum(from, to) : 0;
}

export function tenantName(ctx: MeasureContext, tenant: string): { subject: string; name?: string } {
  const info = ctx.prepared.tenants.get(tenant);
  return info?.name ? { subject: info.id, name: info.name } : { subject: info?.id ?? tenant };
}

export const m = (index: MonthIndex): string => monthOf(index);

/** A net count: +1 for a unit that passes now and did not then, -1 for the reverse. */
export function netLine(now: boolean, then: boolean): 1 | -1 | 0 {
  if (now && !then) return 1;
  if (!now && then) return -1;
  return 0;
}

/** Tenants' parts of one measure: tenant data (by identity) → the part computed from it. */
export type TenantParts = WeakMap<object, unknown>;
/**
 * Kept per the other data a part reads (or per the spec when it reads none), then per spec and month: parts made
 * for a scenario's own copy of that data go with it, and a measure finds its table once, not once per tenant.
 */
const partTables = new WeakMap<object, Map<string, TenantParts>>();
/**
 * The table of tenants' parts of a numbers-only measure of derived data (a scenario, a planner step:
 * Prepared.derived) for `spec` at `month`, reading `reads` (its identity, when the part reads other data), or
 * null for data loaded from files, which is scored without this bookkeeping (it made a first scoring ~30 %
 * slower). applyRows copies what it writes, so the next scenario on the same base re-reads only the tenants it
 * touched.
 */
export function tenantParts(ctx: MeasureContext, spec: object, month: MonthIndex, reads?: object): TenantParts | null {
  // Whether a part is kept only changes how often it is computed (the properties check the keys), so these are
  // equivalent mutants.
  // Stryker disable next-line all
  if (!ctx.prepared.derived) return null;
  const anchor = reads ?? spec;
  let byKey = partTables.get(anchor);
  // Stryker disable next-line all
  if (!byKey) partTables.set(anchor, (byKey = new Map()));
  const key = `${specKey(spec)}|${month}`;
  let parts = byKey.get(key);
  // Stryker disable next-line all
  if (!parts) byKey.set(key, (parts = new WeakMap()));
  return parts;
}

/** How many tenants' parts were computed for derived data (tests check that after scenarioSteps a scenario computes only its own). */
export const tenantPartStats = { computed: 0 };

/** A tenant's part, computed once per identity of the tenant's data (`data`) when `parts` keeps them. */
export function perTenant<T>(parts: TenantParts | null, data: object, compute: () => T): T {
  if (!parts) return compute();
  let result = parts.get(data) as T | undefined;
  if (result === undefined) {
    tenantPartStats.computed++;
    parts.set(data, (result = compute()));
  }
  return result;
}

const specKeys = new WeakMap<object, string>();
/** A rule spec as text, made once per spec object (the measure cache and the per-tenant keys both use it). */
export function specKey(spec: object): string {
  let key = specKeys.get(spec);
  // Stryker disable next-line all: recomputing the spec's text gives the same key
  if (key === undefined) specKeys.set(spec, (key = JSON.stringify(spec)));
  return key;
}
