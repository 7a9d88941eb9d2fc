/**
 * Microsoft 365 seat bands shared by Modern Work and Security: which rows of a tenant and month a rule reads,
 * how rows of several associations combine, and the band test with the SMB promotion rule.
 */
import type { MonthIndex } from '../months';
import type { SeatBand } from '../rules/types';
import { passes, type MeasureContext } from './context';

export interface SeatCell {
  workload: string;
  paidSeats: number;
  activeUsers: number;
}

/**
 * The tenant's cells in `month` for the listed workloads and association families. Several associations of one
 * workload are each their own cell (`any`, ed. 2024 AMB-56) or one cell with the largest seats and the largest
 * active users (`max`, RULES-2026 AMB26-28: the rows describe the same seats).
 */
export function scopedCells(ctx: MeasureContext, tenant: string, month: MonthIndex, workloads: ReadonlySet<string>, associations: readonly string[]): SeatCell[] {
  const all = ctx.prepared.m365.cells.get(tenant)?.get(month);
  if (!all) return NONE;
  // This runs for every tenant, month and rule: no new array when every cell or none is in scope.
  let inScope = 0;
  for (const c of all) if (workloads.has(c.workload) && associations.includes(c.association)) inScope++;
  if (inScope === 0) return NONE;
  let cells: SeatCell[] = all;
  if (inScope < all.length) {
    cells = [];
    for (const c of all) if (workloads.has(c.workload) && associations.includes(c.association)) cells.push(c);
  }
  if (cells.length < 2 || ctx.prepared.edition.m365SeatsAcrossAssociations === 'any' || !repeatsWorkload(cells)) return cells;
  // A tenant has a few cells: merge workloads seen twice in place of a map (this runs for every tenant and month).
  const merged: SeatCell[] = [];
  for (const c of cells) {
    let i = 0;
    while (i < merged.length && merged[i]!.workload !== c.workload) i++;
    if (i === merged.length) merged.push(c);
    else merged[i] = { workload: c.workload, paidSeats: Math.max(merged[i]!.paidSeats, c.paidSeats), activeUsers: Math.max(merged[i]!.activeUsers, c.activeUsers) };
  }
  return merged;
}
const NONE: SeatCell[] = [];

/** Some workload has cells under two association families (most tenant-months have none: nothing to merge). */
function repeatsWorkload(cells: readonly SeatCell[]): boolean {
  for (let i = 1; i < cells.length; i++) for (let j = 0; j < i; j++) if (cells[i]!.workload === cells[j]!.workload) return true;
  return false;
}

/** The band itself, without promotion: more than `over` (or at least `atLeast`) and at most `atMost` seats. */
export function inCoreBand(seats: number, band: SeatBand): boolean {
  return passes(seats, band) && (band.atMost === undefined || seats <= band.atMost);
}

/**
 * Some workload of the tenant is in the band in `month`; with `promotion`, also a tenant above the band whose
 * workload was in the core band 12 months earlier (RULES-2026 §4.2 / AMB26-25; no chained promotion).
 */
export function tenantInBand(ctx: MeasureContext, tenant: string, month: MonthIndex, workloads: ReadonlySet<string>, associations: readonly string[], band: SeatBand, scoped?: SeatCell[]): boolean {
  const cells = scoped ?? scopedCells(ctx, tenant, month, workloads, associations);
  if (cells.some((c) => inCoreBand(c.paidSeats, band))) return true;
  if (!band.promotion || band.atMost === undefined) return false;
  const atMost = band.atMost;
  return cells.some((c) => c.paidSeats > atMost) && scopedCells(ctx, tenant, month - 12, workloads, associations).some((c) => inCoreBand(c.paidSeats, band));
}

/** True when the tenant is in the band only through the promotion rule (for the explanations). */
export function promotedOnly(ctx: MeasureContext, tenant: string, month: MonthIndex, workloads: ReadonlySet<string>, associations: readonly string[], band: SeatBand): boolean {
  return !!band.promotion && !scopedCells(ctx, tenant, month, workloads, associations).some((c) => inCoreBand(c.paidSeats, band)) && tenantInBand(ctx, tenant, month, workloads, associations, band);
}

const workloadSets = new WeakMap<readonly string[], Set<string>>();
/** One Set per workload list of the rule data, so the cells cache can key on it. */
export function workloadSet(list: readonly string[]): Set<string> {
  let set = workloadSets.get(list);
  if (!set) workloadSets.set(list, (set = new Set(list)));
  return set;
}
