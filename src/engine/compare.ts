/**
 * "What changed for you": the same data scored under two rule editions for the same scoring month, with one
 * difference per designation whose score, path or qualification moved and one per metric whose points moved
 * on the path that counts, each tied to the rule changes (the newer edition's change table) that can cause it.
 */
import { PATH_NAMES } from './names';
import { prepare } from './prepare';
import { defaultScoringMonth, NothingToScoreError, scorePrepared } from './report';
import { getEdition } from './rules';
import type { EditionChange } from './rules/types';
import type { Dataset, DesignationId, DesignationResult, MetricId, MetricResult, PathId, ScoreReport } from './types';

interface EditionSide {
  edition: string;
  path: PathId;
  points: number;
  qualified?: boolean;
  value?: number;
  unit?: string;
}

export interface EditionDifference {
  designation: DesignationId;
  metric: MetricId | null;
  from: EditionSide;
  to: EditionSide;
  /** Ids of the rule changes that can cause it (rows of the newer edition's change table). */
  changes: string[];
  explanation: string;
}

export interface EditionComparison {
  month: string;
  editions: [string, string];
  reports: Record<string, ScoreReport>;
  differences: EditionDifference[];
  /** The newer edition's change table, each marked with whether it touched this partner's numbers. */
  changes: (EditionChange & { affected: boolean })[];
}

/** A path as the comparison names it: "the SMB path", or "its one path" for a designation with one set of rules. */
const pathText = (path: PathId) => (path === 'standard' ? 'its one path' : `the ${PATH_NAMES[path]} path`);
const fmt = (n: number) => (Math.round(n * 100) / 100).toLocaleString('en-US');
const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${fmt(Math.abs(n))}`;

function chosenMetric(d: DesignationResult, id: MetricId): MetricResult | undefined {
  return d.paths.find((p) => p.path === d.path)?.metrics.find((m) => m.id === id);
}

/** The changes of the table that can move `metric` of `designation` (and path changes when the path moved). */
function causes(changes: EditionChange[], designation: DesignationId, metric: MetricId | 'path', pathMoved: boolean): EditionChange[] {
  return changes.filter((c) => c.designations.includes(designation) && (c.metrics.includes(metric) || (pathMoved && c.metrics.includes('path'))));
}

export function compareEditionReports(older: ScoreReport, newer: ScoreReport): { differences: EditionDifference[]; changes: EditionComparison['changes'] } {
  const table = getEdition(newer.edition).changesFrom?.changes ?? [];
  const differences: EditionDifference[] = [];
  const used = new Set<string>();
  for (const to of newer.designations) {
    const from = older.designations.find((d) => d.id === to.id);
    if (!from) continue;
    const pathMoved = from.path !== to.path;
    const metricDiffs: EditionDifference[] = [];
    const ids = new Set<MetricId>([...from.paths.flatMap((p) => p.metrics.map((m) => m.id)), ...to.paths.flatMap((p) => p.metrics.map((m) => m.id))]);
    for (const id of ids) {
      const a = chosenMetric(from, id),
        b = chosenMetric(to, id);
      const pa = a?.points ?? 0,
        pb = b?.points ?? 0;
      if (pa === pb) continue;
      const why = causes(table, to.id, id, pathMoved);
      const label = b?.label ?? a?.label ?? id;
      const values = a && b && a.unit === b.unit && a.value !== b.value ? `${fmt(a.value)} → ${fmt(b.value)} ${b.unit}, ` : '';
      metricDiffs.push({
        designation: to.id,
        metric: id,
        from: { edition: older.edition, path: from.path, points: pa, ...(a ? { value: a.value, unit: a.unit } : {}) },
        to: { edition: newer.edition, path: to.path, points: pb, ...(b ? { value: b.value, unit: b.unit } : {}) },
        changes: why.map((c) => c.id),
        explanation: `${label}: ${values}${fmt(pa)} → ${fmt(pb)} points (${signed(pb - pa)})${why.length ? ` — ${why.map((c) => c.text).join('; ')}` : ''}`,
      });
    }
    if (from.score !== to.score || pathMoved || from.qualified !== to.qualified) {
      const why = new Set<string>(metricDiffs.flatMap((d) => d.changes));
      if (pathMoved) for (const c of causes(table, to.id, 'path', false)) why.add(c.id);
      const parts = [`${to.name}: ${fmt(from.score)} → ${fmt(to.score)} (${signed(to.score - from.score)})`];
      if (from.qualified !== to.qualified) parts.push(to.qualified ? 'now qualifies' : 'no longer qualifies');
      if (pathMoved) parts.push(`counts on ${pathText(to.path)} instead of ${pathText(from.path)}`);
      differences.push({
        designation: to.id,
        metric: null,
        from: { edition: older.edition, path: from.path, points: from.score, qualified: from.qualified },
        to: { edition: newer.edition, path: to.path, points: to.score, qualified: to.qualified },
        changes: [...why].sort((x, y) => Number(x) - Number(y)),
        explanation: parts.join('; '),
      });
    }
    differences.push(...metricDiffs);
    for (const d of metricDiffs) for (const id of d.changes) used.add(id);
    if (pathMoved) for (const c of causes(table, to.id, 'path', false)) used.add(c.id);
  }
  return { differences, changes: table.map((c) => ({ ...c, affected: used.has(c.id) })) };
}

/** Scores `dataset` under `from` and `to` (default: the two newest editions) for the same month. */
export function compareEditions(dataset: Dataset, options: { month?: string; from?: string; to?: string; explain?: boolean; window?: boolean } = {}): EditionComparison {
  const toEdition = getEdition(options.to);
  const fromId = options.from ?? toEdition.changesFrom?.edition;
  if (!fromId) throw new Error(`rule edition ${toEdition.id} has no earlier edition to compare with`);
  const fromEdition = getEdition(fromId);
  const preparedTo = prepare(dataset, toEdition);
  const month = options.month ?? defaultScoringMonth(preparedTo, dataset);
  if (!month) throw new NothingToScoreError('no usage or revenue rows and no scoring month: nothing to score');
  const scoreOptions = { explain: options.explain ?? true, window: options.window ?? true };
  const older = scorePrepared(prepare(dataset, fromEdition), month, scoreOptions);
  const newer = scorePrepared(preparedTo, month, scoreOptions);
  const { differences, changes } = compareEditionReports(older, newer);
  return { month, editions: [fromEdition.id, toEdition.id], reports: { [fromEdition.id]: older, [toEdition.id]: newer }, differences, changes };
}
