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
  const cells = (ctx.prepared.m365.cells.get(tenant)?.get(month) ?? []).filter((c) => workloads.has(c.workload) && associations.includes(c.association));
  if (ctx.prepared.edition.m365SeatsAcrossAssociations === 'any') return cells;
  const byWorkload = new Map<string, SeatCell>();
  for (const c of cells) {
    const known = byWorkload.get(c.workload);
    byWorkload.set(c.workload, known ? { workload: c.workload, paidSeats: Math.max(known.paidSeats, c.paidSeats), activeUsers: Math.max(known.activeUsers, c.activeUsers) } : { workload: c.workload, paidSeats: c.paidSeats, activeUsers: c.activeUsers });
  }
  return [...byWorkload.values()];
}

/** The band itself, without promotion: more than `over` (or at least `atLeast`) and at most `atMost` seats. */
export function inCoreBand(seats: number, band: SeatBand): boolean {
  return passes(seats, band) && (band.atMost === undefined || seats <= band.atMost);
}

/**
 * Some workload of the tenant is in the band in `month`; with `promotion`, also a tenant above the band whose
 * workload was in the core band 12 months earlier (RULES-2026 §4.2 / AMB26-25; no chained promotion).
 */
export function tenantInBand(ctx: MeasureContext, tenant: string, month: MonthIndex, workloads: ReadonlySet<string>, associations: readonly string[], band: SeatBand): boolean {
  const cells = scopedCells(ctx, tenant, month, workloads, associations);
  if (cells.some((c) => inCoreBand(c.paidSeats, band))) return true;
  if (!band.promotion || band.atMost === undefined) return false;
  const atMost = band.atMost;
  return cells.some((c) => c.paidSeats > atMost) && scopedCells(ctx, tenant, month - 12, workloads, associations).some((c) => inCoreBand(c.paidSeats, band));
}

/** True when the tenant is in the band only through the promotion rule (for the explanations). */
export function promotedOnly(ctx: MeasureContext, tenant: string, month: MonthIndex, workloads: ReadonlySet<string>, associations: readonly string[], band: SeatBand): boolean {
  return !!band.promotion && !scopedCells(ctx, tenant, month, workloads, associations).some((c) => inCoreBand(c.paidSeats, band)) && tenantInBand(ctx, tenant, month, workloads, associations, band);
}
