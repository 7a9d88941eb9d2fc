/**
 * What the UI asks of the engine, in one object. The web worker exposes it with comlink; tests call it
 * directly or through a MessageChannel. Datasets stay in the worker: the UI holds versions, not rows.
 */
import { addMonths, daysInMonth, getEdition, lastDayOf, monthIndex, monthOf, prepare, qualificationWindow, scoreAllDesignations, scorePrepared, type Dataset, type DesignationId, type DesignationResult, type Prepared, type ScoreReport } from '../engine';
import { scoreDesignation } from '../engine/score';
import { importFiles, type FileImport, type ImportOptions } from '../io/import';
import type { FileKind } from '../io/kinds';
import type { Problem } from '../io/problems';
import { sourceFromBlob, sourceFromText, type FileSource } from '../io/source';
import { toCsv } from '../ui/csv';

export interface FileInput {
  id: string;
  name: string;
  data: Blob | string;
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

/** Explanation lines sent to the UI per metric; the CSV export has all. */
export const EXPLANATION_LINES = 500;

function sourceOf(file: FileInput): FileSource {
  return typeof file.data === 'string' ? sourceFromText(file.name, file.data) : sourceFromBlob(file.name, file.data);
}

export function createEngineApi() {
  const edition = getEdition();
  const versions = new Map<number, { dataset: Dataset; prepared: Prepared }>();
  let nextVersion = 1;
  let running: AbortController | null = null;

  const get = (version: number) => {
    const entry = versions.get(version);
    if (!entry) throw new Error(`dataset version ${version} is not loaded`);
    return entry;
  };

  const api = {
    /** Reads and parses the files (streaming), builds the dataset, keeps it under a new version. */
    async load(files: FileInput[], onProgress?: (progress: ImportProgress) => void, options: Pick<ImportOptions, 'maxFileBytes'> = {}): Promise<LoadResult> {
      running?.abort();
      const controller = new AbortController();
      running = controller;
      const perFile: Record<string, Pick<ImportOptions, 'kind' | 'mapping'>> = {};
      for (const f of files) perFile[f.name] = { ...(f.kind ? { kind: f.kind } : {}), ...(f.mapping ? { mapping: f.mapping } : {}) };
      let lastReport = 0;
      const result = await importFiles(files.map(sourceOf), {
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
      }, perFile);
      if (running === controller) running = null;
      if (controller.signal.aborted) throw new Error('import cancelled');
      const prepared = prepare(result.dataset, edition);
      const version = nextVersion++;
      versions.set(version, { dataset: result.dataset, prepared });
      const d = result.dataset;
      return {
        version,
        files: result.files.map((f, i) => ({ ...f, id: files[i]!.id })),
        problems: result.problems,
        firstMonth: prepared.firstDataMonth === null ? null : monthOf(prepared.firstDataMonth),
        lastMonth: prepared.lastDataMonth === null ? null : monthOf(prepared.lastDataMonth),
        defaultMonth: d.partner.month ?? (prepared.lastDataMonth === null ? null : monthOf(prepared.lastDataMonth)),
        rowCounts: { certifications: d.certifications.length, customers: d.customers.length, azure: d.azure.length, m365: d.m365.length, bizappsRevenue: d.bizappsRevenue.length, bizappsUsage: d.bizappsUsage.length },
      };
    },

    cancel(): void {
      running?.abort();
    },

    /** Forget versions the UI no longer shows. */
    release(keep: number[]): void {
      for (const version of [...versions.keys()]) if (!keep.includes(version)) versions.delete(version);
    },

    /** Numbers for every designation and path, Microsoft Cloud and specializations — no explanations, no window. */
    score(version: number, month: string): ScoreReport {
      return scorePrepared(get(version).prepared, month, { explain: false, window: false });
    },

    /** The six months of the qualification window ending in `month` (§7.3). */
    window(version: number, month: string): ScoreReport['window'] {
      const { prepared } = get(version);
      const index = monthIndex(month);
      return qualificationWindow(prepared, index, scoreAllDesignations(prepared, index, { explain: false }));
    },

    /** One designation with every metric's explanation (who and what counted, and why). */
    designation(version: number, month: string, id: DesignationId): DesignationResult {
      const { prepared } = get(version);
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
          metrics: p.metrics.map((m) => (m.items.length <= EXPLANATION_LINES ? m : { ...m, items: [...m.items].sort((a, b) => Number(b.counted) - Number(a.counted)).slice(0, EXPLANATION_LINES), itemCount: m.items.length })),
        })),
      };
    },

    /** Every explanation line of one metric as CSV text. */
    explanationCsv(version: number, month: string, id: DesignationId, path: string, metric: string): string {
      const { prepared } = get(version);
      const rule = prepared.edition.designations.find((d) => d.id === id)!;
      const index = monthIndex(month);
      const result = scoreDesignation({ prepared, month: index, checkDay: lastDayOf(index), explain: true }, rule);
      const items = result.paths.find((p) => p.path === path)?.metrics.find((m) => m.id === metric)?.items ?? [];
      return toCsv([['subject', 'name', 'part', 'counted', 'effect', 'reason'], ...items.map((i) => [i.subject, i.name, i.component, i.counted ? 'yes' : 'no', i.effect, i.reason])]);
    },

    /** Partner Center's "customer eligibility": how a tenant counts in each designation, on the path that counts. */
    lookup(version: number, month: string, query: string): CustomerLine[] {
      const q = query.trim().toLowerCase();
      if (q.length < 2) return [];
      const report = scorePrepared(get(version).prepared, month, { window: false });
      const lines: CustomerLine[] = [];
      for (const d of report.designations) {
        const path = d.paths.find((p) => p.path === d.path)!;
        for (const m of path.metrics)
          for (const item of m.items) {
            if (item.subjectKind !== 'tenant' && item.subjectKind !== 'pair') continue;
            if (!`${item.subject} ${item.name ?? ''}`.toLowerCase().includes(q)) continue;
            lines.push({ designation: d.id, designationName: d.name, path: d.path, metric: m.label, subject: item.subject, ...(item.name ? { name: item.name } : {}), counted: item.counted, reason: item.reason });
            if (lines.length >= 500) return lines;
          }
      }
      return lines;
    },

    /** Each designation's score for every month the data covers (computed, never stored). */
    history(version: number): HistoryPoint[] {
      const { prepared } = get(version);
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
    people(version: number, month: string): PersonView[] {
      const { prepared } = get(version);
      const report = scorePrepared(prepared, month, { window: false });
      const index = monthIndex(month);
      const checkDay = `${month}-${String(daysInMonth(index)).padStart(2, '0')}`;
      const horizon = `${addMonths(month, 6)}-${String(daysInMonth(index + 6)).padStart(2, '0')}`;
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
      // Points at risk of one lapse: the scoring month's data scored on the certification's last valid day and
      // on the next day, so lapses on other days are not counted against it.
      const riskCache = new Map<string, { designation: DesignationId; points: number }[]>();
      const riskAfter = (lastDay: string) => {
        if (!riskCache.has(lastDay)) {
          const before = scoreAllDesignations(prepared, index, { explain: false, checkDay: lastDay });
          const after = new Map(scoreAllDesignations(prepared, index, { explain: false, checkDay: nextDay(lastDay) }).map((d) => [d.id, d.score]));
          riskCache.set(lastDay, before.map((d) => ({ designation: d.id, points: Math.round((d.score - (after.get(d.id) ?? 0)) * 100) / 100 })).filter((r) => r.points > 0));
        }
        return riskCache.get(lastDay)!;
      };
      return [...prepared.people.values()].map((person) => {
        const certifications = person.holdings.map((h) => {
          const retires = h.cert?.eligibleThrough;
          const validOn = (!h.earnedOn || h.earnedOn <= checkDay) && (!h.expiresOn || h.expiresOn >= checkDay) && (!retires || retires >= checkDay) && h.cert !== null;
          return { name: h.name, catalogName: h.cert?.name ?? null, ...(h.earnedOn ? { earnedOn: h.earnedOn } : {}), ...(h.expiresOn ? { expiresOn: h.expiresOn } : {}), validOn, ...(retires ? { retiresOn: retires } : {}) };
        });
        const atRisk: PersonView['atRisk'] = [];
        for (const c of certifications) {
          if (!c.validOn) continue;
          const ends = [c.expiresOn, c.retiresOn].filter((d): d is string => !!d && d >= checkDay && d <= horizon).sort()[0];
          if (ends) atRisk.push({ certification: c.catalogName ?? c.name, lastDay: ends, pointsAtRisk: riskAfter(ends) });
        }
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

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + m - 1;
  return d < daysInMonth(index) ? `${day.slice(0, 8)}${String(d + 1).padStart(2, '0')}` : `${monthOf(index + 1)}-01`;
}

export type EngineApi = ReturnType<typeof createEngineApi>;
