/** Business Applications metrics: RULES.md §3.3 (net customer adds), §3.6 (deployments), §3.7 (usage growth). */
import Fraction from 'fraction.js';
import { SEP } from '../prepare';
import type { Threshold } from '../rules/types';
import type { ExplanationItem } from '../types';
import { at, count, m, netLine, passes, tenantName, thresholdText, usd, usdWhole, type MeasureContext, type MeasureOutput, num } from './context';

const mcvText = (milli: number): string => num(milli / 1000);

/**
 * Net tenant × workload pairs: pairs passing the threshold in M-1 minus pairs passing it in M-13.
 * `revenue`: attributed adjusted revenue (§3.3, AMB-17/54); `mcv`: monthly consumption value (§3.6, AMB-55).
 */
export function bizappsNetPairs(ctx: MeasureContext, p: { source: 'revenue' | 'mcv'; threshold: Threshold }): MeasureOutput {
  const m1 = ctx.month,
    m13 = m1 - 12;
  const isRevenue = p.source === 'revenue';
  const series = isRevenue ? ctx.prepared.bizapps.revenue : ctx.prepared.bizapps.mcv;
  const scale = isRevenue ? 100 : 1000;
  const show = isRevenue ? usd : (v: number) => `MCV ${mcvText(v)}`;
  const t = isRevenue ? thresholdText(p.threshold, usdWhole) : `MCV ${thresholdText(p.threshold)}`;
  let adds = 0,
    losses = 0;
  const items: ExplanationItem[] = [];
  for (const [key, s] of series) {
    const now = at(s, m1),
      then = at(s, m13);
    const line = netLine(passes(now, p.threshold, scale), passes(then, p.threshold, scale));
    if (line === 1) adds++;
    if (line === -1) losses++;
    if (!ctx.explain || (line === 0 && now === 0 && then === 0)) continue;
    const [tenant, workload] = key.split(SEP) as [string, string];
    const who = tenantName(ctx, tenant);
    const values = { workload, [m(m13)]: then / scale, [m(m1)]: now / scale };
    let reason: string;
    if (line === 1) reason = `new: ${show(now)} in ${m(m1)} (${t}); ${show(then)} in ${m(m13)}`;
    else if (line === -1) reason = `lost: ${show(then)} in ${m(m13)} but ${show(now)} in ${m(m1)} (needs ${t})`;
    else if (passes(now, p.threshold, scale)) reason = `already over the threshold in ${m(m13)} (${show(then)}): no change`;
    else reason = `below the threshold in both months (${show(then)} → ${show(now)}; needs ${t})`;
    items.push({
      subject: `${who.subject} · ${workload}`,
      ...(who.name ? { name: `${who.name} · ${workload}` } : {}),
      subjectKind: 'pair',
      counted: line !== 0,
      ...(line !== 0 ? { effect: line } : {}),
      reason,
      values,
    });
  }
  const what = isRevenue ? 'customer workload' : 'deployment';
  return { units: adds - losses, value: adds - losses, summary: `${count(adds, `new ${what}`)} minus ${count(losses, `lost ${what}`)} = ${adds - losses} net`, items };
}

/** §3.7 / AMB-19: whole percent of total MCV growth M-13 → M-1 when the baseline MCV reaches the minimum. */
export function bizappsMcvGrowth(ctx: MeasureContext, p: { minimumBaselineMcv: number }): MeasureOutput {
  const m1 = ctx.month,
    m13 = m1 - 12;
  const { mcvTotalByMonth, mcv } = ctx.prepared.bizapps;
  const cur = at(mcvTotalByMonth, m1),
    base = at(mcvTotalByMonth, m13);
  const items: ExplanationItem[] = [];
  if (ctx.explain) {
    for (const [key, s] of mcv) {
      const now = at(s, m1),
        then = at(s, m13);
      if (now === 0 && then === 0) continue;
      const [tenant, workload] = key.split(SEP) as [string, string];
      const who = tenantName(ctx, tenant);
      items.push({
        subject: `${who.subject} · ${workload}`,
        ...(who.name ? { name: `${who.name} · ${workload}` } : {}),
        subjectKind: 'pair',
        counted: true,
        effect: (now - then) / 1000,
        reason: `MCV ${mcvText(then)} in ${m(m13)} → ${mcvText(now)} in ${m(m1)}`,
        values: { workload, [m(m13)]: then / 1000, [m(m1)]: now / 1000 },
      });
    }
    items.sort((a, b) => Math.abs(b.effect ?? 0) - Math.abs(a.effect ?? 0));
  }
  if (base < p.minimumBaselineMcv * 1000) {
    return { units: 0, value: 0, summary: `baseline MCV in ${m(m13)} is ${mcvText(base)}, below the ${num(p.minimumBaselineMcv)} minimum: no points`, items };
  }
  const growth = new Fraction(cur - base).mul(100).div(base);
  const value = Math.round(growth.valueOf() * 100) / 100;
  return { units: Math.max(0, Number(growth.floor().valueOf())), value, summary: `MCV ${mcvText(base)} in ${m(m13)} → ${mcvText(cur)} in ${m(m1)}: ${num(value)} % growth`, items };
}
