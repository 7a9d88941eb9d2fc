/**
 * Microsoft 365 seat bands shared by Modern Work and Security: which rows of a tenant and month a rule reads,
 * how rows of several associations combine, and the band test with the SMB promotion rule.
 */
import type { MonthIndex } from '../months';
import { CELL_STRIDE, cellNameId, cellsFrom, cellsTo, type TenantSeats } from '../prepare';
import type { SeatBand, Threshold } from '../rules/types';
import type { MeasureContext } from './context';

/**
 * A tenant-month's cells in a rule's scope, merged where the edition says so: filled in place by `scopedCells`, so
 * the million lookups of a scoring allocate nothing. Each caller that holds one list while it asks for another
 * passes its own.
 */
export class SeatList {
  count = 0;
  workload = new Float64Array(8);
  paid = new Float64Array(8);
  active = new Float64Array(8);

  push(workload: number, paid: number, active: number): void {
    if (this.count === this.paid.length) {
      const grow = (from: Float64Array) => {
        const to = new Float64Array(from.length * 2);
        to.set(from);
        return to;
      };
      this.workload = grow(this.workload);
      this.paid = grow(this.paid);
      this.active = grow(this.active);
    }
    this.workload[this.count] = workload;
    this.paid[this.count] = paid;
    this.active[this.count] = active;
    this.count++;
  }
}

/** Where a seat rule reads: its workloads and association families, as 1s at the names' ids. */
export interface CellScope {
  workloads: ReadonlySet<string>;
  associations: readonly string[];
  workloadIn: Uint8Array;
  familyIn: Uint8Array;
}
const scopes = new WeakMap<ReadonlySet<string>, WeakMap<readonly string[], CellScope>>();
/** The scope of a workload set and an association list of the rule data, made once per pair. */
export function cellScope(workloads: ReadonlySet<string>, associations: readonly string[]): CellScope {
  let byAssociations = scopes.get(workloads);
  if (!byAssociations) scopes.set(workloads, (byAssociations = new WeakMap()));
  let scope = byAssociations.get(associations);
  if (!scope) {
    // A name first seen after this has an id past the arrays' end: read as 0, out of scope, as it is not listed.
    const ids = (names: Iterable<string>) => [...names].map(cellNameId);
    const workloadIds = ids(workloads),
      familyIds = ids(associations);
    const flags = (list: number[]) => {
      const array = new Uint8Array(Math.max(0, ...workloadIds, ...familyIds) + 1);
      for (const id of list) array[id] = 1;
      return array;
    };
    byAssociations.set(associations, (scope = { workloads, associations, workloadIn: flags(workloadIds), familyIn: flags(familyIds) }));
  }
  return scope;
}

/** One tenant's cells (an entry of Prepared.m365.cells), passed along from the measures' loop over the tenants. */
export type TenantCells = TenantSeats | undefined;

/**
 * The tenant's cells in `month` for the scope's workloads and association families, into `out`. Several
 * associations of one workload are each their own cell (`any`, ed. 2024 AMB-56) or one cell with the largest
 * seats and the largest active users (`max`, RULES-2026 AMB26-28: the rows describe the same seats).
 */
export function scopedCells(ctx: MeasureContext, tenant: TenantCells, month: MonthIndex, scope: CellScope, out: SeatList): SeatList {
  out.count = 0;
  const from = cellsFrom(tenant, month),
    to = cellsTo(tenant, month);
  if (from === to) return out;
  const { workloadIn, familyIn } = scope;
  const merge = ctx.prepared.edition.m365SeatsAcrossAssociations !== 'any';
  const cells = tenant!.store.cells;
  for (let at = from * CELL_STRIDE, end = to * CELL_STRIDE; at < end; at += CELL_STRIDE) {
    const workload = cells[at]!;
    if (workloadIn[workload] !== 1 || familyIn[cells[at + 1]!] !== 1) continue;
    const paid = cells[at + 2]!,
      active = cells[at + 3]!;
    if (merge) {
      // A tenant has a few cells: a workload seen under an earlier family is found by a scan, not a map.
      let k = 0;
      while (k < out.count && out.workload[k] !== workload) k++;
      if (k < out.count) {
        out.paid[k] = Math.max(out.paid[k]!, paid);
        out.active[k] = Math.max(out.active[k]!, active);
        continue;
      }
    }
    out.push(workload, paid, active);
  }
  return out;
}

/**
 * A seat band as plain numbers, made once per measure: the tests below run for every cell, and reading a
 * threshold's `over` or `atLeast` from rule objects of several shapes was a tenth of a scoring. Seats are in the
 * band when above `low` (or at it, when `lowIncluded`) and at most `high`.
 */
export interface Band {
  readonly low: number;
  readonly lowIncluded: boolean;
  readonly high: number;
  /** RULES-2026 AMB26-25: a band with an upper edge may keep a tenant that grew past it. */
  readonly promotion: boolean;
}
export function bandOf(band: SeatBand): Band {
  const over = 'over' in band;
  return { low: over ? band.over : band.atLeast, lowIncluded: !over, high: band.atMost ?? Infinity, promotion: !!band.promotion && band.atMost !== undefined };
}

/** Some cell of the list is in the band itself (no promotion). */
function someInCoreBand(cells: SeatList, band: Band): boolean {
  for (let k = 0; k < cells.count; k++) if (inCoreBand(cells.paid[k]!, band)) return true;
  return false;
}

/** The band itself, without promotion: more than `over` (or at least `atLeast`) and at most `atMost` seats. */
export function inCoreBand(seats: number, band: Band): boolean {
  return (band.lowIncluded ? seats >= band.low : seats > band.low) && seats <= band.high;
}

/** An active share as plain numbers (as Band): active users at `percent` % of paid seats, or above it. */
export interface Share {
  readonly percent: number;
  readonly included: boolean;
}
export function shareOf(threshold: Threshold): Share {
  return 'over' in threshold ? { percent: threshold.over, included: false } : { percent: threshold.atLeast, included: true };
}
/** `passes(active × 100, share, paid)`, the same arithmetic. */
export function atShare(active: number, paid: number, share: Share): boolean {
  return share.included ? active * 100 >= share.percent * paid : active * 100 > share.percent * paid;
}

const inMonth = new SeatList(),
  yearBefore = new SeatList(),
  ownList = new SeatList();

/**
 * Some workload of the tenant is in the band in `month`; with `promotion`, also a tenant above the band whose
 * workload was in the core band 12 months earlier (RULES-2026 §4.2 / AMB26-25; no chained promotion). `scoped`
 * is the month's scoped cells when the caller has them.
 */
export function tenantInBand(ctx: MeasureContext, tenant: TenantCells, month: MonthIndex, scope: CellScope, band: Band, scoped?: SeatList): boolean {
  const cells = scoped ?? scopedCells(ctx, tenant, month, scope, inMonth);
  if (someInCoreBand(cells, band)) return true;
  if (!band.promotion) return false;
  let above = false;
  for (let k = 0; k < cells.count && !above; k++) above = cells.paid[k]! > band.high;
  return above && someInCoreBand(scopedCells(ctx, tenant, month - 12, scope, yearBefore), band);
}

/** True when the tenant is in the band only through the promotion rule (for the explanations). */
export function promotedOnly(ctx: MeasureContext, tenant: TenantCells, month: MonthIndex, scope: CellScope, band: Band): boolean {
  return !!band.promotion && !someInCoreBand(scopedCells(ctx, tenant, month, scope, ownList), band) && tenantInBand(ctx, tenant, month, scope, band);
}

/** The largest active users of a cell in the scope (not merged), or 0 (AMB-59: the largest eligible workload). */
export function maxActiveIn(tenant: TenantCells, month: MonthIndex, scope: CellScope): number {
  const from = cellsFrom(tenant, month),
    to = cellsTo(tenant, month);
  const cells = tenant?.store.cells;
  let max = 0;
  for (let at = from * CELL_STRIDE, end = to * CELL_STRIDE; at < end; at += CELL_STRIDE)
    if (scope.workloadIn[cells![at]!] === 1 && scope.familyIn[cells![at + 1]!] === 1 && cells![at + 3]! > max) max = cells![at + 3]!;
  return max;
}

/** Some cell in the scope (not merged) has paid seats and active users at `share` percent of them (AMB-57). */
export function someActiveShareIn(tenant: TenantCells, month: MonthIndex, scope: CellScope, share: Share): boolean {
  const from = cellsFrom(tenant, month),
    to = cellsTo(tenant, month);
  const cells = tenant?.store.cells;
  for (let at = from * CELL_STRIDE, end = to * CELL_STRIDE; at < end; at += CELL_STRIDE) {
    if (scope.workloadIn[cells![at]!] !== 1 || scope.familyIn[cells![at + 1]!] !== 1) continue;
    const paid = cells![at + 2]!;
    if (paid > 0 && atShare(cells![at + 3]!, paid, share)) return true;
  }
  return false;
}

/** The number of the tenant's cells in `month`, of any scope. */
export function cellCount(tenant: TenantCells, month: MonthIndex): number {
  const from = cellsFrom(tenant, month),
    to = cellsTo(tenant, month);
  return to - from;
}

const workloadSets = new WeakMap<readonly string[], Set<string>>();
/** One Set per workload list of the rule data, so the cells cache can key on it. */
export function workloadSet(list: readonly string[]): Set<string> {
  let set = workloadSets.get(list);
  if (!set) workloadSets.set(list, (set = new Set(list)));
  return set;
}
