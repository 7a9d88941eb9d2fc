/** Security metrics: RULES.md §5.3 (net customer adds), §5.5 (deployments), §5.6 (usage growth). */
import type { MonthIndex } from '../months';
import type { MonthSeries } from '../prepare';
import type { SeatBand, Threshold, UsdBand } from '../rules/types';
import { atShare, bandOf, cellScope, inCoreBand, scopedCells, SeatList, shareOf, tenantInBand, workloadSet, type CellScope, type TenantCells } from './m365';
import type { ExplanationItem } from '../types';
import { at, count, m, netLine, passes, perTenant, sumRange, tenantParts, tenantName, thresholdText, usd, usdWhole, type MeasureContext, type MeasureOutput, num } from './context';

/**
 * §5.3 / §5.5 / AMB-32 / AMB-61: tenants whose Security ACR over the current TTM (M-12..M-1) passes, minus
 * those that passed over the previous TTM (M-24..M-13). `monthly-average` compares the TTM sum / 12.
 */
export function securityAzureTenants(ctx: MeasureContext, p: { ttmUsd: UsdBand; basis: 'monthly-average' | 'total' }): MeasureOutput {
  const m1 = ctx.month;
  const scale = p.basis === 'monthly-average' ? 12 * 100 : 100;
  const t = p.basis === 'monthly-average' ? `${thresholdText(p.ttmUsd, usdWhole)} a month on average` : `${usdBandText(p.ttmUsd)} in 12 months`;
  let adds = 0,
    losses = 0;
  const items: ExplanationItem[] = [];
  for (const [tenant, series] of ctx.prepared.azure.security) {
    // Each 12-month sum once: the band tests below read them up to three times each.
    const cur = sumRange(series, m1 - 11, m1),
      prev = sumRange(series, m1 - 23, m1 - 12);
    const inNow = inUsdBandOf(cur, () => prev, p.ttmUsd, scale),
      inThen = inUsdBandOf(prev, () => sumRange(series, m1 - 35, m1 - 24), p.ttmUsd, scale);
    const line = netLine(inNow, inThen);
    if (line === 1) adds++;
    if (line === -1) losses++;
    if (!ctx.explain || (cur === 0 && prev === 0)) continue;
    const reason =
      line === 1
        ? `new: ${usd(cur)} Security ACR in ${m(m1 - 11)}–${m(m1)} (${t}); ${usd(prev)} the 12 months before`
        : line === -1
          ? `lost: ${usd(prev)} in the previous 12 months, ${usd(cur)} now (needs ${t})`
          : inNow
            ? `passed in both 12-month periods: no change`
            : `below ${t}: ${usd(cur)} in ${m(m1 - 11)}–${m(m1)}`;
    items.push({
      ...tenantName(ctx, tenant),
      subjectKind: 'tenant',
      component: 'azure',
      counted: line !== 0,
      ...(line !== 0 ? { effect: line } : {}),
      reason,
      values: { previousTtm: prev / 100, currentTtm: cur / 100 },
    });
  }
  const associations = ctx.prepared.edition.azure.securityAssociations.join('/');
  return {
    units: adds - losses,
    value: adds - losses,
    summary: `Azure: ${count(adds, 'new customer')} minus ${count(losses, 'lost')} = ${adds - losses} net (Security ACR ${t}, ${associations})`,
    items,
  };
}

/**
 * The tenant's Security ACR over the 12 months ending `end` is in the band; with `carryOver`, also above the band
 * when it was inside it over the 12 months ending a year earlier (RULES-2026 §5.6 / AMB26-25).
 */
function inUsdBand(series: MonthSeries, end: MonthIndex, band: UsdBand, scale: number): boolean {
  return inUsdBandOf(sumRange(series, end - 11, end), () => sumRange(series, end - 23, end - 12), band, scale);
}

/** inUsdBand from the 12-month sum and, when the carry-over needs it, the sum of the 12 months before. */
function inUsdBandOf(ttm: number, ttmYearBefore: () => number, band: UsdBand, scale: number): boolean {
  if (inCoreUsdBand(ttm, band, scale)) return true;
  return !!band.carryOver && band.atMost !== undefined && ttm > band.atMost * scale && inCoreUsdBand(ttmYearBefore(), band, scale);
}

/** A 12-month sum is in the band itself (no carry-over). A function, not a closure: it runs per tenant. */
function inCoreUsdBand(ttm: number, band: UsdBand, scale: number): boolean {
  return passes(ttm, band, scale) && (band.atMost === undefined || ttm <= band.atMost * scale);
}

function usdBandText(band: UsdBand): string {
  if (band.atMost === undefined) return thresholdText(band, usdWhole);
  const low = 'over' in band ? `more than ${usdWhole(band.over)}` : usdWhole(band.atLeast);
  return `${low} to ${usdWhole(band.atMost)}${band.carryOver ? ' (or above, if in that band a year before)' : ''}`;
}

function seatBandText(band: SeatBand): string {
  if (band.atMost === undefined) return thresholdText(band);
  const low = 'over' in band ? band.over + 1 : band.atLeast;
  return `${low}–${band.atMost}${band.promotion ? ' (or more, if in that band a year before)' : ''}`;
}

function securityWorkloads(ctx: MeasureContext): Set<string> {
  return workloadSet(ctx.prepared.edition.security.m365Workloads);
}

/** The Security workloads through the Security associations (§5.3). */
function securityScope(ctx: MeasureContext): CellScope {
  return cellScope(securityWorkloads(ctx), ctx.prepared.edition.security.m365Associations);
}

/** §5.3 / §5.5 / AMB-33 / AMB-60: tenants with one Security workload passing the seat (and active share) test, net. */
export function securityM365Tenants(ctx: MeasureContext, p: { paidSeats: SeatBand; activePercent?: Threshold; activeOn?: 'sameWorkload' | 'anyWorkload' }): MeasureOutput {
  const m1 = ctx.month,
    m13 = m1 - 12;
  const associations = ctx.prepared.edition.security.m365Associations;
  const scope = securityScope(ctx);
  const share = p.activePercent ? shareOf(p.activePercent) : null,
    seats = bandOf(p.paidSeats);
  const activeAt = (cells: SeatList, k: number) => !share || (cells.paid[k]! > 0 && atShare(cells.active[k]!, cells.paid[k]!, share));
  const someActive = (cells: SeatList) => {
    for (let k = 0; k < cells.count; k++) if (activeAt(cells, k)) return true;
    return false;
  };
  // Ed. 2024: one workload passes both tests. RULES-2026 AMB26-25/46: the tenant is in the band (promotion
  // included) and some eligible workload passes the active test.
  const wholeTenant = p.activeOn === 'anyWorkload' || !!p.paidSeats.promotion;
  const test = (tenant: TenantCells, month: MonthIndex, cells: SeatList) => {
    if (wholeTenant) return tenantInBand(ctx, tenant, month, scope, seats, cells) && (!share || someActive(cells));
    for (let k = 0; k < cells.count; k++) if (inCoreBand(cells.paid[k]!, seats) && activeAt(cells, k)) return true;
    return false;
  };
  const t = `${seatBandText(p.paidSeats)} paid seats${p.activePercent ? ` and ${thresholdText(p.activePercent)} % active` : ''}`;
  let adds = 0,
    losses = 0;
  const items: ExplanationItem[] = [];
  const now = new SeatList(),
    then = new SeatList();
  const passThenAndNow = (tenant: TenantCells): { passNow: boolean; passThen: boolean } | null => {
    const nowCells = scopedCells(ctx, tenant, m1, scope, now),
      thenCells = scopedCells(ctx, tenant, m13, scope, then);
    return nowCells.count === 0 && thenCells.count === 0 ? null : { passNow: test(tenant, m1, nowCells), passThen: test(tenant, m13, thenCells) };
  };
  const parts = tenantParts(ctx, p, m1);
  for (const [tenant, byMonth] of ctx.prepared.m365.cells) {
    // `false` stands for "no Security cells either year" in the per-tenant cache (null is not cached).
    const outcome = ctx.explain ? passThenAndNow(byMonth) : perTenant(parts, byMonth, () => passThenAndNow(byMonth) ?? false);
    if (!outcome) continue;
    const { passNow, passThen } = outcome;
    const line = netLine(passNow, passThen);
    if (line === 1) adds++;
    if (line === -1) losses++;
    if (!ctx.explain) continue;
    const reason =
      line === 1
        ? `new: a Security workload with ${t} in ${m(m1)}, not in ${m(m13)}`
        : line === -1
          ? `lost: passed in ${m(m13)} but not in ${m(m1)}`
          : passNow
            ? `passed in both ${m(m13)} and ${m(m1)}: no change`
            : `no Security workload with ${t} in ${m(m1)} (${associations.join('/')})`;
    items.push({ ...tenantName(ctx, tenant), subjectKind: 'tenant', component: 'm365', counted: line !== 0, ...(line !== 0 ? { effect: line } : {}), reason });
  }
  return {
    units: adds - losses,
    value: adds - losses,
    summary: `Microsoft 365: ${count(adds, 'new customer')} minus ${count(losses, 'lost')} = ${adds - losses} net (${t}, ${associations.join('/')})`,
    items,
  };
}

/** §5.6 / AMB-34: one unit per `usdPerUnit` of Security ACR growth from M-13 to M-1 (PAL). */
export function securityAzureAcrGrowth(ctx: MeasureContext, p: { usdPerUnit: number; tenants?: UsdBand }): MeasureOutput {
  const m1 = ctx.month,
    m13 = m1 - 12;
  const band = p.tenants;
  let cur = at(ctx.prepared.azure.securityTotalByMonth, m1),
    base = at(ctx.prepared.azure.securityTotalByMonth, m13);
  const items: ExplanationItem[] = [];
  if (band) {
    // RULES-2026 §5.7 / AMB26-34: each end month's ACR counts for the tenants whose TTM ending then is in the band.
    cur = base = 0;
    for (const series of ctx.prepared.azure.security.values()) {
      if (inUsdBand(series, m1, band, 100)) cur += at(series, m1);
      if (inUsdBand(series, m13, band, 100)) base += at(series, m13);
    }
  }
  const delta = cur - base;
  if (ctx.explain) {
    for (const [tenant, series] of ctx.prepared.azure.security) {
      const inNow = !band || inUsdBand(series, m1, band, 100),
        inThen = !band || inUsdBand(series, m13, band, 100);
      const now = inNow ? at(series, m1) : 0,
        then = inThen ? at(series, m13) : 0;
      if (at(series, m1) === 0 && at(series, m13) === 0) continue;
      // A month outside the band counts as $0: say what the tenant had and what counted.
      const outside = band && (!inNow || !inThen) ? `; counted ${usd(then)} → ${usd(now)}: only months whose 12-month Security ACR is ${usdBandText(band)} count` : '';
      items.push({
        ...tenantName(ctx, tenant),
        subjectKind: 'tenant',
        component: 'azure',
        counted: now !== then,
        effect: (now - then) / 100,
        reason: `Security ACR ${usd(at(series, m13))} in ${m(m13)} → ${usd(at(series, m1))} in ${m(m1)}${outside}`,
      });
    }
  }
  const units = Math.floor(Math.max(0, delta) / (p.usdPerUnit * 100));
  return { units, value: delta / 100, summary: `Azure: Security ACR ${usd(base)} → ${usd(cur)} (${usd(delta)}): ${units} × ${usdWhole(p.usdPerUnit)}`, items };
}

/** §5.6 / AMB-60: one unit per `usersPerUnit` of protected-user growth (sum of Security workloads' active users, CPOR). */
export function securityProtectedUserGrowth(ctx: MeasureContext, p: { usersPerUnit: number; perTenant?: 'sumActive' | 'maxProtected'; band?: SeatBand }): MeasureOutput {
  const m1 = ctx.month,
    m13 = m1 - 12;
  const scope = securityScope(ctx);
  // Ed. 2024 AMB-60: the sum of active users; RULES-2026 AMB26-28: the largest min(active, paid) of a workload.
  const usersOf = (cells: SeatList) => {
    let users = 0;
    for (let k = 0; k < cells.count; k++) users = p.perTenant === 'maxProtected' ? Math.max(users, Math.min(cells.active[k]!, cells.paid[k]!)) : users + cells.active[k]!;
    return users;
  };
  const list = new SeatList();
  const band = p.band ? bandOf(p.band) : null;
  const protectedUsers = (tenant: TenantCells, month: MonthIndex) => {
    const cells = scopedCells(ctx, tenant, month, scope, list);
    return !band || tenantInBand(ctx, tenant, month, scope, band, cells) ? usersOf(cells) : 0;
  };
  let current = 0,
    baseline = 0;
  const items: ExplanationItem[] = [];
  const parts = tenantParts(ctx, p, m1);
  const thenAndNow = (cells: TenantCells) => ({ now: protectedUsers(cells, m1), then: protectedUsers(cells, m13) });
  for (const [tenant, byMonth] of ctx.prepared.m365.cells) {
    const { now, then } = ctx.explain ? thenAndNow(byMonth) : perTenant(parts, byMonth, () => thenAndNow(byMonth));
    current += now;
    baseline += then;
    if (ctx.explain && (now !== 0 || then !== 0))
      items.push({ ...tenantName(ctx, tenant), subjectKind: 'tenant', component: 'm365', counted: now !== then, effect: now - then, reason: `${then} → ${now} protected users` });
  }
  const delta = current - baseline;
  const units = Math.floor(Math.max(0, delta) / p.usersPerUnit);
  return { units, value: delta, summary: `Microsoft 365: ${num(baseline)} → ${num(current)} protected users (${delta >= 0 ? '+' : ''}${delta}): ${units} × ${p.usersPerUnit}`, items };
}
