/** Modern Work metrics: RULES.md §4.2 (bands), §4.4 (net customer adds), §4.6 (usage growth), §4.7 (deployments). */
import type { MonthIndex } from '../months';
import { monthIndex, monthOfDay } from '../months';
import { SEP, seatCellsAt, type M365Cell } from '../prepare';
import type { SeatBand, Threshold } from '../rules/types';
import { bandOf, cellCount, cellScope, maxActiveIn, promotedOnly, shareOf, someActiveShareIn, tenantInBand, workloadSet, type Band, type CellScope, type TenantCells } from './m365';
import type { ExplanationItem } from '../types';
import { count, m, netLine, perTenant, tenantParts, tenantName, type MeasureContext, type MeasureOutput, num } from './context';

type Track = 'enterprise' | 'smb';

/** The metric's workload list (RULES-2026 AMB26-26), else the edition's Modern Work list. */
function eligibleWorkloads(ctx: MeasureContext, listed?: string[]): Set<string> {
  return workloadSet(listed ?? ctx.prepared.edition.modernWork.workloads);
}

function trackBand(ctx: MeasureContext, track: Track): SeatBand {
  const band = ctx.prepared.edition.modernWork.tracks[track];
  return { over: band.paidSeatsOver, ...(band.paidSeatsAtMost !== undefined ? { atMost: band.paidSeatsAtMost } : {}), ...(band.promotion ? { promotion: true } : {}) };
}

/** Where a rule tests a track's band: the associations read and the band (made once per measure, not per tenant). */
interface BandScope {
  associations: readonly string[];
  band: Band;
  cells: CellScope;
}

/**
 * §4.2 / AMB-25 / AMB-46: the track's associations, or `association` alone where the edition tests an option's
 * band by its own association (RULES-2026 AMB26-45).
 */
function bandScope(ctx: MeasureContext, workloads: Set<string>, track: Track, association?: string): BandScope {
  const associations = association && ctx.prepared.edition.modernWork.optionBand === 'option' ? optionAssociations(association) : ctx.prepared.edition.modernWork.tracks[track].associations;
  return { associations, band: bandOf(trackBand(ctx, track)), cells: cellScope(workloads, associations) };
}

const optionLists = new Map<string, readonly string[]>();
/** One list per association (the cell scopes are kept per list object). */
function optionAssociations(association: string): readonly string[] {
  let list = optionLists.get(association);
  if (!list) optionLists.set(association, (list = [association]));
  return list;
}

/** Some eligible workload is in the band in `month`, through the scope's associations. */
function inBand(ctx: MeasureContext, scope: BandScope, cells: TenantCells, month: MonthIndex): boolean {
  return tenantInBand(ctx, cells, month, scope.cells, scope.band);
}

function bandText(ctx: MeasureContext, track: Track): string {
  const band = ctx.prepared.edition.modernWork.tracks[track];
  return band.paidSeatsAtMost === undefined ? `more than ${band.paidSeatsOver} paid seats` : `${band.paidSeatsOver + 1}–${band.paidSeatsAtMost} paid seats`;
}

const maxSeats = (workloads: Set<string>, cells: M365Cell[]): number => cells.reduce((max, c) => (workloads.has(c.workload) ? Math.max(max, c.paidSeats) : max), 0);

/** §4.4: tenants in the band in M-1 minus tenants in the band in M-13 (unique tenants across associations). */
export function m365NetTenants(ctx: MeasureContext, p: { track: Track; workloads?: string[] }): MeasureOutput {
  const m1 = ctx.month,
    m13 = m1 - 12;
  const workloads = eligibleWorkloads(ctx, p.workloads);
  const scope = bandScope(ctx, workloads, p.track);
  let adds = 0,
    losses = 0;
  const items: ExplanationItem[] = [];
  const inBandThenAndNow = (cells: TenantCells) => ({ now: inBand(ctx, scope, cells, m1), then: inBand(ctx, scope, cells, m13) });
  const parts = tenantParts(ctx, p, m1);
  for (const [tenant, byMonth] of ctx.prepared.m365.cells) {
    const { now, then } = ctx.explain ? inBandThenAndNow(byMonth) : perTenant(parts, byMonth, () => inBandThenAndNow(byMonth));
    const line = netLine(now, then);
    if (line === 1) adds++;
    if (line === -1) losses++;
    if (!ctx.explain) continue;
    if (cellCount(byMonth, m1) === 0 && cellCount(byMonth, m13) === 0) continue;
    const seatsNow = maxSeats(workloads, seatCellsAt(byMonth, m1)),
      seatsThen = maxSeats(workloads, seatCellsAt(byMonth, m13));
    const band = bandText(ctx, p.track);
    const promoted = now && promotedOnly(ctx, byMonth, m1, scope.cells, scope.band) ? ` (grew past the band but was in it in ${m(m13)}: still counted, promotion rule)` : '';
    const reason =
      line === 1
        ? `new: ${band} in ${m(m1)} (largest workload ${seatsNow}), not in ${m(m13)}${promoted}`
        : line === -1
          ? `lost: ${band} in ${m(m13)} but not in ${m(m1)}`
          : now
            ? `in the band in both ${m(m13)} and ${m(m1)}: no change${promoted}`
            : `not in the band (${band}) in ${m(m1)}: largest eligible workload has ${seatsNow} paid seats`;
    items.push({
      ...tenantName(ctx, tenant),
      subjectKind: 'tenant',
      counted: line !== 0,
      ...(line !== 0 ? { effect: line } : {}),
      reason,
      values: { [`seats ${m(m13)}`]: seatsThen, [`seats ${m(m1)}`]: seatsNow },
    });
  }
  return { units: adds - losses, value: adds - losses, summary: `${count(adds, 'new customer')} minus ${count(losses, 'lost customer')} = ${adds - losses} net (${bandText(ctx, p.track)})`, items };
}

/** The eligible workloads through one association (the cells of the usage and deployment tests). */
function viaAssociation(workloads: Set<string>, association: string): CellScope {
  return cellScope(workloads, optionAssociations(association));
}

const associationMonthsCache = new WeakMap<ReadonlyMap<string, string>, Map<string, Map<string, MonthIndex>>>();
/**
 * Tenant → the month of its earliest association day through `association` (AMB-58), made once per association
 * days and association: a measure asked for a `tenant␟association` text per tenant, a string built and hashed
 * 5,000 times per measure.
 */
function associationMonths(ctx: MeasureContext, association: string): ReadonlyMap<string, MonthIndex> {
  const days = ctx.prepared.m365.associatedOn;
  let byAssociation = associationMonthsCache.get(days);
  if (!byAssociation) associationMonthsCache.set(days, (byAssociation = new Map()));
  let months = byAssociation.get(association);
  if (!months) {
    months = new Map();
    for (const [key, day] of days) {
      const [tenant, family] = key.split(SEP) as [string, string];
      if (family === association) months.set(tenant, monthIndex(monthOfDay(day)));
    }
    byAssociation.set(association, months);
  }
  return months;
}

/** §4.6 / AMB-46 / AMB-58: active users of in-band tenants through one association, M-1 minus M-13. */
export function m365ActiveUserGrowth(ctx: MeasureContext, p: { track: Track; association: string; workloads?: string[] }): MeasureOutput {
  const m1 = ctx.month,
    m13 = m1 - 12;
  const workloads = eligibleWorkloads(ctx, p.workloads);
  const { creditBaselineInBand } = ctx.prepared.edition.modernWork;
  const scope = bandScope(ctx, workloads, p.track, p.association);
  // AMB-59: a tenant's active users through one association = the largest eligible workload's active users.
  const via = viaAssociation(workloads, p.association);
  let current = 0,
    baseline = 0;
  const items: ExplanationItem[] = [];
  const associatedIn = associationMonths(ctx, p.association);
  const growthOf = (tenant: string, cells: TenantCells): { cur: number; base: number; associated: MonthIndex | null } => {
    const associated = associatedIn.get(tenant) ?? null;
    // AMB-58: no credit before the association month.
    if (associated !== null && associated > m1) return { cur: 0, base: 0, associated };
    const cur = inBand(ctx, scope, cells, m1) ? maxActiveIn(cells, m1, via) : 0;
    // AMB-58 (G-07: whatever the band); RULES-2026 AMB26-45: associated inside the year, growth counts from its
    // contribution in the association month, so in the band then.
    const from = associated !== null && associated > m13 ? associated : m13;
    const base = (from === m13 || creditBaselineInBand) && !inBand(ctx, scope, cells, from) ? 0 : maxActiveIn(cells, from, via);
    return { cur, base, associated };
  };
  const parts = tenantParts(ctx, p, m1, ctx.prepared.m365.associatedOn);
  for (const [tenant, byMonth] of ctx.prepared.m365.cells) {
    const { cur, base, associated } = ctx.explain ? growthOf(tenant, byMonth) : perTenant(parts, byMonth, () => growthOf(tenant, byMonth));
    current += cur;
    baseline += base;
    const note =
      associated === null || associated <= m13
        ? ''
        : associated > m1
          ? `; associated in ${m(associated)}, after ${m(m1)}: no credit yet (AMB-58)`
          : `; associated in ${m(associated)}: growth counts from its ${base} active users then (AMB-58)`;
    if (ctx.explain && (cur !== 0 || base !== 0 || note)) {
      items.push({
        ...tenantName(ctx, tenant),
        subjectKind: 'tenant',
        counted: cur !== base,
        effect: cur - base,
        reason: `${base} → ${cur} active users${note}`,
        values: { baseline: base, current: cur },
      });
    }
  }
  items.sort((a, b) => Math.abs(b.effect ?? 0) - Math.abs(a.effect ?? 0));
  const growth = current - baseline;
  return { units: growth, value: growth, summary: `${p.association}: ${num(baseline)} active users in ${m(m13)} → ${num(current)} in ${m(m1)} (${growth >= 0 ? '+' : ''}${num(growth)})`, items };
}

/** §4.7 / AMB-27 / AMB-57 / AMB-58: net in-band tenants with a workload at the active share, via one association. */
export function m365Deployments(ctx: MeasureContext, p: { track: Track; association: string; activePercent: Threshold; workloads?: string[] }): MeasureOutput {
  const m1 = ctx.month,
    m13 = m1 - 12;
  const workloads = eligibleWorkloads(ctx, p.workloads);
  const already = ctx.prepared.edition.modernWork.alreadyDeployed;
  const scope = bandScope(ctx, workloads, p.track, p.association);
  // AMB-57: some eligible workload with paid seats > 0 has active users at the share, through the association.
  const via = viaAssociation(workloads, p.association);
  const share = shareOf(p.activePercent),
    alreadyShare = shareOf(already.activePercent);
  let adds = 0,
    losses = 0;
  const items: ExplanationItem[] = [];
  const pct = 'over' in p.activePercent ? `more than ${p.activePercent.over} %` : `at least ${p.activePercent.atLeast} %`;
  const associatedIn = associationMonths(ctx, p.association);
  const deployedThenAndNow = (tenant: string, cells: TenantCells): { now: boolean; then: boolean; excludedAt: MonthIndex | null } => {
    const now = inBand(ctx, scope, cells, m1) && someActiveShareIn(cells, m1, via, share);
    const then = inBand(ctx, scope, cells, m13) && someActiveShareIn(cells, m13, via, share);
    const associated = associatedIn.get(tenant) ?? null;
    // AMB-58 / RULES-2026 AMB26-45: already deployed when associated in the last 12 months (the test of that month is edition data).
    const excluded =
      now && associated !== null && associated >= m1 - 11 && associated <= m1 && (!already.inBand || inBand(ctx, scope, cells, associated)) && someActiveShareIn(cells, associated, via, alreadyShare);
    return { now: now && !excluded, then, excludedAt: excluded ? associated : null };
  };
  const parts = tenantParts(ctx, p, m1, ctx.prepared.m365.associatedOn);
  for (const [tenant, byMonth] of ctx.prepared.m365.cells) {
    const { now, then, excludedAt } = ctx.explain ? deployedThenAndNow(tenant, byMonth) : perTenant(parts, byMonth, () => deployedThenAndNow(tenant, byMonth));
    const line = netLine(now, then);
    if (line === 1) adds++;
    if (line === -1) losses++;
    if (!ctx.explain) continue;
    if (cellCount(byMonth, m1) === 0 && cellCount(byMonth, m13) === 0) continue;
    const excludedNote =
      excludedAt === null
        ? ''
        : `associated in ${m(excludedAt)} when already ${'over' in already.activePercent ? `more than ${already.activePercent.over} %` : `at least ${already.activePercent.atLeast} %`} active: excluded (AMB-58)`;
    const reason =
      excludedNote ||
      (line === 1
        ? `new: ${pct} of paid seats active via ${p.association} in ${m(m1)}, not in ${m(m13)}`
        : line === -1
          ? `lost: deployed in ${m(m13)} but not in ${m(m1)}`
          : now
            ? `deployed in both ${m(m13)} and ${m(m1)}: no change`
            : `not deployed via ${p.association} in ${m(m1)} (needs ${bandText(ctx, p.track)} and ${pct} of a workload's paid seats active)`);
    items.push({ ...tenantName(ctx, tenant), subjectKind: 'tenant', counted: line !== 0, ...(line !== 0 ? { effect: line } : {}), reason });
  }
  return { units: adds - losses, value: adds - losses, summary: `${p.association}: ${count(adds, 'new deployment')} minus ${count(losses, 'lost deployment')} = ${adds - losses} net`, items };
}
