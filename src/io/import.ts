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
import { ByteRecords, isSpace, type PushOutcome } from './csvBytes';
import { decodeChunks, NotTextError, notText, sniffEncoding, type Encoding } from './decode';
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
  /**
   * How a file's text is split into cells: `bytes` (the default) reads a UTF-8 file of a monthly kind from its
   * bytes when the caller takes its rows into tables (src/io/csvBytes.ts), and papaparse reads the rest;
   * `papaparse` reads every file with papaparse (the reference the byte path is tested against).
   */
  reader?: 'bytes' | 'papaparse';
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

/** A field's type as byteRecord tells them apart. */
const TEXT = 0,
  MONTH = 1,
  AMOUNT = 2,
  COUNT = 3,
  OTHER = 4;
const FIELD_TYPE: Partial<Record<FieldSpec['type'], number>> = { text: TEXT, month: MONTH, amount: AMOUNT, count: COUNT };
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** `YYYY-MM` with a month 01–12: what parseMonthCell gives back unchanged. */
function isPlainMonth(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start !== 7 || bytes[start + 4] !== 45) return false;
  for (const i of [0, 1, 2, 3, 5, 6]) if (!isDigit(bytes[start + i]!)) return false;
  const month = (bytes[start + 5]! - 48) * 10 + bytes[start + 6]! - 48;
  return month >= 1 && month <= 12;
}

/**
 * The value of a plain number (`-?\d+(\.\d+)?`, parseAmount's fast path) of at most 15 digits, or NaN. Its
 * digits make an exact integer below 2^53 and 10^k is exact, so the one rounding of the division gives the
 * double nearest the decimal: what Number() gives.
 */
function plainNumber(bytes: Uint8Array, start: number, end: number): number {
  let at = start;
  const negative = bytes[at] === 45;
  if (negative) at++;
  let digits = 0,
    scale = 0,
    value = 0,
    point = -1;
  for (; at < end; at++) {
    const c = bytes[at]!;
    if (isDigit(c)) {
      value = value * 10 + (c - 48);
      digits++;
      if (point >= 0) scale++;
    } else if (c === 46 && point < 0 && digits > 0) point = at;
    else return NaN;
  }
  if (digits === 0 || digits > 15 || point === end - 1) return NaN;
  const magnitude = value / POWERS_OF_TEN[scale]!;
  return negative ? -magnitude : magnitude;
}

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
  /** The caller's table's length before this file (a file read again by papaparse takes its rows back). */
  let tableStart = 0;
  /** Per mapped field, its column in the table, its column in the file and its type (for byteRecord). */
  let columnOf: number[] = [];
  let fieldIndexes = new Int32Array(0);
  let fieldTypes = new Uint8Array(0);
  /** Per table column, the text id of the row before (byteRecord). */
  let lastIds = new Int32Array(0);
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
      tableStart = table?.length ?? 0;
      // About one row per 64 bytes of a monthly file (the bench partner's are 50-63 bytes).
      seenKind!.reserve(Math.ceil(source.size / 64));
      table ??= tableOf(k, seen.dictionary) as ColumnTable<AnyRow>;
      columnOf = fields.map(({ spec: f }) => spec.fields.indexOf(f));
      fieldIndexes = Int32Array.from(fields, (f) => f.index);
      fieldTypes = Uint8Array.from(fields, (f) => FIELD_TYPE[f.spec.type] ?? OTHER);
      lastIds = new Int32Array(spec.fields.length).fill(-1);
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
    let rejected = false;
    hashA = 0x811c9dc5;
    hashB = 0x01000193 ^ 0x5bd1e995;
    for (let k = 0; k < fields.length; k++) if (!cellOfText(k, (cells[fields[k]!.index] ?? '').trim())) rejected = true;
    endTableRow(into, rejected);
  };

  /** The duplicate hash of the table row being read (two 32-bit halves, as RowPositions.firstOrAdd makes them). */
  let hashA = 0,
    hashB = 0;

  /** A table row's cell `k` from its trimmed text: stored and hashed; false when it rejects the row. */
  const cellOfText = (k: number, text: string): boolean => {
    const spec = fields[k]!.spec;
    const column = columnOf[k]!;
    let mark = column + 1;
    let ok = true;
    if (text === '') {
      if (spec.required) {
        problem(record, spec.field, `missing ${spec.field}`);
        ok = false;
      }
      rowTexts[column] = -1;
      rowNumbers[column] = NaN;
    } else if (spec.type === 'text') {
      rowTexts[column] = seen.dictionary.id(text);
      mark = -2 - rowTexts[column]!;
    } else ok = valueCell(spec, column, text);
    // Each cell ends with a mark of its column (or, for text, its id), so cells never run into each other.
    hashA = Math.imul(hashA ^ mark, 0x01000193);
    hashB = Math.imul(hashB ^ mark, 0x01000193) ^ (hashB >>> 13);
    return ok;
  };

  /** A cell that is not text, from its trimmed text: hashed as written, parsed, stored; false when rejected. */
  const valueCell = (spec: FieldSpec, column: number, text: string): boolean => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      hashA = Math.imul(hashA ^ c, 0x01000193);
      hashB = Math.imul(hashB ^ c, 0x01000193) ^ (hashB >>> 13);
    }
    const parsed = parseCell(spec, text, report.delimiter ?? ',', monthDates);
    if (!parsed.ok) {
      problem(record, spec.field, parsed.message);
      return false;
    }
    if (typeof parsed.value === 'string') rowTexts[column] = seen.dictionary.id(parsed.value);
    else rowNumbers[column] = parsed.value;
    return true;
  };

  const endTableRow = (into: ColumnTable<AnyRow>, rejected: boolean) => {
    if (rejected) {
      report.rowsRejected++;
      return;
    }
    if (kind === 'azure' && rowTexts[AZURE_CLOUD_COLUMN]! >= 0) reportCloud(seen.dictionary.values[rowTexts[AZURE_CLOUD_COLUMN]!]!, record);
    // Every monthly kind's first column is the tenant: its id keeps one tenant's rows near in the table.
    const earlier = seenKind!.firstOrAddHash(hashA, hashB, fileIndex * FILE_STRIDE + record, rowTexts[0]);
    if (earlier !== -1) return duplicate(earlier);
    into.pushCells(rowTexts, rowNumbers);
    report.rowsLoaded++;
    if (rowsAsObjects) sink(kind!, into.at(into.length - 1));
  };

  /**
   * A record from the byte tokenizer. A monthly kind's row whose cells are plain ASCII is read from the bytes:
   * the same checks, values and duplicate hash as `tableRecord`, with the common shapes (a text, a `YYYY-MM`
   * month, a plain number) read without making a string; any other cell, and any other record, goes through
   * the text path as papaparse would have given it.
   */
  const byteRecord = (tokens: ByteRecords) => {
    const n = tokens.count;
    if (!table || tokens.escaped || n > report.headers.length) return handleRecord(tokens.texts());
    const bytes = tokens.bytes,
      starts = tokens.starts,
      ends = tokens.ends;
    // Blank: nothing but spaces. A byte beyond ASCII may be a space to trim() too: the text path decides.
    let blank = true;
    for (let c = 0; c < n && blank; c++) {
      for (let i = starts[c]!; i < ends[c]!; i++) {
        const byte = bytes[i]!;
        if (isSpace(byte)) continue;
        if (byte >= 0x80) return handleRecord(tokens.texts());
        blank = false;
        break;
      }
    }
    record++;
    if (blank) return;
    report.rowsRead++;
    const dictionary = seen.dictionary;
    const commaDecimal = report.delimiter === ';';
    let rejected = false;
    // The hash in locals (a closure's variables are slower to update per byte); cellOfText takes it and gives it back.
    let a = 0x811c9dc5,
      b = 0x01000193 ^ 0x5bd1e995;
    for (let k = 0; k < fieldTypes.length; k++) {
      const index = fieldIndexes[k]!;
      const column = columnOf[k]!;
      let start = 0,
        end = 0;
      if (index < n) {
        start = starts[index]!;
        end = ends[index]!;
        while (start < end && isSpace(bytes[start]!)) start++;
        while (end > start && isSpace(bytes[end - 1]!)) end--;
      }
      const type = fieldTypes[k]!;
      let mark = column + 1;
      // A byte beyond ASCII fails every check below (idOfBytes answers -1), so such a cell, which trim() may
      // trim further, goes to the text path.
      let read = start < end;
      if (!read) {
        // Empty: the text path reports it when it is required.
      } else if (type === TEXT) {
        const id = dictionary.idOfBytes(bytes, start, end, lastIds[column]);
        if (id < 0) read = false;
        else {
          rowTexts[column] = lastIds[column] = id;
          mark = -2 - id;
        }
      } else {
        if (type === MONTH) {
          read = isPlainMonth(bytes, start, end);
          if (read) rowTexts[column] = lastIds[column] = dictionary.idOfBytes(bytes, start, end, lastIds[column]);
        } else if ((type === AMOUNT || type === COUNT) && !commaDecimal) {
          const value = plainNumber(bytes, start, end);
          read = type === AMOUNT ? !Number.isNaN(value) : Number.isInteger(value) && value >= 0;
          rowNumbers[column] = value;
        } else read = false;
        if (read) {
          for (let i = start; i < end; i++) {
            const c = bytes[i]!;
            a = Math.imul(a ^ c, 0x01000193);
            b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
          }
        }
      }
      if (read) {
        a = Math.imul(a ^ mark, 0x01000193);
        b = Math.imul(b ^ mark, 0x01000193) ^ (b >>> 13);
      } else {
        hashA = a;
        hashB = b;
        if (!cellOfText(k, index < n ? tokens.text(index).trim() : '')) rejected = true;
        a = hashA;
        b = hashB;
      }
    }
    hashA = a;
    hashB = b;
    endTableRow(table, rejected);
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
  const readWithPapaparse = () =>
    new Promise<void>((resolve, reject) => {
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
        // papaparse settles the delimiter and line break from the first text it is given: that is the file's first
        // 64K characters (or all of it), however the bytes arrive, as in the byte path.
        let head = '';
        let started = false;
        for await (const text of decodeChunks(
          bytesOf(source, (n) => (bytesRead += n)),
          (e) => (report.encoding = e),
        )) {
          if (options.signal?.aborted || stop) break;
          if (!started && head.length + text.length < TEXT_PIECE) {
            head += text;
            continue;
          }
          started = true;
          const whole = head === '' ? text : head + text;
          head = '';
          // papaparse parses what it is given as one chunk: 64 KB pieces keep each chunk's cells short-lived, so
          // they are collected young (1 MB chunks lived long enough to be promoted: ~100 MB more peak at 1M rows).
          for (let at = 0; at < whole.length; at += TEXT_PIECE) emit('data', whole.length <= TEXT_PIECE ? whole : whole.slice(at, at + TEXT_PIECE));
        }
        if (head !== '' && !options.signal?.aborted && !stop) emit('data', head);
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
  const readWithBytes = async (): Promise<'read' | 'papaparse'> => {
    const chunks = bytesOf(source, (n) => (bytesRead += n))[Symbol.asyncIterator]();
    try {
      return await readChunks(chunks);
    } finally {
      // Closes the file when the read stops early (a file left to papaparse, a cancel).
      await chunks.return(undefined);
    }
  };

  const readChunks = async (chunks: AsyncGenerator<Uint8Array>): Promise<'read' | 'papaparse'> => {
    const first = await chunks.next();
    if (first.done) return 'papaparse';
    const { encoding, bomLength } = sniffEncoding(first.value);
    if (encoding !== 'utf-8' || notText(first.value, encoding)) return 'papaparse';
    // The delimiter and line break papaparse settles from the first 64K characters (see readWithPapaparse).
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const pending = [first.value.subarray(bomLength)];
    let head = decoder.decode(pending[0], { stream: true });
    let last = false;
    while (head.length < TEXT_PIECE && !last) {
      const next = await chunks.next();
      if (next.done) {
        head += decoder.decode();
        last = true;
      } else {
        pending.push(next.value);
        head += decoder.decode(next.value, { stream: true });
      }
    }
    if (head === '') return 'papaparse';
    const { meta } = Papa.parse<string[]>(head.length <= TEXT_PIECE ? head : head.slice(0, TEXT_PIECE), { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: false, preview: 1 });
    report.encoding = 'utf-8';
    report.delimiter = meta.delimiter;
    const tokens = new ByteRecords(meta.delimiter, meta.linebreak);
    // A file of another kind than the monthly ones, or rows the caller takes as objects: papaparse reads it.
    const needsPapaparse = () => kind !== null && !(isTableKind(kind) && !rowsAsObjects);
    let outcome = 'ok' as PushOutcome;
    const onRecord = () => {
      byteRecord(tokens);
      return !stop && !needsPapaparse();
    };
    const read = (bytes: Uint8Array, final: boolean) => {
      outcome = tokens.push(bytes, final, onRecord);
      options.onProgress?.({ file: source.name, bytes: bytesRead, totalBytes: source.size, rows: report.rowsRead });
      return outcome === 'ok' && !options.signal?.aborted;
    };
    let going = true;
    for (const bytes of pending) if (going) going = read(bytes, false);
    while (going && !last) {
      const next = await chunks.next();
      if (next.done) break;
      going = read(next.value, false);
    }
    if (going) read(new Uint8Array(0), true);
    if (outcome === 'malformed' || needsPapaparse()) return 'papaparse';
    if (options.signal?.aborted) report.cancelled = true;
    return 'read';
  };

  if (options.reader !== 'papaparse' && sink.table) {
    if ((await readWithBytes()) === 'papaparse') {
      // Read again from the start by papaparse: what this pass added is taken back first.
      if (table && !rowsAsObjects) (table as ColumnTable<AnyRow>).truncate(tableStart);
      seenKind?.forgetFrom(fileIndex * FILE_STRIDE);
      return importFile(source, sink, { ...options, reader: 'papaparse' }, seen);
    }
  } else await readWithPapaparse();
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
    // A plain view (Node gives Buffers, whose slice() does not copy), and one type for the byte loops.
    yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
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
