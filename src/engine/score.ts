/**
 * The generic scorer. It reads rule data (src/engine/rules) and knows no designation by name:
 * component points are linear in whole units and exact (RULES.md §1.2, AMB-01); a metric adds its components
 * (`sum`) or takes the best (`best`) and is capped at its maximum; a path qualifies with >= 70 points and
 * >= 1 point in every metric (§1.1, AMB-02); the path that counts comes from the designation's path selection.
 */
import { PATH_NAMES } from './names';
import Fraction from 'fraction.js';
import { exactText, round2 } from './exact';
import { measure, measureUncached, type MeasureContext } from './measures';
import { at, sumRange, usd } from './measures/context';
import type { Day, MonthIndex } from './months';
import { lastDayOf, monthIndex, monthOf } from './months';
import { applyRows, type Prepared } from './prepare';
import type { ComponentRule, DesignationRule, MeasureSpec, MetricRule, PathRule, PathSelection } from './rules/types';
import type { ComponentResult, DesignationId, DesignationResult, DesignationStatus, ExplanationItem, MetricResult, PathId, PathResult } from './types';

export interface ScoreContext {
  prepared: Prepared;
  month: MonthIndex;
  checkDay: Day;
  explain: boolean;
  /**
   * Scores and qualification only, every text left empty (summaries, blockers, reasons): the planner reads
   * nothing else of the thousands of states it scores, and the texts were a quarter of each evaluation.
   */
  numbersOnly?: boolean;
}

interface ScoredPath {
  result: PathResult;
  total: Fraction;
}

function effective(component: ComponentRule, day: Day): boolean {
  return (!component.effectiveFrom || component.effectiveFrom <= day) && (!component.effectiveUntil || component.effectiveUntil >= day);
}

function componentPoints(rule: ComponentRule, units: number): Fraction {
  // §1.2: points = min(max, max(0, units) × max / unitsForMax), exact.
  const raw = new Fraction(Math.max(0, units)).mul(rule.pointsAtMax).div(rule.unitsForMax);
  return raw.compare(rule.pointsAtMax) > 0 ? new Fraction(rule.pointsAtMax) : raw;
}

interface ComponentPoints {
  exact: Fraction;
  rounded: number;
  text: string;
}
const NO_POINTS: ComponentPoints = { exact: new Fraction(0), rounded: 0, text: '0' };
/** A component's points depend only on its rule and units: made once per pair (the planner scores thousands of states). */
const pointsCache = new WeakMap<ComponentRule, Map<number, ComponentPoints>>();
function pointsFor(rule: ComponentRule, units: number): ComponentPoints {
  let byUnits = pointsCache.get(rule);
  if (!byUnits) pointsCache.set(rule, (byUnits = new Map()));
  let points = byUnits.get(units);
  if (!points) {
    const exact = componentPoints(rule, units);
    byUnits.set(units, (points = { exact, rounded: round2(exact), text: exactText(exact) }));
  }
  return points;
}

function scoreMetric(ctx: ScoreContext, rule: MetricRule): { result: MetricResult; points: Fraction } {
  const mctx: MeasureContext = ctx;
  const texts = !ctx.numbersOnly;
  const components = rule.components.filter((c) => effective(c, ctx.checkDay));
  const unitsById = new Map<string, number>();
  const scored: { rule: ComponentRule; result: ComponentResult; points: Fraction; items: ExplanationItem[] }[] = [];
  for (const component of components) {
    const out = measure(mctx, component.measure);
    unitsById.set(component.id, out.units);
    const unmet = (component.requires ?? []).filter((id) => (unitsById.get(id) ?? 0) < 1);
    const gated = unmet.length > 0;
    const points = gated ? NO_POINTS : pointsFor(component, out.units);
    let summary = '';
    if (texts) {
      summary = out.summary;
      if (gated) summary = `${summary}; earns nothing until the prerequisite${unmet.length > 1 ? 's are' : ' is'} met`;
      else if (out.units > component.unitsForMax && !component.prerequisite) summary = `${summary}; the maximum is reached at ${component.unitsForMax}`;
    }
    const items = out.items.map((item) => ({
      ...item,
      component: item.component ?? component.id,
      ...(gated && item.counted ? { counted: false, reason: `${item.reason} — does not count until the prerequisites are met` } : {}),
    }));
    scored.push({
      rule: component,
      points: points.exact,
      items,
      result: {
        id: component.id,
        label: component.label,
        units: out.units,
        value: out.value,
        points: points.rounded,
        pointsExact: points.text,
        maxPoints: component.pointsAtMax,
        ...(gated ? { gated: true } : {}),
        summary,
      },
    });
  }

  let points: Fraction;
  let value: number;
  let bestComponent: string | undefined;
  const measured = scored.filter((s) => !s.rule.prerequisite);
  if (rule.combine === 'best') {
    let best = scored[0]!;
    for (const s of scored) if (s.points.compare(best.points) > 0) best = s;
    points = best.points;
    value = best.result.value;
    bestComponent = best.rule.id;
  } else {
    points = scored.reduce((sum, s) => sum.add(s.points), new Fraction(0));
    value = measured.length === 1 ? measured[0]!.result.value : measured.reduce((sum, s) => sum + Math.max(0, s.result.units), 0);
  }
  if (points.compare(rule.maxPoints) > 0) points = new Fraction(rule.maxPoints);
  const minimum = ctx.prepared.edition.qualification.minPointsPerMetric;
  const summary = !texts
    ? ''
    : rule.combine === 'best'
      ? `best option: ${scored.find((s) => s.rule.id === bestComponent)?.rule.label}; ${scored.map((s) => `${s.rule.label} ${s.result.points}`).join(', ')}`
      : scored.map((s) => s.result.summary).join('; ');
  return {
    points,
    result: {
      id: rule.id,
      label: rule.label,
      points: round2(points),
      pointsExact: texts ? exactText(points) : '',
      max: rule.maxPoints,
      value,
      unit: rule.unit,
      meetsMinimum: points.compare(minimum) >= 0,
      rule: rule.rule,
      components: scored.map((s) => s.result),
      ...(bestComponent ? { bestComponent } : {}),
      summary,
      items: scored.flatMap((s) => s.items),
    },
  };
}

function scorePath(ctx: ScoreContext, rule: PathRule): ScoredPath {
  const { minTotal, minPointsPerMetric } = ctx.prepared.edition.qualification;
  let total = new Fraction(0);
  const metrics: MetricResult[] = [];
  for (const metricRule of rule.metrics) {
    const { result, points } = scoreMetric(ctx, metricRule);
    total = total.add(points);
    metrics.push(result);
  }
  const qualified = total.compare(minTotal) >= 0 && metrics.every((metric) => metric.meetsMinimum);
  const blockers: string[] = [];
  if (!ctx.numbersOnly) {
    if (total.compare(minTotal) < 0) blockers.push(`${round2(total)} points, below ${minTotal}`);
    for (const metric of metrics) {
      if (!metric.meetsMinimum) blockers.push(`${metric.label}: ${metric.points} point${metric.points === 1 ? '' : 's'}, needs at least ${minPointsPerMetric}`);
    }
  }
  return {
    total,
    result: { path: rule.id, score: round2(total), scoreExact: ctx.numbersOnly ? '' : exactText(total), qualified, blockers, metrics },
  };
}

// ----------------------------------------------------------------------------------------- path selection

/** Path reasons name the deciding fact first and say the path is assigned by the rules (the partner does not choose). */
const ASSIGNED = 'assigned by the rules:';
/** The path the rules assign, and why (written only when asked for: see `numbersOnly`). */
interface PathChoice {
  path: PathId;
  reason: () => string;
}
const side = (isAtLeast: boolean, percent: number) => `${isAtLeast ? 'at or over' : 'under'} the ${percent} % SMB needs`;

function azurePath(ctx: ScoreContext, sel: Extract<PathSelection, { kind: 'azureRevenueAndSegment' }>): PathChoice {
  if (sel.acrTtmUsd === null) return azureSegmentPath(ctx, sel);
  const { prepared, month } = ctx;
  const override = prepared.partnerOverrides;
  const ttmCents = override.acrTtmUsd !== undefined ? Math.round(override.acrTtmUsd * 100) : sumRange(prepared.azure.totalByMonth, month - 11, month);
  const source = override.acrTtmUsd !== undefined ? ' (from the partner settings)' : '';
  const limitCents = sel.acrTtmUsd * 100;
  const limit = () => usd(limitCents);
  if (ttmCents >= limitCents) {
    return { path: 'enterprise', reason: () => `${ASSIGNED} Azure ACR over the trailing 12 months is ${usd(ttmCents)}${source}, at or over ${limit()}` };
  }
  // AMB-06 / AMB-52: the denominator is the tenants with eligible ACR summed over the TTM > 0.
  const { customers, smb } = azureCustomerShare(ctx, sel);
  const acr = () => `Azure ACR over the trailing 12 months is ${usd(ttmCents)}${source}, under ${limit()}`;
  if (override.smbCustomerShare !== undefined) {
    const percent = override.smbCustomerShare * 100;
    const isSmb = new Fraction(override.smbCustomerShare).mul(100).compare(sel.smbSharePercent) >= 0;
    return {
      path: isSmb ? 'smb' : 'enterprise',
      reason: () => `${ASSIGNED} the partner settings put ${round2(new Fraction(percent))} % of customers in SMB/SMC, ${side(isSmb, sel.smbSharePercent)} (${acr()})`,
    };
  }
  // AMB-50: no Azure customers → Enterprise.
  if (customers === 0) return { path: 'enterprise', reason: () => `${ASSIGNED} there are no Azure customers in the trailing 12 months (${acr()})` };
  const isSmb = smb * 100 >= sel.smbSharePercent * customers;
  return {
    path: isSmb ? 'smb' : 'enterprise',
    reason: () =>
      `${ASSIGNED} ${isSmb ? '' : 'only '}${round2(new Fraction(smb * 100, customers))} % of Azure customers (${smb} of ${customers}) are SMB/SMC, ${side(isSmb, sel.smbSharePercent)} (${acr()})`,
  };
}

type AzureSegmentSelection = Extract<PathSelection, { kind: 'azureRevenueAndSegment' }>;

/** Azure customers (eligible ACR > 0 over the TTM, or in the scoring month) and how many are in an SMB segment. */
function azureCustomerShare(ctx: ScoreContext, sel: AzureSegmentSelection): { customers: number; smb: number } {
  return customerShareOf(ctx.prepared, ctx.month, sel);
}

function customerShareOf(prepared: Prepared, month: MonthIndex, sel: AzureSegmentSelection): { customers: number; smb: number } {
  // It reads the ACR series and the tenants' segments only: the three Azure designations share one count.
  let byTenants = shareCache.get(prepared.azure.acr);
  if (!byTenants) shareCache.set(prepared.azure.acr, (byTenants = new WeakMap()));
  let bySelection = byTenants.get(prepared.tenants);
  if (!bySelection) byTenants.set(prepared.tenants, (bySelection = new Map()));
  const key = `${month}|${sel.customerBase}|${sel.smbSegments.join('|')}`;
  let share = bySelection.get(key);
  if (!share) {
    const change = prepared.change;
    // A scenario's or planner step's count: its base's, with the tenants it changed counted again (5,000 tenants
    // re-read for one new customer were a fifth of its re-scoring).
    if (change && 2 * change.tenants.size < prepared.tenants.size) {
      let { customers, smb } = customerShareOf(change.base, month, sel);
      for (const tenant of change.tenants) {
        const before = tenantShare(change.base, tenant, month, sel);
        const after = tenantShare(prepared, tenant, month, sel);
        customers += (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
        smb += (after > 1 ? 1 : 0) - (before > 1 ? 1 : 0);
      }
      share = { customers, smb };
    } else share = countAzureCustomers(prepared, month, sel);
    bySelection.set(key, share);
  }
  return share;
}
const shareCache = new WeakMap<object, WeakMap<object, Map<string, { customers: number; smb: number }>>>();

/** A tenant in the count: 0 when it is not an Azure customer, 1 when it is, 2 when it is one in an SMB segment. */
function tenantShare(prepared: Prepared, tenant: string, month: MonthIndex, sel: AzureSegmentSelection): number {
  const series = prepared.azure.acr.get(tenant);
  if (!series || sumRange(series, sel.customerBase === 'ttm' ? month - 11 : month, month) <= 0) return 0;
  const segment = prepared.tenants.get(tenant)?.segmentKey;
  return segment && sel.smbSegments.some((s) => s.toLowerCase() === segment) ? 2 : 1;
}

function countAzureCustomers(prepared: Prepared, month: MonthIndex, sel: AzureSegmentSelection): { customers: number; smb: number } {
  const from = sel.customerBase === 'ttm' ? month - 11 : month;
  let customers = 0,
    smb = 0;
  const segments = new Set(sel.smbSegments.map((s) => s.toLowerCase()));
  for (const [tenant, series] of prepared.azure.acr) {
    if (sumRange(series, from, month) <= 0) continue;
    customers++;
    const segment = prepared.tenants.get(tenant)?.segmentKey;
    if (segment && segments.has(segment)) smb++;
  }
  return { customers, smb };
}

/**
 * RULES-2026 §2.1 / AMB26-08: SMB when at least 80 % of the customers with eligible Azure ACR in the scoring
 * month are in an SMB segment; the partner file's share overrides the computed one; no customers → Enterprise.
 */
function azureSegmentPath(ctx: ScoreContext, sel: AzureSegmentSelection): PathChoice {
  const override = ctx.prepared.partnerOverrides.smbCustomerShare;
  const when = () => (sel.customerBase === 'ttm' ? `${monthOf(ctx.month - 11)}–${monthOf(ctx.month)}` : monthOf(ctx.month));
  if (override !== undefined) {
    const isSmb = new Fraction(override).mul(100).compare(sel.smbSharePercent) >= 0;
    return {
      path: isSmb ? 'smb' : 'enterprise',
      reason: () => `${ASSIGNED} the partner settings put ${round2(new Fraction(override).mul(100))} % of Azure customers in the SMB segment, ${side(isSmb, sel.smbSharePercent)}`,
    };
  }
  const { customers, smb } = azureCustomerShare(ctx, sel);
  if (customers === 0) return { path: 'enterprise', reason: () => `${ASSIGNED} no customer has Azure revenue in ${when()}, so the path is Enterprise` };
  const isSmb = smb * 100 >= sel.smbSharePercent * customers;
  return {
    path: isSmb ? 'smb' : 'enterprise',
    reason: () =>
      `${ASSIGNED} ${isSmb ? '' : 'only '}${round2(new Fraction(smb * 100, customers))} % of the customers with Azure revenue in ${when()} (${smb} of ${customers}) are SMB, ${side(isSmb, sel.smbSharePercent)}`,
  };
}

function bizappsPath(ctx: ScoreContext, sel: Extract<PathSelection, { kind: 'bizappsWorkloadClassification' }>): PathChoice {
  // §3.1 / AMB-15: tenant × workload pairs with attributed revenue > $5,000 in both M-1 and M-13.
  const m1 = ctx.month,
    m13 = m1 - 12;
  let pairs = 0;
  for (const series of ctx.prepared.bizapps.revenue.values()) {
    if (at(series, m1) > sel.revenueOverUsd * 100 && at(series, m13) > sel.revenueOverUsd * 100) pairs++;
  }
  const isEnterprise = pairs >= sel.minPairs;
  return {
    path: isEnterprise ? 'enterprise' : 'smb',
    reason: () =>
      `${ASSIGNED} ${pairs} customer workload${pairs === 1 ? '' : 's'} with more than ${usd(sel.revenueOverUsd * 100)} revenue in both ${monthOf(m13)} and ${monthOf(m1)}; Enterprise needs ${sel.minPairs} or more`,
  };
}

function bestPath(scored: ScoredPath[]): PathChoice {
  // AMB-23 / AMB-63: a qualifying path wins; otherwise (both or neither) the higher total; ties → enterprise.
  // AMB-36: a designation with one set of rules.
  if (scored.length === 1) return { path: scored[0]!.result.path, reason: () => 'one set of rules for this designation' };
  const qualifying = scored.filter((s) => s.result.qualified);
  const pool = qualifying.length > 0 ? qualifying : scored;
  let best = pool[0]!;
  for (const s of pool) {
    const cmp = s.total.compare(best.total);
    if (cmp > 0 || (cmp === 0 && s.result.path === 'enterprise')) best = s;
  }
  const reason = () => {
    const others = scored.filter((s) => s !== best).map((s) => `${PATH_NAMES[s.result.path]} ${s.result.score}${s.result.qualified ? ', qualifies' : ''}`);
    const why =
      qualifying.length === 1 ? 'the only path that qualifies' : qualifying.length > 1 ? 'both paths qualify and the higher score counts' : 'neither path qualifies, so the higher score is shown';
    return `best of both paths, ${why}: ${PATH_NAMES[best.result.path]} ${best.result.score} vs ${others.join(', ')}`;
  };
  return { path: best.result.path, reason };
}

export function scoreDesignation(ctx: ScoreContext, rule: DesignationRule): DesignationResult {
  const scored = rule.paths.map((p) => scorePath(ctx, p));
  const sel = rule.pathSelection;
  const choice = sel.kind === 'azureRevenueAndSegment' ? azurePath(ctx, sel) : sel.kind === 'bizappsWorkloadClassification' ? bizappsPath(ctx, sel) : bestPath(scored);
  const chosen = scored.find((s) => s.result.path === choice.path) ?? scored[0]!;
  const { status, statusReason } = designationStatus(ctx, rule.id, chosen.result.qualified);
  return {
    id: rule.id,
    name: rule.name,
    path: chosen.result.path,
    pathReason: ctx.numbersOnly ? '' : choice.reason(),
    score: chosen.result.score,
    scoreExact: chosen.result.scoreExact,
    qualified: chosen.result.qualified,
    status,
    statusReason,
    paths: scored.map((s) => s.result),
  };
}

/**
 * RULES.md §7.1 / §7.3: with an anniversary date from the partner file the designation is Enrolled, and Renewal
 * due from day 1 of (renewal month − 5) through the renewal month; without one it is Qualified or In progress.
 * The renewal month is the month of the next anniversary on or after the scoring month (anniversaries repeat yearly).
 */
function designationStatus(ctx: ScoreContext, id: DesignationResult['id'], qualified: boolean): { status: DesignationStatus; statusReason: string } {
  const anniversary = ctx.prepared.enrolled[id];
  if (!anniversary) {
    return qualified ? { status: 'qualified', statusReason: 'qualified: 70 points or more and at least 1 in every metric' } : { status: 'in-progress', statusReason: 'in progress: not yet qualified' };
  }
  let renewal = monthIndex(anniversary.slice(0, 7));
  while (renewal < ctx.month) renewal += 12;
  const next = `${monthOf(renewal)}${anniversary.slice(7)}`;
  if (ctx.month >= renewal - 5) {
    return {
      status: 'enrolled-renewal-due',
      statusReason: `enrolled; renewal due: anniversary ${next}, renewal window ${monthOf(renewal - 5)}-01 to the end of ${monthOf(renewal)} (${qualified ? 'qualifies now' : 'does not qualify now'})`,
    };
  }
  return { status: 'enrolled', statusReason: `enrolled until the anniversary on ${next}, whatever the score` };
}

export function scoreAllDesignations(prepared: Prepared, month: MonthIndex, options: { explain: boolean; checkDay?: Day }): DesignationResult[] {
  const ctx: ScoreContext = { prepared, month, checkDay: options.checkDay ?? lastDayOf(month), explain: options.explain };
  return prepared.edition.designations.map((d) => scoreDesignation(ctx, d));
}

/**
 * Scoring `designations` (all when not given) at `month`, cut into steps a caller can run one at a time: one per
 * measure their paths read (each fills the measure cache). Scoring afterwards finds every measure in the cache
 * and only adds them up, so the worker can work ahead in steps and let a request from the user run between two
 * of them, instead of after a whole designation (seconds on millions of rows).
 */
export function scoringSteps(prepared: Prepared, month: MonthIndex, options: { explain: boolean; designations?: readonly DesignationId[] }): (() => void)[] {
  const ctx: ScoreContext = { prepared, month, checkDay: lastDayOf(month), explain: options.explain };
  return measuresRead(ctx, options.designations).map((spec) => () => void measure(ctx, spec));
}

/**
 * Steps that make the simulator's first scenario on `prepared` as quick as the next ones (issue 9): each computes
 * one measure, numbers only at `month`, over a view of `prepared` as a scenario sees it (derived, nothing added),
 * which keeps every tenant's part of the measure (measures/context.ts `tenantParts`). A scenario then re-reads
 * only the tenants it changes, where its first one read all of them (on the bench partner: 180–220 ms, then 15–25
 * ms). Past the measure cache: the view's data is the base's, so the cache would answer without any part kept.
 */
export function scenarioSteps(prepared: Prepared, month: MonthIndex): (() => void)[] {
  const ctx: ScoreContext = { prepared: applyRows(prepared, {}), month, checkDay: lastDayOf(month), explain: false };
  return measuresRead(ctx).map((spec) => () => void measureUncached(ctx, spec));
}

/** Each measure the paths of `designations` (all when not given) read at the context's check day, once. */
function measuresRead(ctx: ScoreContext, designations?: readonly DesignationId[]): MeasureSpec[] {
  const listed = new Set<MeasureSpec>();
  for (const rule of ctx.prepared.edition.designations) {
    if (designations && !designations.includes(rule.id)) continue;
    for (const path of rule.paths) for (const metric of path.metrics) for (const component of metric.components) if (effective(component, ctx.checkDay)) listed.add(component.measure);
  }
  return [...listed];
}
