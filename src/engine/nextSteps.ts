/**
 * "What do I do now": the cheapest plan for each designation that does not qualify (the planner, one target at a time), and what one more unit of each planner action is worth
 * on each metric of a designation.
 */
import { lastDayOf, monthIndex, type Month } from './months';
import { defaultActions, planSteps, type PlannerAction } from './planner';
import { runSteps } from './steps';
import type { Prepared } from './prepare';
import { prepareScenario, type Change } from './scenario';
import { scoreDesignation } from './score';
import type { Dataset, DesignationId, DesignationResult } from './types';

export interface DesignationPlan {
  designation: DesignationId;
  status: 'found' | 'impossible';
  /** Proven cheapest within the planner's time budget. */
  optimal: boolean;
  totalCost: number;
  steps: { label: string; cost: number }[];
  changes: Change[];
  scoreAfter: number;
  qualifiedAfter: boolean;
  reason?: string;
}

/**
 * The cheapest plan for each designation that does not qualify, alone (another designation's plan may share
 * steps: the Planner view plans several together). `timeBudgetMs` bounds each search.
 */
export function nextSteps(prepared: Prepared, dataset: Dataset, month: Month, designations: DesignationResult[], options: NextStepOptions = {}): DesignationPlan[] {
  return runSteps(nextStepsInSteps(prepared, dataset, month, designations, options));
}

interface NextStepOptions {
  now?: () => number;
  timeBudgetMs?: number;
}

/** nextSteps a planner evaluation at a time (see planSteps). */
export function* nextStepsInSteps(prepared: Prepared, dataset: Dataset, month: Month, designations: DesignationResult[], options: NextStepOptions = {}): Generator<void, DesignationPlan[]> {
  const plans: DesignationPlan[] = [];
  for (const d of designations) {
    if (d.qualified) continue;
    const actions = defaultActions(prepared.edition, [d.id], prepared, month);
    const found = yield* planSteps(prepared, dataset, { targets: [d.id], actions, month, ...(options.now ? { now: options.now } : {}), timeBudgetMs: options.timeBudgetMs ?? 500 });
    if (found.status === 'already-qualified') continue;
    const after = found.after[d.id] ?? { score: d.score, qualified: false };
    plans.push({
      designation: d.id,
      status: found.status,
      optimal: found.optimal,
      totalCost: found.totalCost,
      steps: found.steps.map((s) => ({ label: s.label, cost: s.cost })),
      changes: found.steps.map((s) => s.change),
      scoreAfter: after.score,
      qualifiedAfter: after.qualified,
      ...(found.reason ? { reason: found.reason } : {}),
    });
  }
  return plans;
}

export interface ActionWorth {
  actionId: string;
  label: string;
  cost: number;
  /** Points each metric of the path that counts gains from one more of this action (only metrics that gain). */
  metricPoints: Record<string, number>;
  scoreAfter: number;
  qualifiedAfter: boolean;
}

/** What one more of each planner action is worth on one designation, per metric (only actions that add points). */
export function actionWorth(prepared: Prepared, dataset: Dataset, month: Month, designation: DesignationId): ActionWorth[] {
  return runSteps(actionWorthSteps(prepared, dataset, month, designation));
}

/**
 * actionWorth one action at a time: the generator pauses after each action's scenario is scored (on millions of
 * rows each takes tens of milliseconds), so the worker can run the page's newer requests in between and stop
 * when the page no longer needs the answer.
 */
export function* actionWorthSteps(prepared: Prepared, dataset: Dataset, month: Month, designation: DesignationId): Generator<void, ActionWorth[]> {
  const rule = prepared.edition.designations.find((d) => d.id === designation);
  if (!rule) throw new Error(`unknown designation '${designation}'`);
  const index = monthIndex(month);
  const checkDay = lastDayOf(index);
  const base = scoreDesignation({ prepared, month: index, checkDay, explain: false }, rule);
  const basePoints = metricPointsOf(base);
  const worth: ActionWorth[] = [];
  for (const action of defaultActions(prepared.edition, [designation], prepared, month)) {
    yield;
    const after = scoreWith(prepared, dataset, month, action, rule);
    const afterPoints = metricPointsOf(after);
    const metricPoints: Record<string, number> = {};
    for (const [metric, points] of Object.entries(afterPoints)) {
      const gain = Math.round((points - (basePoints[metric] ?? 0)) * 100) / 100;
      if (gain > 0) metricPoints[metric] = gain;
    }
    if (Object.keys(metricPoints).length === 0) continue;
    worth.push({ actionId: action.id, label: action.label, cost: action.cost, metricPoints, scoreAfter: after.score, qualifiedAfter: after.qualified });
  }
  return worth.sort((a, b) => a.cost - b.cost);
}

/** The metrics of the path that counts, by id (a path change moves to the other path's metrics). */
function metricPointsOf(d: DesignationResult): Record<string, number> {
  return Object.fromEntries(d.paths.find((p) => p.path === d.path)!.metrics.map((m) => [m.id, m.points]));
}

function scoreWith(prepared: Prepared, dataset: Dataset, month: Month, action: PlannerAction, rule: Prepared['edition']['designations'][number]): DesignationResult {
  const index = monthIndex(month);
  const scenario = prepareScenario(prepared, dataset, prepared.edition, { id: 'worth', name: 'worth', changes: [action.change(1)] }, month);
  return scoreDesignation({ prepared: scenario, month: index, checkDay: lastDayOf(index), explain: false }, rule);
}
