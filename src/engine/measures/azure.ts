/** Azure metrics: RULES.md §2.3 (net customer adds), §2.5 (usage growth), §2.6 (deployments). */
import Fraction from 'fraction.js';
import { nameKey } from '../vocabulary';
import type { Threshold } from '../rules/types';
import type { ExplanationItem } from '../types';
import { at, count, m, netLine, passes, sumRange, tenantName, thresholdText, usd, usdWhole, type MeasureContext, type MeasureOutput, num } from './context';

/**
 * §2.3 / AMB-05 / AMB-49: +1 when max(M-1, M-2) passes the threshold and M-13 and M-14 are both $0;
 * -1 when max(M-13, M-14) passes and max(M-1, M-2) does not.
 */
export function azureNetCustomerAdds(ctx: MeasureContext, p: { threshold: Threshold; definition: 'newCustomers' | 'countDifference' }): MeasureOutput {
  if (p.definition === 'countDifference') return azureCustomerCountDifference(ctx, p.threshold);
  const m1 = ctx.month,
    m2 = m1 - 1,
    m13 = m1 - 12,
    m14 = m1 - 13;
  const t = thresholdText(p.threshold, usdWhole);
  const [l1, l2, l13, l14] = [m(m1), m(m2), m(m13), m(m14)];
  let adds = 0,
    losses = 0;
  const items: ExplanationItem[] = [];
  for (const [tenant, series] of ctx.prepared.azure.acr) {
    const a1 = at(series, m1),
      a2 = at(series, m2),
      b13 = at(series, m13),
      b14 = at(series, m14);
    const recent = Math.max(a1, a2),
      baseline = Math.max(b13, b14);
    const recentPasses = passes(recent, p.threshold, 100);
    const baselinePasses = passes(baseline, p.threshold, 100);
    if (recentPasses && b13 === 0 && b14 === 0) adds++;
    else if (baselinePasses && !recentPasses) losses++;
    if (!ctx.explain || (recent === 0 && baseline === 0)) continue;
    const values = { [l1]: a1 / 100, [l2]: a2 / 100, [l13]: b13 / 100, [l14]: b14 / 100 };
    if (recentPasses && b13 === 0 && b14 === 0) {
      items.push({
        ...tenantName(ctx, tenant),
        subjectKind: 'tenant',
        counted: true,
        effect: 1,
        reason: `new customer: ${usd(recent)} in ${m(a1 >= a2 ? m1 : m2)} (${t}) and $0 in ${m(m14)} and ${m(m13)}`,
        values,
      });
    } else if (baselinePasses && !recentPasses) {
      items.push({
        ...tenantName(ctx, tenant),
        subjectKind: 'tenant',
        counted: true,
        effect: -1,
        reason: `lost customer: ${usd(baseline)} a year ago but ${usd(recent)} in ${m(m2)}–${m(m1)} (needs ${t})`,
        values,
      });
    } else {
      let reason: string;
      if (recentPasses && baselinePasses) reason = `already a customer a year ago (${usd(baseline)} in ${m(m14)}–${m(m13)}): no change`;
      else if (recentPasses) reason = `not new: had ${usd(baseline)} ACR in ${m(m14)}–${m(m13)}, which must be $0 for an add (AMB-49)`;
      else reason = `below the threshold: ${usd(recent)} in ${m(m2)}–${m(m1)} (needs ${t})`;
      items.push({ ...tenantName(ctx, tenant), subjectKind: 'tenant', counted: false, reason, values });
    }
  }
  return {
    units: adds - losses,
    value: adds - losses,
    summary: `${count(adds, 'new customer')} minus ${count(losses, 'lost customer')} = ${adds - losses} net`,
    items,
  };
}

/**
 * RULES-2026 §2.4 / AMB26-11: E(m) = tenants with eligible ACR at the threshold in m or m-1;
 * NCA = |E(M-1)| − |E(M-13)|. A tenant in E(M-1) only is added, in E(M-13) only lost, in both retained.
 */
function azureCustomerCountDifference(ctx: MeasureContext, threshold: Threshold): MeasureOutput {
  const m1 = ctx.month,
    m2 = m1 - 1,
    m13 = m1 - 12,
    m14 = m1 - 13;
  const t = thresholdText(threshold, usdWhole);
  let now = 0,
    then = 0;
  const items: ExplanationItem[] = [];
  for (const [tenant, series] of ctx.prepared.azure.acr) {
    const a1 = at(series, m1),
      a2 = at(series, m2),
      b13 = at(series, m13),
      b14 = at(series, m14);
    const recent = Math.max(a1, a2),
      baseline = Math.max(b13, b14);
    const inNow = passes(recent, threshold, 100),
      inThen = passes(baseline, threshold, 100);
    if (inNow) now++;
    if (inThen) then++;
    if (!ctx.explain || (recent === 0 && baseline === 0)) continue;
    const values = { [m(m1)]: a1 / 100, [m(m2)]: a2 / 100, [m(m13)]: b13 / 100, [m(m14)]: b14 / 100 };
    const line = netLine(inNow, inThen);
    const reason =
      line === 1
        ? `added: ${usd(recent)} in ${m(a1 >= a2 ? m1 : m2)} (${t}); ${usd(baseline)} at most in ${m(m14)}–${m(m13)}`
        : line === -1
          ? `lost: ${usd(baseline)} in ${m(m14)}–${m(m13)} but ${usd(recent)} at most in ${m(m2)}–${m(m1)} (needs ${t})`
          : inNow
            ? `counted in both years (${usd(baseline)} → ${usd(recent)}): no change`
            : `below the threshold in both years: ${usd(recent)} at most in ${m(m2)}–${m(m1)} (needs ${t})`;
    items.push({ ...tenantName(ctx, tenant), subjectKind: 'tenant', counted: line !== 0, ...(line !== 0 ? { effect: line } : {}), reason, values });
  }
  return {
    units: now - then,
    value: now - then,
    summary: `${count(now, 'customer')} ${t} in ${m(m2)}–${m(m1)} minus ${num(then)} in ${m(m14)}–${m(m13)} = ${now - then} net`,
    items,
  };
}

/** §2.5 / AMB-13: whole percent of growth of total eligible ACR, M-13 → M-1; TTM ACR >= minimum; baseline > 0. */
export function azureUsageGrowth(ctx: MeasureContext, p: { minimumTtmUsd: number }): MeasureOutput {
  const m1 = ctx.month,
    m13 = m1 - 12;
  const { totalByMonth, acr } = ctx.prepared.azure;
  const ttm = sumRange(totalByMonth, m1 - 11, m1);
  const cur = at(totalByMonth, m1),
    base = at(totalByMonth, m13);
  const items: ExplanationItem[] = [];
  if (ctx.explain) {
    for (const [tenant, series] of acr) {
      const now = at(series, m1),
        then = at(series, m13);
      if (now === 0 && then === 0) continue;
      items.push({
        ...tenantName(ctx, tenant),
        subjectKind: 'tenant',
        counted: true,
        effect: (now - then) / 100,
        reason: `${usd(then)} in ${m(m13)} → ${usd(now)} in ${m(m1)}`,
        values: { [m(m13)]: then / 100, [m(m1)]: now / 100 },
      });
    }
    items.sort((a, b) => Math.abs(b.effect ?? 0) - Math.abs(a.effect ?? 0));
  }
  if (ttm < p.minimumTtmUsd * 100) {
    return { units: 0, value: 0, summary: `trailing-12-month ACR is ${usd(ttm)}, below the ${usdWhole(p.minimumTtmUsd)} minimum: no points`, items };
  }
  if (base <= 0) {
    return { units: 0, value: 0, summary: `no ACR in ${m(m13)} to grow from (AMB-13): no points`, items };
  }
  const growth = new Fraction(cur - base).mul(100).div(base);
  const value = Math.round(growth.valueOf() * 100) / 100;
  const units = Math.max(0, Number(growth.floor().valueOf()));
  return { units, value, summary: `ACR ${usd(base)} in ${m(m13)} → ${usd(cur)} in ${m(m1)}: ${num(value)} % growth`, items };
}

/** §2.6 / AMB-12 / AMB-48: distinct services (not excluded) that some customer first used inside the TTM. */
export function azureNewServices(ctx: MeasureContext, p: { excludedServices: string[] }): MeasureOutput {
  const m1 = ctx.month,
    from = m1 - 11;
  const excluded = new Set(p.excludedServices.map(nameKey));
  const items: ExplanationItem[] = [];
  let services = 0;
  for (const [service, byTenant] of ctx.prepared.azure.firstUse) {
    let firstEver = Infinity;
    let newAt: string | null = null;
    let newMonth = Infinity;
    for (const [tenant, first] of byTenant) {
      if (first < firstEver) firstEver = first;
      if (first >= from && first <= m1 && first < newMonth) {
        newMonth = first;
        newAt = tenant;
      }
    }
    if (firstEver > m1) continue; // first used after the scoring month
    if (excluded.has(nameKey(service))) {
      if (ctx.explain) items.push({ subject: service, subjectKind: 'service', counted: false, reason: `${service} are excluded from deployments (AMB-12)` });
      continue;
    }
    if (newAt !== null) {
      services++;
      if (ctx.explain)
        items.push({
          subject: service,
          subjectKind: 'service',
          counted: true,
          effect: 1,
          reason: `first used by ${tenantName(ctx, newAt).name ?? tenantName(ctx, newAt).subject} in ${m(newMonth)}, inside the trailing 12 months`,
          values: { firstUse: m(newMonth) },
        });
    } else if (ctx.explain) {
      items.push({
        subject: service,
        subjectKind: 'service',
        counted: false,
        reason: `not new: every customer using it started before ${m(from)} (first in ${m(firstEver)})`,
        values: { firstUse: m(firstEver) },
      });
    }
  }
  const first = ctx.prepared.azure.firstMonth;
  const note = first !== null && first > from ? `; the Azure data starts in ${m(first)}, inside the trailing 12 months, so every service in it looks new (AMB-48)` : '';
  return { units: services, value: services, summary: `${count(services, 'service')} first used in ${m(from)}–${m(m1)}${note}`, items };
}

/**
 * RULES-2026 §2.7 / AMB26-13: distinct Service Level 2 services, other than the excluded ones, whose eligible
 * ACR summed over every tenant and the trailing 12 months is more than zero (a credit can bring it to zero).
 */
export function azureServicesWithAcr(ctx: MeasureContext, p: { excludedServices: string[] }): MeasureOutput {
  const m1 = ctx.month,
    from = m1 - 11;
  const excluded = new Set(p.excludedServices.map(nameKey));
  // The numbers need each service's total only; the explanation lines also say how many customers had ACR.
  const customers = new Map<string, number>();
  if (ctx.explain)
    for (const byService of ctx.prepared.azurePerService.values())
      for (const [service, series] of byService) if (sumRange(series, from, m1) > 0) customers.set(service, (customers.get(service) ?? 0) + 1);
  const items: ExplanationItem[] = [];
  let services = 0;
  for (const [service, series] of ctx.prepared.azure.serviceTotals) {
    const cents = sumRange(series, from, m1);
    const tenants = customers.get(service) ?? 0;
    if (excluded.has(nameKey(service))) {
      if (ctx.explain && cents !== 0) items.push({ subject: service, subjectKind: 'service', counted: false, reason: `${service} do not count as deployments`, values: { ttmUsd: cents / 100 } });
      continue;
    }
    if (cents > 0) {
      services++;
      if (ctx.explain)
        items.push({
          subject: service,
          subjectKind: 'service',
          counted: true,
          effect: 1,
          reason: `${usd(cents)} eligible ACR in ${m(from)}–${m(m1)} from ${count(tenants, 'customer')}`,
          values: { ttmUsd: cents / 100 },
        });
    } else if (ctx.explain) {
      items.push({ subject: service, subjectKind: 'service', counted: false, reason: `no eligible ACR above $0 in ${m(from)}–${m(m1)} (${usd(cents)})`, values: { ttmUsd: cents / 100 } });
    }
  }
  items.sort((a, b) => Number(b.counted) - Number(a.counted) || a.subject.localeCompare(b.subject));
  return { units: services, value: services, summary: `${count(services, 'Azure service')} with eligible ACR in ${m(from)}–${m(m1)}`, items };
}
