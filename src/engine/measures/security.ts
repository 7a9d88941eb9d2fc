/** Security metrics: RULES.md §5.3 (net customer adds), §5.5 (deployments), §5.6 (usage growth). */
import type { MonthIndex } from '../months';
import type { M365Cell } from '../prepare';
import type { Threshold } from '../rules/types';
import type { ExplanationItem } from '../types';
import { at, count, m, netLine, passes, sumRange, tenantName, thresholdText, usd, usdWhole, type MeasureContext, type MeasureOutput, num } from './context';

/**
 * §5.3 / §5.5 / AMB-32 / AMB-61: tenants whose Security ACR over the current TTM (M-12..M-1) passes, minus
 * those that passed over the previous TTM (M-24..M-13). `monthly-average` compares the TTM sum / 12.
 */
export function securityAzureTenants(ctx: MeasureContext, p: { ttmUsd: Threshold; basis: 'monthly-average' | 'total' }): MeasureOutput {
  const m1 = ctx.month;
  const scale = p.basis === 'monthly-average' ? 12 * 100 : 100;
  const t = p.basis === 'monthly-average' ? `${thresholdText(p.ttmUsd, usdWhole)} a month on average` : `${thresholdText(p.ttmUsd, usdWhole)} in 12 months`;
  let adds = 0, losses = 0;
  const items: ExplanationItem[] = [];
  for (const [tenant, series] of ctx.prepared.azure.security) {
    const cur = sumRange(series, m1 - 11, m1), prev = sumRange(series, m1 - 23, m1 - 12);
    const line = netLine(passes(cur, p.ttmUsd, scale), passes(prev, p.ttmUsd, scale));
    if (line === 1) adds++;
    if (line === -1) losses++;
    if (!ctx.explain || (cur === 0 && prev === 0)) continue;
    const reason =
      line === 1 ? `new: ${usd(cur)} Security ACR in ${m(m1 - 11)}–${m(m1)} (${t}); ${usd(prev)} the 12 months before`
      : line === -1 ? `lost: ${usd(prev)} in the previous 12 months, ${usd(cur)} now (needs ${t})`
      : passes(cur, p.ttmUsd, scale) ? `passed in both 12-month periods: no change`
      : `below ${t}: ${usd(cur)} in ${m(m1 - 11)}–${m(m1)}`;
    items.push({ ...tenantName(ctx, tenant), subjectKind: 'tenant', component: 'azure', counted: line !== 0, ...(line !== 0 ? { effect: line } : {}), reason, values: { previousTtm: prev / 100, currentTtm: cur / 100 } });
  }
  return { units: adds - losses, value: adds - losses, summary: `Azure: ${count(adds, 'new customer')} minus ${count(losses, 'lost')} = ${adds - losses} net (Security ACR ${t}, PAL)`, items };
}

function securityCells(ctx: MeasureContext, tenant: string, month: MonthIndex): M365Cell[] {
  const { m365Workloads, m365Associations } = ctx.prepared.edition.security;
  return (ctx.prepared.m365.cells.get(tenant)?.get(month) ?? []).filter((c) => m365Workloads.includes(c.workload) && m365Associations.includes(c.association));
}

/** §5.3 / §5.5 / AMB-33 / AMB-60: tenants with one Security workload passing the seat (and active share) test, net. */
export function securityM365Tenants(ctx: MeasureContext, p: { paidSeats: Threshold; activePercent?: Threshold }): MeasureOutput {
  const m1 = ctx.month, m13 = m1 - 12;
  const test = (cells: M365Cell[]) => cells.some((c) => passes(c.paidSeats, p.paidSeats) && (!p.activePercent || passes(c.activeUsers * 100, p.activePercent, c.paidSeats)));
  const t = `${thresholdText(p.paidSeats)} paid seats${p.activePercent ? ` and ${thresholdText(p.activePercent)} % active` : ''}`;
  let adds = 0, losses = 0;
  const items: ExplanationItem[] = [];
  for (const tenant of ctx.prepared.m365.cells.keys()) {
    const nowCells = securityCells(ctx, tenant, m1), thenCells = securityCells(ctx, tenant, m13);
    if (nowCells.length === 0 && thenCells.length === 0) continue;
    const line = netLine(test(nowCells), test(thenCells));
    if (line === 1) adds++;
    if (line === -1) losses++;
    if (!ctx.explain) continue;
    const reason =
      line === 1 ? `new: a Security workload with ${t} in ${m(m1)}, not in ${m(m13)}`
      : line === -1 ? `lost: passed in ${m(m13)} but not in ${m(m1)}`
      : test(nowCells) ? `passed in both ${m(m13)} and ${m(m1)}: no change`
      : `no Security workload with ${t} in ${m(m1)} (CPOR)`;
    items.push({ ...tenantName(ctx, tenant), subjectKind: 'tenant', component: 'm365', counted: line !== 0, ...(line !== 0 ? { effect: line } : {}), reason });
  }
  return { units: adds - losses, value: adds - losses, summary: `Microsoft 365: ${count(adds, 'new customer')} minus ${count(losses, 'lost')} = ${adds - losses} net (${t}, CPOR)`, items };
}

/** §5.6 / AMB-34: one unit per `usdPerUnit` of Security ACR growth from M-13 to M-1 (PAL). */
export function securityAzureAcrGrowth(ctx: MeasureContext, p: { usdPerUnit: number }): MeasureOutput {
  const m1 = ctx.month, m13 = m1 - 12;
  const cur = at(ctx.prepared.azure.securityTotalByMonth, m1), base = at(ctx.prepared.azure.securityTotalByMonth, m13);
  const delta = cur - base;
  const items: ExplanationItem[] = [];
  if (ctx.explain) {
    for (const [tenant, series] of ctx.prepared.azure.security) {
      const now = at(series, m1), then = at(series, m13);
      if (now === 0 && then === 0) continue;
      items.push({ ...tenantName(ctx, tenant), subjectKind: 'tenant', component: 'azure', counted: now !== then, effect: (now - then) / 100, reason: `Security ACR ${usd(then)} in ${m(m13)} → ${usd(now)} in ${m(m1)}` });
    }
  }
  const units = Math.floor(Math.max(0, delta) / (p.usdPerUnit * 100));
  return { units, value: delta / 100, summary: `Azure: Security ACR ${usd(base)} → ${usd(cur)} (${usd(delta)}): ${units} × ${usdWhole(p.usdPerUnit)}`, items };
}

/** §5.6 / AMB-60: one unit per `usersPerUnit` of protected-user growth (sum of Security workloads' active users, CPOR). */
export function securityProtectedUserGrowth(ctx: MeasureContext, p: { usersPerUnit: number }): MeasureOutput {
  const m1 = ctx.month, m13 = m1 - 12;
  const protectedUsers = (cells: M365Cell[]) => cells.reduce((sum, c) => sum + c.activeUsers, 0);
  let current = 0, baseline = 0;
  const items: ExplanationItem[] = [];
  for (const tenant of ctx.prepared.m365.cells.keys()) {
    const now = protectedUsers(securityCells(ctx, tenant, m1)), then = protectedUsers(securityCells(ctx, tenant, m13));
    current += now;
    baseline += then;
    if (ctx.explain && (now !== 0 || then !== 0)) items.push({ ...tenantName(ctx, tenant), subjectKind: 'tenant', component: 'm365', counted: now !== then, effect: now - then, reason: `${then} → ${now} protected users` });
  }
  const delta = current - baseline;
  const units = Math.floor(Math.max(0, delta) / p.usersPerUnit);
  return { units, value: delta, summary: `Microsoft 365: ${num(baseline)} → ${num(current)} protected users (${delta >= 0 ? '+' : ''}${delta}): ${units} × ${p.usersPerUnit}`, items };
}
