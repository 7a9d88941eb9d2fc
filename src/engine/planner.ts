/**
 * The planner: the cheapest set of actions (certify a person, win a customer of a given size, deploy a new
 * service) that makes every target designation qualify — total >= 70 and >= 1 point in every metric on the
 * path that would count after the actions.
 *
 * Algorithm: A* search over multisets of actions, scored by the real engine.
 * - A state is a count per action (how many times it is taken, up to its limit). States are generated in
 *   canonical order (an action is only added at or after the last one added), so every multiset is generated
 *   exactly once.
 * - A designation's score depends only on the actions that affect it (`affects`, from the rule structure), so
 *   each designation's result is computed once per distinct count of its own actions and reused.
 * - g = the state's cost (sum of count × cost, costs >= 0). h = max over targets t of (C_t − g_t), where C_t is
 *   the optimal cost of qualifying t alone (found first, by the same search) and g_t what the state spent on
 *   actions affecting t. Any completion must qualify t, and t only sees actions affecting it, so the completion
 *   spends at least C_t − g_t more: h never overestimates. Taking an action of cost c lowers each C_t − g_t by at
 *   most c, so h is consistent, and the first qualifying state taken from the queue is a cheapest one.
 * - A state is scored when it is taken from the queue, not when it is made: until then its key is a lower bound
 *   of its f (h over the targets its last action does not move). A state is returned only once scored, and every
 *   key in the queue is at most its state's f, so the first qualifying state is still a cheapest one; states that
 *   would cost more than the answer are never scored.
 * - Upper bound: taking, per action, the most any single-target plan takes qualifies every target (adding never
 *   lowers a metric); states whose g + h exceed its cost are not expanded.
 * - Pruning: only actions that touch a target (a certification a target metric lists, a customer in a target's
 *   solution area) are considered; if taking every action up to its limit does not qualify, no subset does
 *   (adding people and customers never lowers a metric: property-tested), and the planner says which targets
 *   and metrics stay short instead of searching.
 * - Before searching, a local search (add one action, then drop what is no longer needed, keep it if cheaper)
 *   turns the union into a good plan whose cost bounds the search; a search that runs out of its time or
 *   evaluation budget returns that plan, marked not proven optimal.
 * The test suite checks the plan's cost against exhaustive search on small cases.
 */
import { shortCertificationName } from './names';
import { lastDayOf, monthIndex, type Day, type Month } from './months';
import type { Prepared } from './prepare';
import type { CertificationDef, Edition } from './rules/types';
import { prepareScenario, type Change } from './scenario';
import { scoreDesignation } from './score';
import { runSteps } from './steps';
import type { Dataset, DesignationId, DesignationResult } from './types';

export interface PlannerAction {
  id: string;
  label: string;
  /** Cost in USD of taking the action once (editable). */
  cost: number;
  /** How many times it may be taken (editable). */
  limit: number;
  /** The designations it can move (for relevance and the heuristic). */
  affects: DesignationId[];
  /** The concrete change for the k-th time the action is taken (k from 1). */
  change: (k: number) => Change;
}

interface PlanStep {
  actionId: string;
  label: string;
  cost: number;
  change: Change;
  /** Points each target gains at this step (in the order shown). */
  pointsAdded: Partial<Record<DesignationId, number>>;
  /** Target scores after this step. */
  scoresAfter: Partial<Record<DesignationId, number>>;
}

export interface Plan {
  status: 'already-qualified' | 'found' | 'impossible';
  optimal: boolean;
  totalCost: number;
  steps: PlanStep[];
  /** Scores and qualification of each target before and after the plan. */
  before: Partial<Record<DesignationId, { score: number; qualified: boolean }>>;
  after: Partial<Record<DesignationId, { score: number; qualified: boolean }>>;
  evaluations: number;
  reason?: string;
}

export interface PlanRequest {
  targets: DesignationId[];
  actions: PlannerAction[];
  month: Month;
  maxEvaluations?: number;
  /** Stop searching after this long and return the best plan found, marked not proven optimal (default 1,500 ms). */
  timeBudgetMs?: number;
  /** A clock for the budget (injected: the engine does not read the time itself). */
  now?: () => number;
}

// ---------------------------------------------------------------------------------- default catalogue

const EXAM_FEE = 165;
const DAY_RATE = 400;
const NEW_SERVICES = [
  'Azure Container Apps',
  'Azure Functions',
  'Azure Data Factory',
  'Azure Synapse Analytics',
  'Event Hubs',
  'Service Bus',
  'Logic Apps',
  'API Management',
  'Azure Cache for Redis',
  'Azure Cognitive Search',
];

/** Study days by level: Fundamentals 1, Associate/Specialty 3, Expert 5; a Partner University assessment 1. */
function studyDays(name: string): number {
  if (/Expert/.test(name)) return 5;
  if (/Fundamentals|Assessment/.test(name)) return 1;
  return 3;
}

/** The default action catalogue for some targets: every certification their metrics list, and customer sizes. */
export function defaultActions(edition: Edition, targets: DesignationId[], prepared: Prepared, month: Month): PlannerAction[] {
  const checkDay: Day = lastDayOf(monthIndex(month));
  // Where each certification counts: the components (designation/path/metric/component) that list it.
  const footprint = new Map<string, Set<string>>();
  const certAffects = new Map<string, Set<DesignationId>>();
  for (const d of edition.designations) {
    if (!targets.includes(d.id)) continue;
    for (const p of d.paths)
      for (const m of p.metrics)
        for (const c of m.components) {
          if (c.effectiveFrom && c.effectiveFrom > checkDay) continue;
          if (c.effectiveUntil && c.effectiveUntil < checkDay) continue;
          if (c.measure.kind !== 'certifiedPeople') continue;
          for (const ref of c.measure.certifications) {
            if ((ref.until && ref.until < checkDay) || (ref.from && ref.from > checkDay)) continue;
            if (!certAffects.has(ref.id)) certAffects.set(ref.id, new Set());
            certAffects.get(ref.id)!.add(d.id);
            if (!footprint.has(ref.id)) footprint.set(ref.id, new Set());
            footprint.get(ref.id)!.add(`${d.id}/${p.id}/${m.id}/${c.id}`);
          }
        }
  }
  // Certifications with the same footprint and cost are interchangeable for a new person: one action each.
  const classes = new Map<string, { certs: CertificationDef[]; cost: number }>();
  for (const cert of edition.certifications) {
    // A retired certification can no longer be earned.
    if (!certAffects.has(cert.id) || (cert.retiredOn && cert.retiredOn <= checkDay)) continue;
    const cost = (/Assessment/.test(cert.name) ? 0 : EXAM_FEE) + studyDays(cert.name) * DAY_RATE;
    const key = `${[...footprint.get(cert.id)!].sort().join('|')}#${cost}`;
    if (!classes.has(key)) classes.set(key, { certs: [], cost });
    classes.get(key)!.certs.push(cert);
  }
  const actions: PlannerAction[] = [];
  for (const { certs, cost } of classes.values()) {
    const cert = certs[0]!;
    const short = (c: CertificationDef) => `${shortCertificationName(c.name)}${c.examCodes[0] ? ` (${c.examCodes[0]})` : ''}`;
    actions.push({
      id: `certify:${cert.id}`,
      label: `Certify a person: ${short(cert)}${certs.length > 1 ? ` — or ${certs.slice(1).map(short).join(', ')}` : ''}`,
      cost,
      limit: 10,
      affects: [...certAffects.get(cert.id)!],
      change: (k) => ({ type: 'addPerson', personId: `planned-${cert.id}-${k}@plan`, name: `New ${short(cert)} #${k}`, certifications: [{ certificationId: cert.id, earnedOn: checkDay }] }),
    });
  }
  const azureTargets = targets.filter((t) => edition.designations.find((d) => d.id === t)?.solutionArea === 'Azure');
  const customer = (
    id: string,
    label: string,
    cost: number,
    affects: DesignationId[],
    body: (k: number) => Omit<Extract<Change, { type: 'addCustomer' }>, 'type' | 'tenantId' | 'fromMonth'>,
  ): PlannerAction => ({
    id,
    label,
    cost,
    limit: 10,
    affects,
    change: (k) => ({ type: 'addCustomer', tenantId: `planned-${id}-${k}`, name: `${label.replace(/^Win an? /, '')} #${k}`, fromMonth: month, ...body(k) }),
  });
  if (azureTargets.length > 0) {
    actions.push(
      customer('azure-customer', 'Win an Azure customer at $1,000 a month (PAL)', 5000, azureTargets, () => ({ azure: [{ service: 'Virtual Machines', association: 'PAL', acrUsd: 1000 }] })),
    );
    const used = new Set(prepared.azure.firstUse.keys());
    const fresh = NEW_SERVICES.filter((s) => !used.has(s));
    if (fresh.length > 0) {
      actions.push({
        id: 'azure-new-service',
        label: 'Deploy a new Azure service for a customer ($100 a month)',
        cost: 2000,
        limit: fresh.length,
        affects: azureTargets,
        change: (k) => ({
          type: 'addCustomer',
          tenantId: `planned-azure-new-service-${k}`,
          name: `New ${fresh[k - 1]} deployment`,
          fromMonth: month,
          azure: [{ service: fresh[k - 1]!, association: 'PAL', acrUsd: 100 }],
        }),
      });
    }
  }
  if (targets.includes('modern-work')) {
    actions.push(
      customer('m365-enterprise-customer', 'Win a Microsoft 365 customer: 301 seats, 40 % active (CPOR)', 6000, ['modern-work'], () => ({
        m365: [{ workload: 'Teams', association: 'CPOR', paidSeats: 301, activeUsers: 121 }],
      })),
    );
    actions.push(
      customer('m365-smb-customer', 'Win a Microsoft 365 customer: 50 seats, 40 % active (CSP)', 2000, ['modern-work'], () => ({
        m365: [{ workload: 'Exchange Online', association: 'CSP', paidSeats: 50, activeUsers: 20 }],
      })),
    );
  }
  if (targets.includes('security')) {
    actions.push(
      customer('m365-security-customer', 'Win a Microsoft 365 Security customer: 30 Defender seats, 20 % active (CPOR)', 2500, ['security'], () => ({
        m365: [{ workload: 'Microsoft Defender for Endpoint', association: 'CPOR', paidSeats: 30, activeUsers: 6 }],
      })),
    );
    actions.push(
      customer('azure-security-customer', 'Win an Azure Security customer: Sentinel at $1,250 a month (PAL)', 4000, ['security', ...azureTargets], () => ({
        azure: [{ service: 'Microsoft Sentinel', association: 'PAL', acrUsd: 1250 }],
      })),
    );
  }
  if (targets.includes('business-applications')) {
    actions.push(
      customer('bizapps-smb-customer', 'Win a Business Central customer: $300 a month, 10 users (CSP)', 3000, ['business-applications'], () => ({
        bizappsRevenue: [{ workload: 'Business Central', association: 'CSP', revenueUsd: 300 }],
        bizappsUsage: [{ workload: 'Business Central', association: 'CSP', usage: 10 }],
      })),
    );
    actions.push(
      customer('bizapps-enterprise-customer', 'Win a Dynamics 365 Sales customer: $1,600 a month, 50 users (CSP)', 8000, ['business-applications'], () => ({
        bizappsRevenue: [{ workload: 'Sales', association: 'CSP', revenueUsd: 1600 }],
        bizappsUsage: [{ workload: 'Sales', association: 'CSP', usage: 50 }],
      })),
    );
  }
  return actions;
}

// ------------------------------------------------------------------------------------------- search

class MinQueue<T> {
  private heap: { key: number; tie: number; value: T }[] = [];
  get size() {
    return this.heap.length;
  }
  push(key: number, tie: number, value: T) {
    const h = this.heap;
    h.push({ key, tie, value });
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.less(h[parent]!, h[i]!)) break;
      [h[parent], h[i]] = [h[i]!, h[parent]!];
      i = parent;
    }
  }
  pop(): T | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1,
          r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top.value;
  }
  private less(a: { key: number; tie: number }, b: { key: number; tie: number }) {
    return a.key < b.key || (a.key === b.key && a.tie < b.tie);
  }
}

type Counts = number[];

export function plan(base: Prepared, dataset: Dataset, request: PlanRequest): Plan {
  return runSteps(planSteps(base, dataset, request));
}

/**
 * plan() a step at a time: the generator pauses before each engine evaluation (tens of milliseconds each on
 * millions of rows), so the worker can run the page's newer requests in between and stop a plan nobody waits for.
 */
export function* planSteps(base: Prepared, dataset: Dataset, request: PlanRequest): Generator<void, Plan> {
  const edition = base.edition;
  const index = monthIndex(request.month);
  const checkDay = lastDayOf(index);
  const rules = edition.designations.filter((d) => request.targets.includes(d.id));
  const actions = request.actions.filter((a) => a.limit > 0 && a.affects.some((t) => request.targets.includes(t)));
  const maxEvaluations = request.maxEvaluations ?? 20_000;
  const now = request.now ?? (() => 0);
  const deadline = now() + (request.timeBudgetMs ?? 1500);
  const outOfBudget = () => evaluations >= maxEvaluations || (request.now !== undefined && now() > deadline);
  let evaluations = 0;

  // Per-designation results, memoised by the counts of the actions that affect that designation.
  const relevant = new Map(rules.map((r) => [r.id, actions.map((a, i) => (a.affects.includes(r.id) ? i : -1)).filter((i) => i >= 0)]));
  // One memo per designation, keyed by a number: no key strings are built in the search's inner loop.
  const memo = new Map(rules.map((r) => [r.id, new Map<string | number, DesignationResult>()]));
  const keyBase = Math.max(1, ...actions.map((a) => a.limit)) + 1;
  const keyDigits = Math.floor(52 / Math.log2(keyBase));
  // The k-th change of each action, made once: an evaluation lists the changes of every action it takes.
  const madeChanges: Change[][] = actions.map(() => []);
  const changeOf = (i: number, k: number): Change => (madeChanges[i]![k - 1] ??= actions[i]!.change(k));
  const changesOf = (counts: Counts): Change[] => {
    const changes: Change[] = [];
    for (let i = 0; i < counts.length; i++) for (let k = 1; k <= counts[i]!; k++) changes.push(changeOf(i, k));
    return changes;
  };
  type Rule = (typeof rules)[number];
  /** The counts of the designation's own actions as one number (base: the largest limit + 1), else as text. */
  const keyOf = (rule: Rule, counts: Counts): string | number => {
    const own = relevant.get(rule.id)!;
    let key: string | number = 0;
    if (own.length <= keyDigits) for (const i of own) key = key * keyBase + counts[i]!;
    else key = own.map((i) => counts[i]).join(',');
    return key;
  };
  /** The remembered result, if any: no generator is made for the search's many repeated states. */
  const known = (rule: Rule, counts: Counts): DesignationResult | undefined => memo.get(rule.id)!.get(keyOf(rule, counts));
  /** An engine evaluation, after a pause (the step the worker can stop at). */
  function* computed(rule: Rule, counts: Counts): Generator<void, DesignationResult> {
    yield;
    evaluations++;
    const own = relevant.get(rule.id)!;
    const projected = counts.map((n, i) => (own.includes(i) ? n : 0));
    const prepared = prepareScenario(base, dataset, edition, { id: 'plan', name: 'plan', changes: changesOf(projected) }, request.month);
    const result = scoreDesignation({ prepared, month: index, checkDay, explain: false, numbersOnly: true }, rule);
    memo.get(rule.id)!.set(keyOf(rule, counts), result);
    return result;
  }
  function* evaluate(counts: Counts, only = rules): Generator<void, DesignationResult[]> {
    const results: DesignationResult[] = [];
    for (const rule of only) results.push(known(rule, counts) ?? (yield* computed(rule, counts)));
    return results;
  }
  const summary = (results: DesignationResult[]) => Object.fromEntries(results.map((d) => [d.id, { score: d.score, qualified: d.qualified }]));
  const cost = (counts: Counts) => counts.reduce((sum, n, i) => sum + n * actions[i]!.cost, 0);

  const zero: Counts = actions.map(() => 0);
  const baseline = yield* evaluate(zero);
  const before = summary(baseline);
  if (baseline.every((d) => d.qualified)) return { status: 'already-qualified', optimal: true, totalCost: 0, steps: [], before, after: before, evaluations };

  // Everything at its limit: if even that does not qualify, no plan within the limits does (monotonicity).
  const all = actions.map((a) => a.limit);
  const ceiling = yield* evaluate(all);
  if (!ceiling.every((d) => d.qualified)) {
    // The search scores numbers only: the blockers are written for the message by scoring the ceiling again.
    const prepared = prepareScenario(base, dataset, edition, { id: 'plan', name: 'plan', changes: changesOf(all) }, request.month);
    const short = rules
      .filter((_, n) => !ceiling[n]!.qualified)
      .map((rule) => scoreDesignation({ prepared, month: index, checkDay, explain: false }, rule))
      .map((d) => `${d.name}: ${d.paths.find((p) => p.path === d.path)!.blockers.join('; ')}`);
    return {
      status: 'impossible',
      optimal: true,
      totalCost: 0,
      steps: [],
      before,
      after: summary(ceiling),
      evaluations,
      reason: `impossible within the limits: even with every action at its limit — ${short.join(' / ')}`,
    };
  }

  /**
   * A* over canonical multisets for some targets, among plans cheaper than `upperBound` (the cost of a plan the
   * caller holds): the cheapest, or 'none' when no plan is cheaper, or null when the evaluation budget runs out.
   * Searching only below the held plan's cost skips the states that tie with it (thousands on the sample).
   */
  function* search(targets: typeof rules, lowerBounds: Map<DesignationId, number>, upperBound: number): Generator<void, Counts | 'none' | null> {
    // Per target: what one of each action spends on it (0 when the action does not affect it), so a state's
    // spending per target, its cost and its size are its parent's plus one action's — never re-summed.
    const spendOf = actions.map((a, i) => targets.map((t) => (relevant.get(t.id)!.includes(i) ? a.cost : 0)));
    const cheapestFor = targets.map((t) => Math.min(...relevant.get(t.id)!.map((i) => actions[i]!.cost)));
    const boundFor = targets.map((t) => lowerBounds.get(t.id) ?? 0);
    // Which targets each action can move: a step re-reads only those (the others keep their parent's result).
    const moves = actions.map((_, i) => targets.map((t) => relevant.get(t.id)!.includes(i)));
    /**
     * With `unscoredBy`, a lower bound of a child's h before it is scored: the targets that action moves count as
     * qualified (they add nothing), the others keep their results (`results` is then the parent's).
     */
    const heuristic = (spent: number[], results: DesignationResult[], unscoredBy = -1) => {
      let h = 0;
      for (let n = 0; n < results.length; n++) {
        if (results[n]!.qualified || (unscoredBy >= 0 && moves[unscoredBy]![n])) continue;
        const cheapest = cheapestFor[n]!;
        h = Math.max(h, Number.isFinite(cheapest) ? cheapest : 0, boundFor[n]! - spent[n]!);
      }
      return h;
    };
    /**
     * A state is scored (`results`) when it is taken from the queue, not when it is made: a child whose targets'
     * results are not yet known is queued with a lower bound of its f (its cost plus the terms of the targets its
     * action does not move, which keep the parent's results) and scored only if it reaches the front. Children
     * that cost more than the plan found never reach it, so they are never scored (on the 2024 sample, Security
     * alone scored 1,786 children for 593 states taken).
     */
    interface State {
      counts: Counts;
      last: number;
      /** null until scored; then the parent's results (`from`) and the action taken (`last`) give them. */
      results: DesignationResult[] | null;
      from: DesignationResult[];
      cost: number;
      size: number;
      spent: number[];
    }
    const queue = new MinQueue<State>();
    const start = yield* evaluate(zero, targets);
    const nothingSpent = targets.map(() => 0);
    queue.push(heuristic(nothingSpent, start), 0, { counts: zero, last: 0, results: start, from: start, cost: 0, size: 0, spent: nothingSpent });
    const useful = actions.map((a) => a.affects.some((t) => targets.some((r) => r.id === t)));
    while (queue.size > 0) {
      if (outOfBudget()) return null;
      const state = queue.pop()!;
      if (state.results === null) {
        const results: DesignationResult[] = [];
        for (let n = 0; n < targets.length; n++) results.push(moves[state.last]![n] ? (known(targets[n]!, state.counts) ?? (yield* computed(targets[n]!, state.counts))) : state.from[n]!);
        state.results = results;
        const f = state.cost + heuristic(state.spent, results);
        if (f >= upperBound) continue;
        // Back in the queue at its f; when that is still the front's, it is taken again next.
        queue.push(f, state.size, state);
        continue;
      }
      const results = state.results;
      if (results.every((d) => d.qualified)) return state.counts;
      for (let i = state.last; i < actions.length; i++) {
        if (!useful[i] || state.counts[i]! >= actions[i]!.limit) continue;
        const g = state.cost + actions[i]!.cost;
        if (g >= upperBound) continue;
        const counts = state.counts.slice();
        counts[i]! += 1;
        const spent = state.spent.map((s, n) => s + spendOf[i]![n]!);
        // Results already known (the search meets most states' targets again) are used at once.
        let scored: DesignationResult[] | null = [];
        for (let n = 0; n < targets.length && scored; n++) {
          const result = moves[i]![n] ? known(targets[n]!, counts) : results[n]!;
          if (result) scored.push(result);
          else scored = null;
        }
        const f = g + (scored ? heuristic(spent, scored) : heuristic(spent, results, i));
        if (f >= upperBound) continue;
        queue.push(f, state.size + 1, { counts, last: i, results: scored, from: results, cost: g, size: state.size + 1, spent });
      }
    }
    return 'none';
  }

  // Each target alone first: its optimal cost is the heuristic's lower bound, and the plans together an upper bound.
  const lowerBounds = new Map<DesignationId, number>();
  const union = zero.slice();
  let exact = true;
  for (const rule of rules) {
    const alone = yield* search([rule], new Map(), Infinity);
    if (alone === null || alone === 'none') {
      exact = false;
      break;
    }
    lowerBounds.set(rule.id, cost(alone));
    alone.forEach((n, i) => (union[i] = Math.max(union[i]!, n)));
  }
  // A good plan first (local search from the union), so the exact search can prune against its cost.
  const incumbent = yield* improve(yield* greedy(exact ? union : all));
  let found: Counts | null = null;
  // Targets that qualify already need no action: search for the others only, with only their actions. Adding
  // people or customers can still move a qualified one (a path follows the customer mix), so the plan is checked
  // against every target, and the full search runs when it fails. Either way the result is the cheapest.
  const open = rules.filter((_, n) => !baseline[n]!.qualified);
  function* qualifiesAll(counts: Counts | null): Generator<void, boolean> {
    return counts !== null && (yield* evaluate(counts)).every((d) => d.qualified);
  }
  if (exact) {
    // Only plans cheaper than the incumbent are searched for: when there is none, the incumbent is the cheapest.
    const held = (yield* qualifiesAll(incumbent)) ? cost(incumbent) : Infinity;
    const cheaper = (result: Counts | 'none' | null) => (result === 'none' ? (held < Infinity ? incumbent : null) : result);
    const forOpen = open.length === 1 ? union : cheaper(yield* search(open, lowerBounds, held));
    found = (yield* qualifiesAll(forOpen)) ? forOpen : open.length === rules.length ? null : cheaper(yield* search(rules, lowerBounds, held));
  }
  const optimal = found !== null;
  if (!found) found = incumbent;
  return { ...(yield* describe(found, optimal)), ...(optimal ? {} : { reason: 'the search ran out of its time or evaluation budget: this plan qualifies every target but is not proven cheapest' }) };

  /** Local search: add one action, drop what is then not needed; keep any cheaper plan; repeat while it helps. */
  function* improve(start: Counts): Generator<void, Counts> {
    let best = start;
    let bestCost = cost(best);
    for (let improved = true; improved && !outOfBudget();) {
      improved = false;
      for (let i = 0; i < actions.length && !outOfBudget(); i++) {
        if (best[i]! >= actions[i]!.limit) continue;
        const tried = best.slice();
        tried[i]! += 1;
        // The added action is dropped last: dropped first, it would only give back the plan it was added to.
        const candidate = yield* greedy(tried, i);
        const candidateCost = cost(candidate);
        if (candidateCost < bestCost) {
          best = candidate;
          bestCost = candidateCost;
          improved = true;
        }
      }
    }
    return best;
  }

  /**
   * Drop actions (most expensive first) while the targets still qualify: per action, the fewest it can keep,
   * found by halving. Adding never lowers a metric, so "still qualifies" holds from some count up, and this is
   * the plan dropping one at a time finds, in about log2(limit) evaluations instead of up to the limit (each is
   * tens of milliseconds on millions of rows). Where a path switch breaks that, the counts kept still qualify:
   * only a count that was scored and qualified replaces one.
   */
  function* greedy(start: Counts, last = -1): Generator<void, Counts> {
    const counts = start.slice();
    const order = actions.map((_, i) => i).sort((a, b) => Number(a === last) - Number(b === last) || actions[b]!.cost - actions[a]!.cost);
    for (const i of order) {
      // counts[i] = high qualifies; find the least count in [0, high] that does.
      let low = 0,
        high = counts[i]!;
      while (low < high) {
        const middle = (low + high) >> 1;
        counts[i] = middle;
        if ((yield* evaluate(counts)).every((d) => d.qualified)) high = middle;
        else low = middle + 1;
      }
      counts[i] = high;
    }
    return counts;
  }

  /** The plan as steps, ordered so each step adds the most target points given the ones before it. */
  function* describe(counts: Counts, isOptimal: boolean): Generator<void, Plan> {
    const remaining = counts.slice();
    const taken: Counts = actions.map(() => 0);
    let current = baseline;
    const steps: PlanStep[] = [];
    const total = (rs: DesignationResult[]) => rs.reduce((sum, d) => sum + d.score, 0);
    while (remaining.some((n) => n > 0)) {
      let best: { i: number; results: DesignationResult[]; gain: number } | null = null;
      for (let i = 0; i < actions.length; i++) {
        if (remaining[i] === 0) continue;
        taken[i]! += 1;
        const results = yield* evaluate(taken);
        taken[i]! -= 1;
        const gain = total(results) - total(current);
        if (!best || gain > best.gain || (gain === best.gain && actions[i]!.cost < actions[best.i]!.cost)) best = { i, results, gain };
      }
      const { i, results } = best!;
      taken[i]! += 1;
      remaining[i]! -= 1;
      const pointsAdded: PlanStep['pointsAdded'] = {};
      const scoresAfter: PlanStep['scoresAfter'] = {};
      results.forEach((d, n) => {
        const gain = Math.round((d.score - current[n]!.score) * 100) / 100;
        if (gain !== 0) pointsAdded[d.id] = gain;
        scoresAfter[d.id] = d.score;
      });
      steps.push({ actionId: actions[i]!.id, label: actions[i]!.label, cost: actions[i]!.cost, change: actions[i]!.change(taken[i]!), pointsAdded, scoresAfter });
      current = results;
    }
    return { status: 'found', optimal: isOptimal, totalCost: cost(counts), steps, before, after: summary(current), evaluations };
  }
}
