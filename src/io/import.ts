/**
 * Files → typed rows (FORMATS.md). Streaming: bytes are decoded chunk by chunk and fed to papaparse, and each
 * parsed chunk is turned into typed rows at once, so memory holds the rows, not the file. Every row that is
 * not loaded gets a problem with file, row, column and reason; good rows always load.
 */
import Papa from 'papaparse';
import type { AzureRow, BizAppsRevenueRow, BizAppsUsageRow, CertificationRow, CustomerRow, Dataset, DesignationId, M365Row, PartnerSettings } from '../engine/types';
import { emptyDataset } from '../engine/types';
import { cloudKey } from '../engine/prepare';
import { EDITION_IDS, editions, getEdition } from '../engine/rules';
import { COMMERCIAL_CLOUDS_2026 } from '../engine/rules/edition2026/vocabulary';
import { vocabularyOf } from '../engine/vocabulary';

import { Dictionary, type ColumnTable } from './columnTable';
import { decodeChunks, NotTextError, type Encoding } from './decode';
import { detectKind, headerKey, KIND_BY_ID, KINDS, mapColumns, missingRequired, type ColumnMapping, type FieldSpec, type FileKind } from './kinds';
import type { Problem } from './problems';
import { RowPositions } from './rowPositions';
import { isTableKind, tableOf, type TableKind } from './tables';
import type { FileSource } from './source';
import { parseAmount, parseCount, parseDay, parseMonth, parseMonthCell, parseShare, type DateOrder, type Parsed } from './values';

/** Every `cloud` value some edition knows: the commercial names and each edition's sovereign names (AMB26-17). */
const KNOWN_CLOUDS = new Set([...COMMERCIAL_CLOUDS_2026, ...Object.values(editions).flatMap((e) => e.azure.sovereignClouds ?? [])]);
/** Editions in which a certification earned after its retirement does not count (RULES-2026 AMB26-47). */
const editionsWithoutLateEarning = EDITION_IDS.map((id) => editions[id]!).filter((e) => !e.certificationRules.earnedAfterRetirementCounts);

const DEFAULT_MAX_FILE_BYTES = 500 * 1024 * 1024;
/**
 * Peak memory per byte of CSV while importing and scoring, with the monthly kinds in column tables, measured on
 * synthetic partners (bench:scaling, CLI: 2.8× at 10M rows / 516 MB, 3.6× at 4M; 5.2× at 1M, where the process's
 * fixed ~100 MB counts; bench:browser, Chromium: 3.2× at 10M), rounded up. It was 7 when rows were objects.
 */
export const MEMORY_PER_CSV_BYTE = 4;
/** Characters handed to papaparse at a time. */
const TEXT_PIECE = 1 << 16;
/** How many records may come before the header row (titles and notes some exports put on top). */
const HEADER_SEARCH_ROWS = 20;

export interface ImportOptions {
  /** Files larger than this are refused (default 500 MB). */
  maxFileBytes?: number;
  /**
   * The memory the caller can give the data (its JavaScript heap limit). Files whose total size would need more
   * (MEMORY_PER_CSV_BYTE each) are all refused before any is read, so a load never runs out of memory half way.
   */
  memoryLimitBytes?: number;
  /** Treat the file as this kind instead of detecting it from the headers. */
  kind?: FileKind;
  /** Field → header name, for headers the synonyms do not recognise (the column-mapping step). */
  mapping?: Record<string, string>;
  signal?: AbortSignal;
  onProgress?: (progress: { file: string; bytes: number; totalBytes: number; rows: number }) => void;
  edition?: string;
}

export interface FileImport {
  file: string;
  bytes: number;
  kind: FileKind | null;
  encoding: Encoding | null;
  delimiter: string | null;
  headers: string[];
  /** Field → header it was read from. */
  mapping: Record<string, string>;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  duplicates: number;
  problems: Problem[];
  cancelled: boolean;
}

type AnyRow = CertificationRow | CustomerRow | AzureRow | M365Row | BizAppsRevenueRow | BizAppsUsageRow;

export interface ImportResult {
  dataset: Dataset;
  files: FileImport[];
  problems: Problem[];
}

/** Exact-duplicate detection across all files of one kind (FORMATS.md: counted once and reported). */
interface SeenRows {
  files: string[];
  /** kind → row → where it was first seen, as fileIndex × 2^32 + row. */
  byKind: Map<FileKind, RowPositions>;
  /** The text of the monthly kinds' cells, numbered once for the tables and the duplicate hash of every file. */
  dictionary: Dictionary;
}

const FILE_STRIDE = 2 ** 32;

function newSeen(): SeenRows {
  return { files: [], byKind: new Map(), dictionary: new Dictionary() };
}

/** The Azure table's `cloud` column (its columns follow the kind's fields). */
const AZURE_CLOUD_COLUMN = KIND_BY_ID.azure.fields.findIndex((f) => f.field === 'cloud');

const DESIGNATIONS: DesignationId[] = ['data-ai', 'digital-app-innovation', 'infrastructure', 'business-applications', 'modern-work', 'security'];

function parseCell(field: FieldSpec, text: string, delimiter: string, dates: DateOrder): Parsed<string | number> {
  switch (field.type) {
    case 'month':
      return parseMonthCell(text, dates);
    case 'day':
      return parseDay(text);
    case 'amount':
      return parseAmount(text, delimiter);
    case 'count':
      return parseCount(text, delimiter);
    case 'share':
      return parseShare(text, delimiter);
    default:
      return { ok: true, value: text };
  }
}

function describeExpected(): string {
  return KINDS.map(
    (k) =>
      `${k.kind} (${k.fields
        .filter((f) => f.required)
        .map((f) => f.field)
        .join(', ')})`,
  ).join('; ');
}

const isBlank = (record: string[]): boolean => record.every((cell) => cell.trim() === '');

/**
 * Where a file's rows go: each row as an object, or, for the monthly kinds where the caller gives a table (of the
 * import's dictionary), straight into that table's columns.
 */
export interface RowSink {
  (kind: FileKind, row: AnyRow | PartnerEntry): void;
  table?: (kind: TableKind) => ColumnTable<AnyRow>;
}

/** Imports one file; rows go to `sink`, problems and counts to the returned report. */
export async function importFile(source: FileSource, sink: RowSink, options: ImportOptions = {}, seen: SeenRows = newSeen()): Promise<FileImport> {
  const report = emptyReport(source);
  const problem = (row: number, column: string, message: string, severity: Problem['severity'] = 'error') => report.problems.push({ file: source.name, row, column, message, severity });

  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (source.size > maxBytes) {
    problem(0, '', `file is ${formatBytes(source.size)}, over the ${formatBytes(maxBytes)} limit: not loaded (change the limit in the settings)`);
    return report;
  }
  if (source.size === 0) {
    problem(0, '', 'empty file: no header row and no data');
    return report;
  }

  const edition = getEdition(options.edition);
  // Certification names resolve against the chosen edition first, then every other edition, so data loaded
  // once can be scored under any edition (a name known only to another edition simply does not count here).
  const vocabularies = [
    edition,
    ...EDITION_IDS.map((id) => getEdition(id))
      .filter((e) => e !== edition)
      .reverse(),
  ].map(vocabularyOf);
  const certification = (name: string) => {
    for (const vocabulary of vocabularies) {
      const found = vocabulary.certification(name);
      if (found) return found;
    }
    return undefined;
  };
  // FORMATS.md "Edition 2026": an unknown `cloud` value loads as commercial and is reported once per value.
  const cloudValuesReported = new Set<string>();
  // The order of the month column's a/b/YYYY dates, settled by the first unambiguous one.
  const monthDates: DateOrder = {};
  let record = 0; // 1-based record number of the last record seen
  let headerRow = 0;
  let fields: { spec: FieldSpec; index: number }[] = [];
  let kind: FileKind | null = null;
  let firstNonBlank: { row: number; cells: string[] } | null = null;
  let stop = false;
  let seenKind: RowPositions | undefined;
  // A monthly kind's rows go into `table` cell by cell; without a table from the caller, into this file's own,
  // and the caller gets each row as an object.
  let table: ColumnTable<AnyRow> | null = null;
  let rowsAsObjects = false;
  /** Per mapped field, its column in the table. */
  let columnOf: number[] = [];
  let rowTexts = new Int32Array(0);
  let rowNumbers = new Float64Array(0);
  const fileIndex = seen.files.push(source.name) - 1;
  let bytesRead = 0;

  const findHeader = (cells: string[]): boolean => {
    if (options.kind) {
      const spec = KIND_BY_ID[options.kind];
      const mapping = withManualMapping(spec.fields, mapColumns(spec, cells), cells, options.mapping);
      if (missingRequired(spec, mapping).length > 0) return false;
      acceptHeader(options.kind, mapping, cells);
      return true;
    }
    if (options.mapping) {
      for (const spec of KINDS) {
        const mapping = withManualMapping(spec.fields, mapColumns(spec, cells), cells, options.mapping);
        if (Object.keys(options.mapping).every((f) => spec.fields.some((s) => s.field === f)) && missingRequired(spec, mapping).length === 0) {
          acceptHeader(spec.kind, mapping, cells);
          return true;
        }
      }
    }
    const detected = detectKind(cells);
    if (detected) acceptHeader(detected.kind, detected.mapping, cells);
    return detected !== null;
  };

  const acceptHeader = (k: FileKind, mapping: ColumnMapping, cells: string[]) => {
    kind = k;
    report.kind = k;
    headerRow = record;
    report.headers = cells.map((c) => c.replace(/^\uFEFF/, '').trim());
    const spec = KIND_BY_ID[k];
    fields = spec.fields.filter((f) => mapping[f.field] !== undefined).map((f) => ({ spec: f, index: mapping[f.field]! }));
    report.mapping = Object.fromEntries(fields.map(({ spec: f, index }) => [f.field, report.headers[index] ?? '']));
    if (!seen.byKind.has(k)) seen.byKind.set(k, new RowPositions());
    seenKind = seen.byKind.get(k);
    if (isTableKind(k)) {
      table = sink.table?.(k) ?? null;
      rowsAsObjects = table === null;
      table ??= tableOf(k, seen.dictionary) as ColumnTable<AnyRow>;
      columnOf = fields.map(({ spec: f }) => spec.fields.indexOf(f));
      // Columns the file does not have stay empty in every row.
      rowTexts = new Int32Array(spec.fields.length).fill(-1);
      rowNumbers = new Float64Array(spec.fields.length).fill(NaN);
    }
    if (headerRow > 1) problem(headerRow, '', `header row found on row ${headerRow}; the ${headerRow - 1} row(s) above it were skipped`, 'warning');
    if (k === 'azure' && mapping.cloud !== undefined && options.edition !== undefined && !edition.azure.sovereignClouds) {
      problem(headerRow, 'cloud', `rule edition ${edition.id} has no sovereign-cloud rule: the column is loaded but does not change the scores`, 'warning');
    }
  };

  const handleRecord = (cells: string[]) => {
    record++;
    if (isBlank(cells)) return;
    if (!kind) {
      if (!firstNonBlank) firstNonBlank = { row: record, cells };
      if (!findHeader(cells) && record >= HEADER_SEARCH_ROWS) stop = true;
      return;
    }
    report.rowsRead++;
    if (cells.length > report.headers.length) {
      // More fields than the header: the row is shifted (often an unquoted "$2,000.00"); loading it would misread it.
      const extra = cells.slice(report.headers.length).filter((c) => c.trim() !== '');
      if (extra.length > 0) {
        problem(
          record,
          `column ${report.headers.length + 1}`,
          `${extra.length} more field${extra.length === 1 ? '' : 's'} than the header's ${report.headers.length} (${extra.map((c) => `'${c.length > 40 ? `${c.slice(0, 40)}…` : c}'`).join(', ')}): is a number with a thousands comma not quoted? The row was not loaded`,
        );
        report.rowsRejected++;
        return;
      }
    }
    if (table) return tableRecord(cells, table);
    const values: Record<string, string | number> = {};
    let rejected = false;
    const keyParts: string[] = [];
    for (const { spec, index } of fields) {
      const text = (cells[index] ?? '').trim();
      keyParts.push(text);
      if (text === '') {
        if (spec.required) {
          problem(record, spec.field, `missing ${spec.field}`);
          rejected = true;
        }
        continue;
      }
      const parsed = parseCell(spec, text, report.delimiter ?? ',', monthDates);
      if (parsed.ok) values[spec.prop] = typeof parsed.value === 'string' ? seen.dictionary.intern(parsed.value) : parsed.value;
      else {
        problem(record, spec.field, parsed.message);
        rejected = true;
      }
    }
    if (rejected) {
      report.rowsRejected++;
      return;
    }
    const earlier = seenKind!.firstOrAdd(keyParts, fileIndex * FILE_STRIDE + record);
    if (earlier !== -1) return duplicate(earlier);
    const row = buildRow(kind, values, record);
    if (row) {
      report.rowsLoaded++;
      sink(kind, row);
    } else report.rowsRejected++;
  };

  /**
   * A monthly kind's row, cell by cell into the table: text as dictionary ids, numbers parsed; no object per row.
   * The duplicate hash reads each text cell's id (equal ids are equal text) and the characters of the other
   * cells as written, so rows are duplicates exactly when every cell reads the same (FORMATS.md).
   */
  const tableRecord = (cells: string[], into: ColumnTable<AnyRow>) => {
    const dictionary = seen.dictionary;
    let rejected = false;
    let a = 0x811c9dc5,
      b = 0x01000193 ^ 0x5bd1e995;
    for (let k = 0; k < fields.length; k++) {
      const { spec, index } = fields[k]!;
      const column = columnOf[k]!;
      const text = (cells[index] ?? '').trim();
      let mark = column + 1;
      if (text === '') {
        if (spec.required) {
          problem(record, spec.field, `missing ${spec.field}`);
          rejected = true;
        }
        rowTexts[column] = -1;
        rowNumbers[column] = NaN;
      } else if (spec.type === 'text') {
        rowTexts[column] = dictionary.id(text);
        mark = -2 - rowTexts[column]!;
      } else {
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          a = Math.imul(a ^ c, 0x01000193);
          b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
        }
        const parsed = parseCell(spec, text, report.delimiter ?? ',', monthDates);
        if (!parsed.ok) {
          problem(record, spec.field, parsed.message);
          rejected = true;
        } else if (typeof parsed.value === 'string') rowTexts[column] = dictionary.id(parsed.value);
        else rowNumbers[column] = parsed.value;
      }
      // Each cell ends with a mark of its column (or, for text, its id), so cells never run into each other.
      a = Math.imul(a ^ mark, 0x01000193);
      b = Math.imul(b ^ mark, 0x01000193) ^ (b >>> 13);
    }
    if (rejected) {
      report.rowsRejected++;
      return;
    }
    if (kind === 'azure' && rowTexts[AZURE_CLOUD_COLUMN]! >= 0) reportCloud(dictionary.values[rowTexts[AZURE_CLOUD_COLUMN]!]!, record);
    const earlier = seenKind!.firstOrAddHash(a, b, fileIndex * FILE_STRIDE + record);
    if (earlier !== -1) return duplicate(earlier);
    into.pushCells(rowTexts, rowNumbers);
    report.rowsLoaded++;
    if (rowsAsObjects) sink(kind!, into.at(into.length - 1));
  };

  /** FORMATS.md "Edition 2026": an unknown `cloud` value loads as commercial and is reported once per value. */
  const reportCloud = (written: string, row: number) => {
    const cloud = cloudKey(written);
    if (KNOWN_CLOUDS.has(cloud) || cloudValuesReported.has(cloud)) return;
    cloudValuesReported.add(cloud);
    problem(row, 'cloud', `unknown cloud value '${written}': loaded as the commercial cloud (sovereign values: Azure China, Azure Government, GCC High, DoD, …); reported once per value`, 'warning');
  };

  const duplicate = (earlier: number) => {
    report.duplicates++;
    const where = `${seen.files[Math.floor(earlier / FILE_STRIDE)]} row ${earlier % FILE_STRIDE}`;
    problem(record, '', `exact duplicate of ${where}: counted once`, 'warning');
  };

  const buildRow = (k: FileKind, v: Record<string, string | number>, row: number): AnyRow | PartnerEntry | null => {
    if (k === 'certifications') {
      const joined = [v.firstName, v.lastName].filter(Boolean).join(' ');
      const name = (v.personName as string | undefined) ?? (joined || undefined);
      const certificationName = v.certificationName as string;
      const cert = certification(certificationName);
      if (!cert) problem(row, 'certification', `not in the catalog: '${certificationName}' (loaded, but it does not count)`, 'warning');
      else if (v.earnedOn) {
        // RULES-2026 AMB26-47: "if completed before retirement". Said for every edition with that rule, so the
        // problems of one import are the same whichever edition scores it.
        for (const e of editionsWithoutLateEarning) {
          const def = e.certifications.find((c) => c.id === cert.id);
          if (def?.retiredOn && (v.earnedOn as string) > def.retiredOn)
            problem(row, 'earned_on', `${certificationName} was earned on ${v.earnedOn}, after it retired on ${def.retiredOn}: it does not count under rule edition ${e.id}`, 'warning');
        }
      }
      if (v.earnedOn && v.expiresOn && (v.expiresOn as string) < (v.earnedOn as string)) problem(row, 'expires_on', `expires (${v.expiresOn}) before it was earned (${v.earnedOn})`, 'warning');
      return {
        personId: v.personId as string,
        ...(name ? { personName: name } : {}),
        certificationId: cert?.id ?? null,
        certificationName,
        ...(v.earnedOn ? { earnedOn: v.earnedOn as string } : {}),
        ...(v.expiresOn ? { expiresOn: v.expiresOn as string } : {}),
      };
    }
    if (k === 'partner') return partnerEntry(v.key as string, v.value as string, row);
    return v as unknown as AnyRow;
  };

  const partnerEntry = (key: string, value: string, row: number): PartnerEntry | null => {
    const k = key.trim().toLowerCase();
    const delimiter = report.delimiter ?? ',';
    const reject = (message: string) => (problem(row, 'value', message), null);
    if (k === 'month') {
      const p = parseMonth(value);
      return p.ok ? { setting: 'month', value: p.value } : reject(p.message);
    }
    if (k === 'acr_ttm_usd' || headerKey(k) === 'acrttmusd') {
      const p = parseAmount(value, delimiter);
      return p.ok ? { setting: 'acrTtmUsd', value: p.value } : reject(p.message);
    }
    if (k === 'smb_customer_share' || headerKey(k) === 'smbcustomershare') {
      const p = parseShare(value, delimiter);
      return p.ok ? { setting: 'smbCustomerShare', value: p.value } : reject(p.message);
    }
    if (k.startsWith('enrolled:')) {
      const id = k.slice('enrolled:'.length).trim() as DesignationId;
      if (!DESIGNATIONS.includes(id)) {
        problem(row, 'key', `unknown designation '${id}' (expected one of ${DESIGNATIONS.join(', ')})`);
        return null;
      }
      const p = parseDay(value);
      return p.ok ? { setting: 'enrolled', designation: id, value: p.value } : reject(p.message);
    }
    problem(row, 'key', `unknown setting '${key}' (expected month, acr_ttm_usd, smb_customer_share or enrolled:<designation-id>)`);
    return null;
  };

  let notTextFile: string | null = null;
  await new Promise<void>((resolve, reject) => {
    // papaparse streams from anything with Node's readable-stream surface; this adapter feeds it decoded text.
    const listeners: Record<string, ((arg?: unknown) => void)[]> = {};
    const stream = {
      readable: true,
      read() {},
      on(event: string, fn: (arg?: unknown) => void) {
        (listeners[event] ??= []).push(fn);
      },
      removeListener(event: string, fn: (arg?: unknown) => void) {
        listeners[event] = (listeners[event] ?? []).filter((l) => l !== fn);
      },
      pause() {},
      resume() {},
    };
    const emit = (event: string, arg?: unknown) => (listeners[event] ?? []).forEach((fn) => fn(arg));
    let parserHandle = null as Papa.Parser | null;
    Papa.parse<string[]>(stream as unknown as NodeJS.ReadableStream, {
      delimitersToGuess: [',', ';', '\t'],
      skipEmptyLines: false,
      chunk(results, parser) {
        parserHandle = parser;
        if (report.delimiter === null) report.delimiter = results.meta.delimiter;
        const base = record;
        for (const error of results.errors) {
          if (error.code === 'UndetectableDelimiter') continue;
          problem(base + (error.row ?? 0) + 1, '', `malformed CSV: ${error.message}`);
        }
        for (const cells of results.data) {
          handleRecord(cells);
          if (stop) break;
        }
        options.onProgress?.({ file: source.name, bytes: bytesRead, totalBytes: source.size, rows: report.rowsRead });
        if (stop || options.signal?.aborted) parser.abort();
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
    (async () => {
      for await (const text of decodeChunks(
        bytesOf(source, (n) => (bytesRead += n)),
        (e) => (report.encoding = e),
      )) {
        if (options.signal?.aborted || stop) break;
        // papaparse parses what it is given as one chunk: 64 KB pieces keep each chunk's cells short-lived, so
        // they are collected young (1 MB chunks lived long enough to be promoted: ~100 MB more peak at 1M rows).
        for (let at = 0; at < text.length; at += TEXT_PIECE) emit('data', text.length <= TEXT_PIECE ? text : text.slice(at, at + TEXT_PIECE));
      }
      if (options.signal?.aborted) {
        report.cancelled = true;
        parserHandle?.abort();
      }
      emit('end');
    })().catch((error: unknown) => {
      if (error instanceof NotTextError) {
        notTextFile = error.message;
        resolve();
      } else emit('error', error);
    });
  });
  if (notTextFile) {
    problem(0, '', notTextFile);
    return report;
  }

  if (report.cancelled) problem(0, '', 'import cancelled: nothing from this file was kept');
  else if (!kind) {
    const head = firstNonBlank as { row: number; cells: string[] } | null;
    if (!head) problem(0, '', 'empty file: no header row and no data');
    else {
      const cells = head.cells.map((c) => c.trim()).filter(Boolean);
      report.headers = cells;
      const odd = cells.length === 1 ? /[|:^]/.exec(cells[0]!)?.[0] : undefined;
      if (odd) problem(head.row, '', `the header row is one column ('${cells[0]}'): the file seems to use '${odd}' as delimiter; use comma, semicolon or tab`);
      else if (options.kind) {
        const spec = KIND_BY_ID[options.kind];
        const missing = missingRequired(spec, withManualMapping(spec.fields, mapColumns(spec, head.cells), head.cells, options.mapping));
        for (const field of missing) {
          const synonyms = spec.fields.find((f) => f.field === field)!.synonyms;
          problem(head.row, field, `missing required column '${field}'${synonyms.length ? ` (or one of: ${synonyms.join(', ')})` : ''}`);
        }
      } else problem(head.row, '', `headers not recognised: ${cells.map((c) => `'${c}'`).join(', ')}. Expected the columns of one of: ${describeExpected()}`);
    }
  } else if (report.rowsRead === 0) problem(headerRow, '', 'no data rows after the header', 'warning');
  return report;
}

function withManualMapping(fields: FieldSpec[], mapping: ColumnMapping, headers: string[], manual?: Record<string, string>): ColumnMapping {
  if (!manual) return mapping;
  const out = { ...mapping };
  const keys = headers.map(headerKey);
  for (const [field, header] of Object.entries(manual)) {
    if (!fields.some((f) => f.field === field)) continue;
    const index = keys.indexOf(headerKey(header));
    if (index >= 0) out[field] = index;
  }
  return out;
}

async function* bytesOf(source: FileSource, count: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of source.chunks()) {
    count(chunk.byteLength);
    yield chunk;
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${bytes} bytes`;
}

type PartnerEntry = { setting: 'month'; value: string } | { setting: 'acrTtmUsd' | 'smbCustomerShare'; value: number } | { setting: 'enrolled'; designation: DesignationId; value: string };

function applyPartner(partner: PartnerSettings, entry: PartnerEntry): void {
  if (entry.setting === 'enrolled') partner.enrolled = { ...partner.enrolled, [entry.designation]: entry.value };
  else if (entry.setting === 'month') partner.month = entry.value;
  else partner[entry.setting] = entry.value;
}

const DATASET_FIELD: Record<Exclude<FileKind, 'partner'>, keyof Omit<Dataset, 'partner'>> = {
  certifications: 'certifications',
  customers: 'customers',
  azure: 'azure',
  m365: 'm365',
  bizapps_revenue: 'bizappsRevenue',
  bizapps_usage: 'bizappsUsage',
};

/**
 * Imports several files into one dataset. Files of one kind are concatenated; a file that loads nothing adds
 * nothing. Per-file options (kind, mapping) come from `perFile`, keyed by file name.
 */
export async function importFiles(sources: FileSource[], options: ImportOptions = {}, perFile: Record<string, Pick<ImportOptions, 'kind' | 'mapping'>> = {}): Promise<ImportResult> {
  const seen = newSeen();
  const table = (kind: TableKind) => tableOf(kind, seen.dictionary) as ColumnTable<AnyRow>;
  const tables = { azure: table('azure'), m365: table('m365'), bizapps_revenue: table('bizapps_revenue'), bizapps_usage: table('bizapps_usage') };
  const dataset: Dataset = { ...emptyDataset(), deduplicated: true };
  const result = (files: FileImport[]): ImportResult => {
    for (const [kind, rows] of Object.entries(tables) as [TableKind, ColumnTable<AnyRow>][]) (dataset[DATASET_FIELD[kind]] as unknown) = rows.trim();
    return { dataset, files, problems: files.flatMap((f) => f.problems) };
  };
  const refused = memoryRefusal(sources, options);
  if (refused) return result(refused);
  const files: FileImport[] = [];
  for (const source of sources) {
    if (options.signal?.aborted) break;
    // The file's rows by kind, added to the dataset once the file is read through (a cancelled file adds nothing).
    const rows: Partial<Record<FileKind, (AnyRow | PartnerEntry)[]>> = {};
    const fileTables: Partial<Record<TableKind, ColumnTable<AnyRow>>> = {};
    const sink: RowSink = (kind, row) => (rows[kind] ??= []).push(row);
    sink.table = (kind) => (fileTables[kind] ??= table(kind));
    const report = await importFile(source, sink, { ...options, ...perFile[source.name] }, seen);
    files.push(report);
    if (report.cancelled) continue;
    for (const [kind, list] of Object.entries(fileTables) as [TableKind, ColumnTable<AnyRow>][]) tables[kind].append(list);
    for (const [kind, list] of Object.entries(rows) as [FileKind, (AnyRow | PartnerEntry)[]][]) {
      if (kind === 'partner') for (const entry of list) applyPartner(dataset.partner, entry as PartnerEntry);
      else {
        const into = dataset[DATASET_FIELD[kind]] as AnyRow[];
        if (into.length === 0) (dataset[DATASET_FIELD[kind]] as AnyRow[]) = list as AnyRow[];
        else for (const row of list) into.push(row as AnyRow);
      }
    }
  }
  return result(files);
}

/** Every file refused, with the reason, when together they need more memory than the caller has; else null. */
function memoryRefusal(sources: FileSource[], options: ImportOptions): FileImport[] | null {
  const total = sources.reduce((sum, s) => sum + s.size, 0);
  const limit = options.memoryLimitBytes;
  if (limit === undefined || total * MEMORY_PER_CSV_BYTE <= limit) return null;
  const together = sources.length === 1 ? 'the file is' : `the ${sources.length} files add up to`;
  const message = `not loaded: ${together} ${formatBytes(total)}, and scoring that needs about ${formatBytes(total * MEMORY_PER_CSV_BYTE)} of memory, more than the ${formatBytes(limit)} available here; load fewer months or fewer files at a time`;
  return sources.map((source) => ({ ...emptyReport(source), problems: [{ file: source.name, row: 0, column: '', message, severity: 'error' }] }));
}

/** A file's report before anything is read from it. */
function emptyReport(source: FileSource): FileImport {
  return {
    file: source.name,
    bytes: source.size,
    kind: null,
    encoding: null,
    delimiter: null,
    headers: [],
    mapping: {},
    rowsRead: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    duplicates: 0,
    problems: [],
    cancelled: false,
  };
}
