/**
 * The engine's public entry: a dataset and a scoring month in, a full report out — every designation and path
 * scored with explanations, the six months of the qualification window (§7.3, AMB-38/66), Microsoft Cloud
 * (§6) and the specializations the qualified designations open (§6.1).
 */
import type { Day, Month, MonthIndex } from './months';
import { isMonth, lastDayOf, monthIndex, monthOf } from './months';
import { prepare, type Prepared } from './prepare';
import { getEdition } from './rules';
import { scoreAllDesignations } from './score';
import type { Dataset, DesignationId, DesignationResult, DesignationWindow, ScoreReport, SpecializationAccess, WindowMonth } from './types';

export interface ScoreOptions {
  month?: Month;
  edition?: string;
  /** Build explanation items for the scoring month (default true). */
  explain?: boolean;
  /** Score the qualification window's months (default true). */
  window?: boolean;
}

export class NothingToScoreError extends Error {}

/** Default scoring month: the `partner` file's month, else the latest month in the usage and revenue rows. */
export function defaultScoringMonth(prepared: Prepared, dataset: Dataset): Month | null {
  if (dataset.partner.month) return dataset.partner.month;
  return prepared.lastDataMonth === null ? null : monthOf(prepared.lastDataMonth);
}

/** Days inside the month, before its last day, on which some certification stops counting (AMB-38). */
function certificationChangeDays(prepared: Prepared, month: MonthIndex): Day[] {
  const first = `${monthOf(month)}-01`;
  const last = lastDayOf(month);
  const days = new Set<Day>();
  const consider = (day: Day | undefined) => {
    if (day && day >= first && day < last) days.add(day);
  };
  for (const person of prepared.people.values()) for (const h of person.holdings) consider(h.expiresOn);
  for (const cert of prepared.edition.certifications) consider(cert.eligibleThrough);
  for (const d of prepared.edition.designations)
    for (const p of d.paths)
      for (const metric of p.metrics)
        for (const c of metric.components) {
          consider(c.effectiveUntil);
          if (c.measure.kind === 'certifiedPeople') for (const ref of c.measure.certifications) consider(ref.until);
        }
  return [...days].sort();
}

export function qualificationWindow(prepared: Prepared, month: MonthIndex, current: DesignationResult[]): DesignationWindow[] {
  const months: Map<DesignationId, WindowMonth[]> = new Map(current.map((d) => [d.id, []]));
  for (let s = month - 5; s <= month; s++) {
    const results = s === month ? current : scoreAllDesignations(prepared, s, { explain: false });
    const unqualified = results.filter((d) => !d.qualified).map((d) => d.id);
    // A month counts if the designation qualified on any day of it: also try the days a certification lapses.
    const qualifiedOn = new Map<DesignationId, Day>();
    if (unqualified.length > 0) {
      for (const day of certificationChangeDays(prepared, s)) {
        for (const d of scoreAllDesignations(prepared, s, { explain: false, checkDay: day })) {
          if (d.qualified && unqualified.includes(d.id) && !qualifiedOn.has(d.id)) qualifiedOn.set(d.id, day);
        }
      }
    }
    for (const d of results) {
      const on = qualifiedOn.get(d.id);
      months.get(d.id)!.push({ month: monthOf(s), score: d.score, qualified: d.qualified || on !== undefined, path: d.path, ...(on ? { qualifiedOn: on } : {}) });
    }
  }
  return current.map((d) => {
    const list = months.get(d.id)!;
    const qualified = list.filter((w) => w.qualified);
    return { id: d.id, months: list, qualifiedInWindow: qualified.length > 0, lastQualifiedMonth: qualified.at(-1)?.month ?? null };
  });
}

export function scorePrepared(prepared: Prepared, month: Month, options: { explain?: boolean; window?: boolean } = {}): ScoreReport {
  const index = monthIndex(month);
  const designations = scoreAllDesignations(prepared, index, { explain: options.explain ?? true });
  const qualified = new Set(designations.filter((d) => d.qualified).map((d) => d.id));
  const specializations: SpecializationAccess[] = prepared.edition.specializations.map((s) => ({
    id: s.id,
    name: s.name,
    solutionArea: s.solutionArea,
    requiresAnyOf: s.requiresAnyOf,
    openedBy: s.requiresAnyOf.filter((id) => qualified.has(id)),
  }));
  const notes: string[] = [];
  if (prepared.firstDataMonth !== null && prepared.lastDataMonth !== null) {
    notes.push(`usage and revenue data cover ${monthOf(prepared.firstDataMonth)} to ${monthOf(prepared.lastDataMonth)}`);
    if (prepared.firstDataMonth > index - 13) notes.push(`the data start after ${monthOf(index - 13)}: comparisons with last year treat missing months as zero`);
  }
  notes.push(`certifications are checked on ${lastDayOf(index)}`);
  return {
    edition: prepared.edition.id,
    month,
    designations,
    // The window re-scores five more months; a simulator's instant view can skip it (`window: false`).
    window: options.window === false ? [] : qualificationWindow(prepared, index, designations),
    // §6: all six designations → Solutions Partner for Microsoft Cloud.
    microsoftCloud: { qualified: designations.every((d) => d.qualified), missing: designations.filter((d) => !d.qualified).map((d) => d.id) },
    specializations,
    notes,
  };
}

export function scoreDataset(dataset: Dataset, options: ScoreOptions = {}): ScoreReport {
  const edition = getEdition(options.edition);
  const prepared = prepare(dataset, edition);
  const month = options.month ?? defaultScoringMonth(prepared, dataset);
  if (!month) throw new NothingToScoreError('no usage or revenue rows and no scoring month: nothing to score');
  if (!isMonth(month)) throw new Error(`not a month (YYYY-MM): '${month}'`);
  return scorePrepared(prepared, month, options);
}
