/**
 * What the UI asks of the engine, in one object. The web worker exposes it with comlink; tests call it
 * directly or through a MessageChannel. Datasets stay in the worker: the UI holds versions, not rows.
 */
import {
  compareEditionReports,
  DEFAULT_EDITION,
  getEdition,
  lastDayOf,
  monthIndex,
  monthOf,
  prepare,
  qualificationWindow,
  scoreAllDesignations,
  scorePrepared,
  type Dataset,
  type DesignationId,
  type DesignationResult,
  type EditionComparison,
  type ExplanationItem,
  type Prepared,
  type RowList,
  type ScoreReport,
} from '../engine';
import { editionSummary, type EditionSummary } from '../engine/catalogue';
import { holdingValidOn } from '../engine/measures/skilling';
import { actionWorthSteps, nextStepsInSteps, type ActionWorth, type DesignationPlan } from '../engine/nextSteps';
import { readProjection, type ProjectedDrop, type WindowFallOut } from '../engine/projection';
import { nearThresholds as findNearThresholds } from '../engine/risk';
import { concatRows } from '../engine/rows';
import { scenarioSteps, scoreDesignation, scoringSteps } from '../engine/score';
import { defaultActions, planSteps, type Plan } from '../engine/planner';
import { prepareScenario, scenarioThrough, unknownReferences, type Scenario } from '../engine/scenario';
import { importFiles, type FileImport, type ImportOptions } from '../io/import';
import type { FileKind } from '../io/kinds';
import type { Problem } from '../io/problems';
import { sourceFromBlob, sourceFromText, type FileSource } from '../io/source';
import { toCsv } from '../ui/csv';
import { IMPORT_CANCELLED, REQUEST_CANCELLED } from './messages';
import { sampleFile } from './sample';

export interface FileInput {
  id: string;
  name: string;
  /** The file, its text, or one of the built-in sample's files (bundled with the worker). */
  data: Blob | string | { sample: string };
  kind?: FileKind;
  mapping?: Record<string, string>;
}

export interface ImportProgress {
  file: string;
  bytes: number;
  totalBytes: number;
  rows: number;
}

export interface LoadResult {
  version: number;
  files: (FileImport & { id: string })[];
  problems: Problem[];
  firstMonth: string | null;
  lastMonth: string | null;
  /** The month the data asks to be scored for (partner file, else the latest month). */
  defaultMonth: string | null;
  rowCounts: Record<'certifications' | 'customers' | 'azure' | 'm365' | 'bizappsRevenue' | 'bizappsUsage', number>;
}

export interface CustomerLine {
  designation: DesignationId;
  designationName: string;
  path: string;
  metric: string;
  subject: string;
  name?: string;
  counted: boolean;
  reason: string;
}

export interface Simulation {
  month: string;
  baseline: ScoreReport;
  scenario: ScoreReport;
  /** What the scenario names that the data and the rules do not know (the change then does nothing). */
  warnings: string[];
}

export interface CatalogueEntry {
  id: string;
  label: string;
  cost: number;
  limit: number;
  affects: DesignationId[];
}

export interface RiskView {
  months: { month: string; scores: Record<DesignationId, { score: number; qualified: boolean }> }[];
  /** Designations that qualify now and stop qualifying in a month ahead (the first such month). */
  drops: ProjectedDrop[];
  /** Designations that would have no qualifying month in their window at some month ahead. */
  fallsOut: WindowFallOut[];
  nearThresholds: { designation: DesignationId; metric: string; subject: string; detail: string }[];
}

export interface HistoryPoint {
  month: string;
  scores: Record<DesignationId, { score: number; qualified: boolean; path: string }>;
}

export interface PersonView {
  id: string;
  name?: string;
  certifications: { name: string; catalogName: string | null; earnedOn?: string; expiresOn?: string; validOn: boolean; retiresOn?: string }[];
  /** designation → metric labels the person counts toward on the scoring month's path. */
  countsToward: { designation: DesignationId; metrics: string[] }[];
  /** Certifications that stop counting within six months of the scoring month, with the points at risk. */
  atRisk: { certification: string; lastDay: string; pointsAtRisk: { designation: DesignationId; points: number }[] }[];
}

export interface Directory {
  tenants: { id: string; name?: string }[];
  people: { id: string; name?: string }[];
}

/** Explanation lines sent to the UI per metric; the CSV export has all. */
const EXPLANATION_LINES = 500;

/**
 * Resolves in a later task of the worker's event loop, so requests that arrived meanwhile (their messages are
 * queued tasks) run first. A MessageChannel message, not a timer: nested timers are clamped to 4 ms.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs a generator a step at a time, with the worker's queued requests run between two steps (nextTask), until it
 * returns or `stopped()` says, after a step, that nobody needs the result any more.
 */
async function stepwise<T>(steps: Iterator<void, T>, stopped: () => boolean, pauseEveryMs: number): Promise<{ done: true; value: T } | { done: false }> {
  // The first step always pauses: a request or stop sent with this one is seen before the work goes on. Then a
  // pause after at least `pauseEveryMs` of work: a pause costs a round of the event loop, and the planner takes
  // thousands of steps on small data.
  let workingSince = -Infinity;
  for (;;) {
    const step = steps.next();
    if (step.done) return { done: true, value: step.value };
    if (performance.now() - workingSince < pauseEveryMs) continue;
    await nextTask();
    workingSince = performance.now();
    if (stopped()) return { done: false };
  }
}

/** A user timing from `start` to `end` (now by default), replacing the last one of that name. */
function timing(name: string, start: number, end = performance.now()): void {
  performance.clearMeasures(name);
  performance.measure(name, { start, end });
}

function sourceOf(file: FileInput): FileSource {
  if (typeof file.data === 'string') return sourceFromText(file.name, file.data);
  if ('sample' in file.data) return sourceFromText(file.name, sampleFile(file.data.sample));
  return sourceFromBlob(file.name, file.data);
}

/**
 * `pauseEveryMs`: how much work long requests (work ahead, the planner, what one more is worth) do between two
 * pauses in which the worker answers newer requests.
 */
export function createEngineApi({ pauseEveryMs = 10 }: { pauseEveryMs?: number } = {}) {
  /** Per version: the rows, and the data prepared for each rule edition asked for (built on first use). */
  const versions = new Map<number, { dataset: Dataset; prepared: Map<string, Prepared> }>();
  let nextVersion = 1;
  let running: AbortController | null = null;
  /** Bumped by stopWarming: work ahead started before it stops at its next step. */
  let warming = 0;
  /** Ticketed requests in progress → whether the page cancelled them (cancelRequest): each stops at its next step. */
  const ticketed = new Map<number, boolean>();
  /** Runs a long request in steps; with a ticket, cancelRequest(ticket) stops it and it throws REQUEST_CANCELLED. */
  const inSteps = async <T>(steps: Iterator<void, T>, ticket: number | undefined): Promise<T> => {
    if (ticket !== undefined) ticketed.set(ticket, false);
    try {
      const outcome = await stepwise(steps, () => ticket !== undefined && ticketed.get(ticket) === true, pauseEveryMs);
      if (!outcome.done) throw new Error(REQUEST_CANCELLED);
      return outcome.value;
    } finally {
      if (ticket !== undefined) ticketed.delete(ticket);
    }
  };

  /** The rows of `version` and their prepared form under rule edition `editionId`. */
  const get = (version: number, editionId: string = DEFAULT_EDITION) => {
    const entry = versions.get(version);
    if (!entry) throw new Error(`dataset version ${version} is not loaded`);
    const edition = getEdition(editionId);
    let prepared = entry.prepared.get(edition.id);
    if (!prepared) entry.prepared.set(edition.id, (prepared = prepare(entry.dataset, edition)));
    return { dataset: entry.dataset, prepared, edition };
  };

  const api = {
    /** Reads and parses the files (streaming), builds the dataset, keeps it under a new version. */
    async load(files: FileInput[], onProgress?: (progress: ImportProgress) => void, options: Pick<ImportOptions, 'maxFileBytes' | 'memoryLimitBytes'> = {}): Promise<LoadResult> {
      running?.abort();
      const controller = new AbortController();
      running = controller;
      const perFile: Record<string, Pick<ImportOptions, 'kind' | 'mapping'>> = {};
      for (const f of files) perFile[f.name] = { ...(f.kind ? { kind: f.kind } : {}), ...(f.mapping ? { mapping: f.mapping } : {}) };
      let lastReport = 0;
      // User timings (pcs:import, pcs:prepare, pcs:score; the latest of each is kept): DevTools' performance panel
      // and the browser bench read them.
      const importStart = performance.now();
      const result = await importFiles(
        files.map(sourceOf),
        {
          ...options,
          signal: controller.signal,
          onProgress: (p) => {
            // Throttle messages to the UI thread: one per ~50 ms is smooth and cheap.
            const now = Date.now();
            if (onProgress && now - lastReport > 50) {
              lastReport = now;
              onProgress(p);
            }
          },
        },
        perFile,
      );
      if (running === controller) running = null;
      if (controller.signal.aborted) throw new Error(IMPORT_CANCELLED);
      const prepareStart = performance.now();
      timing('pcs:import', importStart, prepareStart);
      const prepared = prepare(result.dataset, getEdition(DEFAULT_EDITION));
      timing('pcs:prepare', prepareStart);
      const version = nextVersion++;
      versions.set(version, { dataset: result.dataset, prepared: new Map([[DEFAULT_EDITION, prepared]]) });
      const d = result.dataset;
      return {
        version,
        files: result.files.map((f, i) => ({ ...f, id: files[i]!.id })),
        problems: result.problems,
        firstMonth: prepared.firstDataMonth === null ? null : monthOf(prepared.firstDataMonth),
        lastMonth: prepared.lastDataMonth === null ? null : monthOf(prepared.lastDataMonth),
        defaultMonth: d.partner.month ?? (prepared.lastDataMonth === null ? null : monthOf(prepared.lastDataMonth)),
        rowCounts: {
          certifications: d.certifications.length,
          customers: d.customers.length,
          azure: d.azure.length,
          m365: d.m365.length,
          bizappsRevenue: d.bizappsRevenue.length,
          bizappsUsage: d.bizappsUsage.length,
        },
      };
    },

    /** What the page offers under an edition (certifications a person can earn, quick additions): the rule data stays here. */
    edition(editionId = DEFAULT_EDITION): EditionSummary {
      return editionSummary(editionId);
    },

    /** The partner's customers and people, for pickers (by name or id), sorted by name. */
    directory(version: number): Directory {
      const { prepared } = get(version);
      const byName = (a: { id: string; name?: string }, b: { id: string; name?: string }) => (a.name ?? a.id).localeCompare(b.name ?? b.id);
      return {
        tenants: [...prepared.tenants.values()].map((t) => ({ id: t.id, ...(t.name ? { name: t.name } : {}) })).sort(byName),
        people: [...prepared.people.values()].map((p) => ({ id: p.id, ...(p.name ? { name: p.name } : {}) })).sort(byName),
      };
    },

    cancel(): void {
      running?.abort();
    },

    /** Forget versions the UI no longer shows. */
    release(keep: number[]): void {
      for (const version of [...versions.keys()]) if (!keep.includes(version)) versions.delete(version);
    },

    /**
     * Works ahead for what the page is likely to ask next, a step (one measure) at a time, with the worker's
     * queued requests run between steps: a designation's explanations (`what`: the designation), a month's numbers
     * (null), or the simulator's first scenario ('simulator': scenarioSteps). Asking `designation`, `score` or
     * `simulate` afterwards reads the results. False when stopWarming stopped it.
     */
    async warm(version: number, month: string, what: DesignationId | null | 'simulator', edition = DEFAULT_EDITION): Promise<boolean> {
      const started = warming;
      function* ahead(): Generator<void, true> {
        // A first pause: a stop sent with this request is seen before any work (preparing an edition is some).
        yield;
        const { prepared } = get(version, edition),
          index = monthIndex(month);
        const steps = what === 'simulator' ? scenarioSteps(prepared, index) : scoringSteps(prepared, index, what ? { explain: true, designations: [what] } : { explain: false });
        for (const step of steps) {
          step();
          yield;
        }
        return true;
      }
      const outcome = await stepwise(ahead(), () => started !== warming, pauseEveryMs);
      return outcome.done;
    },

    /** Stops work ahead at its next step (the page's month, edition or data changed). */
    stopWarming(): void {
      warming++;
    },

    /** Numbers for every designation and path, Microsoft Cloud and specializations — no explanations, no window. */
    score(version: number, month: string, edition = DEFAULT_EDITION): ScoreReport {
      const start = performance.now();
      const report = scorePrepared(get(version, edition).prepared, month, { explain: false, window: false });
      timing('pcs:score', start);
      return report;
    },

    /** The six months of the qualification window ending in `month` (§7.3). */
    window(version: number, month: string, edition = DEFAULT_EDITION): ScoreReport['window'] {
      const { prepared } = get(version, edition);
      const index = monthIndex(month);
      return qualificationWindow(prepared, index, scoreAllDesignations(prepared, index, { explain: false }));
    },

    /** One designation with every metric's explanation (who and what counted, and why). */
    designation(version: number, month: string, id: DesignationId, edition = DEFAULT_EDITION): DesignationResult {
      const { prepared } = get(version, edition);
      const rule = prepared.edition.designations.find((d) => d.id === id);
      if (!rule) throw new Error(`unknown designation '${id}'`);
      const index = monthIndex(month);
      const result = scoreDesignation({ prepared, month: index, checkDay: lastDayOf(index), explain: true }, rule);
      // A large partner has thousands of lines per metric: send the first ones (counted first); the CSV export
      // asks for all of them (explanationCsv).
      return {
        ...result,
        paths: result.paths.map((p) => ({
          ...p,
          metrics: p.metrics.map((m) =>
            m.items.length <= EXPLANATION_LINES ? m : { ...m, items: [...m.items].sort((a, b) => Number(b.counted) - Number(a.counted)).slice(0, EXPLANATION_LINES), itemCount: m.items.length },
          ),
        })),
      };
    },

    /** Every explanation line of one metric (the page asks when a metric has more than the first lines it was sent). */
    explanationItems(version: number, month: string, id: DesignationId, path: string, metric: string, edition = DEFAULT_EDITION): ExplanationItem[] {
      const { prepared } = get(version, edition);
      const rule = prepared.edition.designations.find((d) => d.id === id);
      if (!rule) throw new Error(`unknown designation '${id}'`);
      const index = monthIndex(month);
      const result = scoreDesignation({ prepared, month: index, checkDay: lastDayOf(index), explain: true }, rule);
      return result.paths.find((p) => p.path === path)?.metrics.find((m) => m.id === metric)?.items ?? [];
    },

    /** Every explanation line of one metric as CSV text. */
    explanationCsv(version: number, month: string, id: DesignationId, path: string, metric: string, edition = DEFAULT_EDITION): string {
      const items = api.explanationItems(version, month, id, path, metric, edition);
      return toCsv([['subject', 'name', 'part', 'counted', 'effect', 'reason'], ...items.map((i) => [i.subject, i.name, i.component, i.counted ? 'yes' : 'no', i.effect, i.reason])]);
    },

    /** Partner Center's "customer eligibility": how a tenant counts in each designation, on the path that counts. */
    lookup(version: number, month: string, query: string, edition = DEFAULT_EDITION): CustomerLine[] {
      const q = query.trim().toLowerCase();
      if (q.length < 1) return [];
      const report = scorePrepared(get(version, edition).prepared, month, { window: false });
      const lines: CustomerLine[] = [];
      for (const d of report.designations) {
        const path = d.paths.find((p) => p.path === d.path)!;
        for (const m of path.metrics)
          for (const item of m.items) {
            if (item.subjectKind !== 'tenant' && item.subjectKind !== 'pair') continue;
            if (!`${item.subject} ${item.name ?? ''}`.toLowerCase().includes(q)) continue;
            lines.push({
              designation: d.id,
              designationName: d.name,
              path: d.path,
              metric: m.label,
              subject: item.subject,
              ...(item.name ? { name: item.name } : {}),
              counted: item.counted,
              reason: item.reason,
            });
            if (lines.length >= 500) return lines;
          }
      }
      return lines;
    },

    /** Baseline and scenario side by side (numbers only; the scenario is scored for its own month if it has one). */
    simulate(version: number, scenario: Scenario, month: string, editionId = DEFAULT_EDITION): Simulation {
      const { prepared, dataset, edition } = get(version, editionId);
      const scoring = scenario.month ?? month;
      const through = scenarioThrough(scenario, scoring, prepared.lastDataMonth === null ? null : monthOf(prepared.lastDataMonth));
      const options = { explain: false, window: false };
      return {
        month: scoring,
        baseline: scorePrepared(prepared, scoring, options),
        scenario: scorePrepared(prepareScenario(prepared, dataset, edition, scenario, through), scoring, options),
        warnings: unknownReferences(scenario, prepared),
      };
    },

    /** The planner's action catalogue for some targets, with default costs and limits. */
    planCatalogue(version: number, month: string, targets: DesignationId[], editionId = DEFAULT_EDITION): CatalogueEntry[] {
      const { prepared, edition } = get(version, editionId);
      return defaultActions(edition, targets, prepared, month).map(({ id, label, cost, limit, affects }) => ({ id, label, cost, limit, affects }));
    },

    /**
     * The cheapest plan for one designation alone, or null when it qualifies (the overview asks for each
     * designation that does not, one call at a time). In steps, and with a `ticket` cancellable (see worth).
     */
    async designationPlan(version: number, month: string, id: DesignationId, editionId = DEFAULT_EDITION, ticket?: number): Promise<DesignationPlan | null> {
      const { prepared, dataset } = get(version, editionId);
      const rule = prepared.edition.designations.find((d) => d.id === id);
      if (!rule) throw new Error(`unknown designation '${id}'`);
      const index = monthIndex(month);
      // Only this designation is scored (the overview asks once per designation).
      const current = scoreDesignation({ prepared, month: index, checkDay: lastDayOf(index), explain: false }, rule);
      const plans = await inSteps(nextStepsInSteps(prepared, dataset, month, [current], { now: () => performance.now(), timeBudgetMs: 500 }), ticket);
      return plans[0] ?? null;
    },

    /**
     * What one more of each planner action adds to each metric of one designation: an action at a time, with
     * the worker's queued requests run in between; with a `ticket`, cancelRequest(ticket) stops it (it throws
     * REQUEST_CANCELLED), so leaving the view does not make the next one wait for it.
     */
    async worth(version: number, month: string, id: DesignationId, editionId = DEFAULT_EDITION, ticket?: number): Promise<ActionWorth[]> {
      const { prepared, dataset } = get(version, editionId);
      return inSteps(actionWorthSteps(prepared, dataset, month, id), ticket);
    },

    /** Stops the request given this ticket at its next step (the page no longer needs its answer). */
    cancelRequest(ticket: number): void {
      if (ticketed.has(ticket)) ticketed.set(ticket, true);
    },

    /** The cheapest plan that qualifies every target, with the user's costs and limits (in steps: other requests run between). */
    plan(version: number, month: string, targets: DesignationId[], overrides: Record<string, { cost: number; limit: number }>, editionId = DEFAULT_EDITION): Promise<Plan> {
      const { prepared, dataset, edition } = get(version, editionId);
      const actions = defaultActions(edition, targets, prepared, month).map((a) => ({ ...a, ...(overrides[a.id] ?? {}) }));
      return inSteps(planSteps(prepared, dataset, { targets, actions, month, now: () => performance.now(), timeBudgetMs: 1500 }), undefined);
    },

    /**
     * "What could drop us": the next six months if nothing changes — the last month's usage and revenue carried
     * forward, certifications expiring on their dates — and customers close to a threshold now.
     */
    risk(version: number, month: string, editionId = DEFAULT_EDITION): RiskView {
      const { prepared, dataset, edition } = get(version, editionId);
      const last = monthIndex(month);
      const carried = { ...dataset };
      const ahead = [1, 2, 3, 4, 5, 6].map((k) => monthOf(last + k));
      // The data through the month, then its last month's rows again for each month ahead (no copy of the data).
      const forward = <T extends { month: string }>(kept: RowList<T>) => {
        const last = kept.filter((r) => r.month === month);
        return concatRows(kept, ...ahead.map((m) => last.map((r) => ({ ...r, month: m }))));
      };
      const future = prepare(
        {
          ...carried,
          azure: forward(dataset.azure.filter((r) => monthIndex(r.month) <= last)),
          m365: forward(dataset.m365.filter((r) => monthIndex(r.month) <= last)),
          bizappsRevenue: forward(dataset.bizappsRevenue.filter((r) => monthIndex(r.month) <= last)),
          bizappsUsage: forward(dataset.bizappsUsage.filter((r) => monthIndex(r.month) <= last)),
          deduplicated: false,
        },
        edition,
      );
      const months: RiskView['months'] = [];
      for (let m = last - 5; m <= last + 6; m++) {
        const scores = {} as RiskView['months'][number]['scores'];
        for (const d of scoreAllDesignations(m <= last ? prepared : future, m, { explain: false })) scores[d.id] = { score: d.score, qualified: d.qualified };
        months.push({ month: monthOf(m), scores });
      }
      const { drops, fallsOut } = readProjection(months, month);
      // Customers within 10 % of a threshold that counts for them now (thresholds from the edition's rules).
      const nearThresholds = findNearThresholds(prepared, last);
      return { months, drops, fallsOut, nearThresholds };
    },

    /**
     * "What changed for you": the scoring month under the edition `from` and the newest (numbers only; the
     * differences name the rule changes behind them).
     */
    compare(version: number, month: string, from: string, to = DEFAULT_EDITION): Omit<EditionComparison, 'reports'> & { reports: Record<string, ScoreReport> } {
      const older = scorePrepared(get(version, from).prepared, month, { explain: false, window: false });
      const newer = scorePrepared(get(version, to).prepared, month, { explain: false, window: false });
      const { differences, changes } = compareEditionReports(older, newer);
      return { month, editions: [older.edition, newer.edition], reports: { [older.edition]: older, [newer.edition]: newer }, differences, changes };
    },

    /** Each designation's score for every month the data covers (computed, never stored). */
    history(version: number, edition = DEFAULT_EDITION): HistoryPoint[] {
      const { prepared } = get(version, edition);
      if (prepared.firstDataMonth === null || prepared.lastDataMonth === null) return [];
      const points: HistoryPoint[] = [];
      for (let m = prepared.firstDataMonth; m <= prepared.lastDataMonth; m++) {
        const scores = {} as HistoryPoint['scores'];
        for (const d of scoreAllDesignations(prepared, m, { explain: false })) scores[d.id] = { score: d.score, qualified: d.qualified, path: d.path };
        points.push({ month: monthOf(m), scores });
      }
      return points;
    },

    /** Every person, their certifications, where they count, and what expires or retires in the next six months. */
    people(version: number, month: string, edition = DEFAULT_EDITION): PersonView[] {
      const { prepared } = get(version, edition);
      const report = scorePrepared(prepared, month, { window: false });
      const index = monthIndex(month);
      const checkDay = lastDayOf(index);
      const horizon = lastDayOf(index + 6);
      const counts = new Map<string, Map<DesignationId, Set<string>>>();
      for (const d of report.designations) {
        const path = d.paths.find((p) => p.path === d.path)!;
        for (const metric of path.metrics)
          for (const item of metric.items) {
            if (item.subjectKind !== 'person' || !item.counted) continue;
            const key = item.subject.toLowerCase();
            if (!counts.has(key)) counts.set(key, new Map());
            const byDesignation = counts.get(key)!;
            if (!byDesignation.has(d.id)) byDesignation.set(d.id, new Set());
            byDesignation.get(d.id)!.add(metric.label);
          }
      }
      // Points at risk of one certification: today's scores minus today's scores without that one holding
      // (a copy of the prepared data differing only in that person, so only skilling is recomputed).
      const baseline = new Map(report.designations.map((d) => [d.id, d.score]));
      const riskOf = (key: string, holdingIndex: number) => {
        const person = prepared.people.get(key)!;
        const people = new Map(prepared.people).set(key, { ...person, holdings: person.holdings.filter((_, i) => i !== holdingIndex) });
        return scoreAllDesignations({ ...prepared, people }, index, { explain: false })
          .map((d) => ({ designation: d.id, points: Math.round(((baseline.get(d.id) ?? 0) - d.score) * 100) / 100 }))
          .filter((r) => r.points > 0);
      };
      return [...prepared.people.entries()].map(([key, person]) => {
        const certifications = person.holdings.map((h) => {
          const retires = h.cert?.eligibleThrough;
          const validOn = holdingValidOn(h, checkDay, prepared.edition);
          return {
            name: h.name,
            catalogName: h.cert?.name ?? null,
            ...(h.earnedOn ? { earnedOn: h.earnedOn } : {}),
            ...(h.expiresOn ? { expiresOn: h.expiresOn } : {}),
            validOn,
            ...(retires ? { retiresOn: retires } : {}),
          };
        });
        const atRisk: PersonView['atRisk'] = [];
        certifications.forEach((c, i) => {
          if (!c.validOn) return;
          const ends = [c.expiresOn, c.retiresOn].filter((d): d is string => !!d && d >= checkDay && d <= horizon).sort()[0];
          if (ends) atRisk.push({ certification: c.catalogName ?? c.name, lastDay: ends, pointsAtRisk: riskOf(key, i) });
        });
        const byDesignation = counts.get(person.id.toLowerCase());
        return {
          id: person.id,
          ...(person.name ? { name: person.name } : {}),
          certifications,
          countsToward: byDesignation ? [...byDesignation].map(([designation, metrics]) => ({ designation, metrics: [...metrics] })) : [],
          atRisk,
        };
      });
    },
  };
  return api;
}

export type EngineApi = ReturnType<typeof createEngineApi>;
