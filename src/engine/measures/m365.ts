/**
 * Microsoft 365 seat bands shared by Modern Work and Security: which rows of a tenant and month a rule reads,
 * how rows of several associations combine, and the band test with the SMB promotion rule.
 */
import type { MonthIndex } from '../months';
import { cellNameId, type M365Cell } from '../prepare';
import type { SeatBand } from '../rules/types';
import { passes, type MeasureContext } from './context';

export interface SeatCell {
  workload: string;
  paidSeats: number;
  activeUsers: number;
  /** The workload's and the association family's small ids (`cellNameId` in prepare), for the scope tests. */
  workloadId: number;
  familyId: number;
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

/**
 * One tenant's cells by month (an entry of Prepared.m365.cells). The measures pass it along from their loop over
 * the tenants, so a lookup reads the month only: the tenant lookup was a second scattered read per call.
 */
export type TenantCells = ReadonlyMap<MonthIndex, M365Cell[]> | undefined;

/**
 * The tenant's cells in `month` for the scope's workloads and association families. Several associations of
 * one workload are each their own cell (`any`, ed. 2024 AMB-56) or one cell with the largest seats and the
 * largest active users (`max`, RULES-2026 AMB26-28: the rows describe the same seats).
 */
export function scopedCells(ctx: MeasureContext, tenant: TenantCells, month: MonthIndex, scope: CellScope): SeatCell[] {
  const all = tenant?.get(month);
  if (!all) return NONE;
  // This runs for every tenant, month and rule: no new array when every cell or none is in scope.
  const { workloadIn, familyIn } = scope;
  let count = 0;
  for (const c of all) if (workloadIn[c.workloadId] === 1 && familyIn[c.familyId] === 1) count++;
  if (count === 0) return NONE;
  let cells: SeatCell[] = all;
  if (count < all.length) {
    cells = [];
    for (const c of all) if (workloadIn[c.workloadId] === 1 && familyIn[c.familyId] === 1) cells.push(c);
  }
  if (cells.length < 2 || ctx.prepared.edition.m365SeatsAcrossAssociations === 'any' || !repeatsWorkload(cells)) return cells;
  // A tenant has a few cells: merge workloads seen twice in place of a map (this runs for every tenant and month).
  const merged: SeatCell[] = [];
  for (const c of cells) {
    let i = 0;
    while (i < merged.length && merged[i]!.workloadId !== c.workloadId) i++;
    if (i === merged.length) merged.push(c);
    else {
      const m = merged[i]!;
      merged[i] = { workload: m.workload, workloadId: m.workloadId, familyId: m.familyId, paidSeats: Math.max(m.paidSeats, c.paidSeats), activeUsers: Math.max(m.activeUsers, c.activeUsers) };
    }
  }
  return merged;
}
const NONE: SeatCell[] = [];

/** Some workload has cells under two association families (most tenant-months have none: nothing to merge). */
function repeatsWorkload(cells: readonly SeatCell[]): boolean {
  for (let i = 1; i < cells.length; i++) for (let j = 0; j < i; j++) if (cells[i]!.workloadId === cells[j]!.workloadId) return true;
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
export function tenantInBand(ctx: MeasureContext, tenant: TenantCells, month: MonthIndex, scope: CellScope, band: SeatBand, scoped?: SeatCell[]): boolean {
  const cells = scoped ?? scopedCells(ctx, tenant, month, scope);
  if (cells.some((c) => inCoreBand(c.paidSeats, band))) return true;
  if (!band.promotion || band.atMost === undefined) return false;
  const atMost = band.atMost;
  return cells.some((c) => c.paidSeats > atMost) && scopedCells(ctx, tenant, month - 12, scope).some((c) => inCoreBand(c.paidSeats, band));
}

/** True when the tenant is in the band only through the promotion rule (for the explanations). */
export function promotedOnly(ctx: MeasureContext, tenant: TenantCells, month: MonthIndex, scope: CellScope, band: SeatBand): boolean {
  return !!band.promotion && !scopedCells(ctx, tenant, month, scope).some((c) => inCoreBand(c.paidSeats, band)) && tenantInBand(ctx, tenant, month, scope, band);
}

const workloadSets = new WeakMap<readonly string[], Set<string>>();
/** One Set per workload list of the rule data, so the cells cache can key on it. */
export function workloadSet(list: readonly string[]): Set<string> {
  let set = workloadSets.get(list);
  if (!set) workloadSets.set(list, (set = new Set(list)));
  return set;
}
