/**
 * Command line (FORMATS.md "Command line"):
 *   npm run --silent score -- [--month YYYY-MM] [--edition 2024] [--json] FILE_OR_FOLDER...
 * Exit status: 0 scored (even with rejected rows), 1 nothing could be scored, 2 wrong arguments.
 */
import { createReadStream, statSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { compareEditions, DEFAULT_EDITION, EDITION_IDS, editions, isMonth, NothingToScoreError, scoreDataset, type EditionComparison, type ScoreReport } from '../engine';
import { importFiles, type ImportResult } from '../io/import';
import type { FileSource } from '../io/source';
import { toComparisonJson, toContractJson } from './json';
import { renderComparison, renderTable } from './table';

const USAGE = `usage: npm run --silent score -- [--month YYYY-MM] [--edition ${EDITION_IDS.join('|')}] [--compare-editions] [--json] [--max-file-mb N] FILE_OR_FOLDER...
  --edition           the rule edition to score with (default: the newest, ${DEFAULT_EDITION})
  --compare-editions  score under every edition for the same month and show what changed`;

interface Args {
  month?: string;
  edition: string;
  json: boolean;
  compare: boolean;
  maxFileBytes?: number;
  paths: string[];
}

class UsageError extends Error {}

export function parseArgs(argv: string[]): Args {
  const args: Args = { edition: DEFAULT_EDITION, json: false, compare: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') args.json = true;
    else if (arg === '--compare-editions') args.compare = true;
    else if (arg === '--month') {
      const month = value();
      if (!isMonth(month)) throw new UsageError(`--month must be YYYY-MM, not '${month}'`);
      args.month = month;
    } else if (arg === '--edition') {
      args.edition = value();
      if (!editions[args.edition]) throw new UsageError(`unknown edition '${args.edition}' (known: ${EDITION_IDS.join(', ')})`);
    } else if (arg === '--max-file-mb') {
      const mb = Number(value());
      if (!(mb > 0)) throw new UsageError('--max-file-mb must be a positive number');
      args.maxFileBytes = mb * 1024 * 1024;
    } else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('-')) throw new UsageError(`unknown option '${arg}'`);
    else args.paths.push(arg);
  }
  if (args.paths.length === 0) throw new UsageError('no file or folder given');
  return args;
}

const CSV_LIKE = /\.(csv|tsv|txt)$/i;

function nodeSource(path: string, name: string): FileSource {
  return {
    name,
    size: statSync(path).size,
    async *chunks() {
      // 64 KB reads: each buffer is freed and reused at once; 1 MB ones kept ~60 MB more resident at 1M rows (issue 9).
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) yield chunk as Buffer;
    },
  };
}

function collectSources(paths: string[]): FileSource[] {
  const sources: FileSource[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(`no such file or folder: ${path}`);
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        const full = join(path, entry);
        if (CSV_LIKE.test(entry) && statSync(full).isFile()) sources.push(nodeSource(full, entry));
      }
    } else sources.push(nodeSource(path, basename(path)));
  }
  return sources;
}

export async function run(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  let args: Args;
  let sources: FileSource[];
  try {
    args = parseArgs(argv);
    sources = collectSources(args.paths);
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) err(`error: ${error.message}`);
      err(USAGE);
      return 2;
    }
    throw error;
  }
  // The process's heap limit (NODE_OPTIONS=--max-old-space-size raises it): files that need more are refused up front.
  const memoryLimitBytes = getHeapStatistics().heap_size_limit;
  const imported: ImportResult = await importFiles(sources, { edition: args.edition, memoryLimitBytes, ...(args.maxFileBytes ? { maxFileBytes: args.maxFileBytes } : {}) });
  const usable = imported.files.some((f) => f.kind !== null && f.rowsLoaded > 0);
  const fail = (message: string) => {
    if (args.json) out(JSON.stringify({ error: message, problems: imported.problems.map(({ file, row, column, message: m, severity }) => ({ file, row, column, message: m, severity })) }, null, 2));
    else {
      err(`error: ${message}`);
      for (const p of imported.problems) err(`  ${p.file}:${p.row} ${p.column ? `[${p.column}] ` : ''}${p.message}`);
    }
    return 1;
  };
  if (!usable) return fail(sources.length === 0 ? 'no CSV files found' : 'no usable file: nothing could be loaded');
  if (args.compare) {
    let comparison: EditionComparison;
    try {
      comparison = compareEditions(imported.dataset, { explain: args.json, ...(args.month ? { month: args.month } : {}) });
    } catch (error) {
      if (error instanceof NothingToScoreError) return fail(error.message);
      throw error;
    }
    if (args.json) out(JSON.stringify(toComparisonJson(comparison, imported), null, 2));
    else out(renderComparison(comparison));
    return 0;
  }
  let report: ScoreReport;
  try {
    // The table shows numbers only: explanations are built for --json, where they are part of the document.
    report = scoreDataset(imported.dataset, { edition: args.edition, explain: args.json, ...(args.month ? { month: args.month } : {}) });
  } catch (error) {
    if (error instanceof NothingToScoreError) return fail(error.message);
    throw error;
  }
  if (args.json) out(JSON.stringify(toContractJson(report, imported), null, 2));
  else out(renderTable(report, imported));
  return 0;
}

// Run when executed directly (tsx src/cli/score.ts …), not when imported by tests.
if (process.argv[1] && /score\.ts$/.test(process.argv[1])) {
  run(
    process.argv.slice(2),
    (t) => process.stdout.write(`${t}\n`),
    (t) => process.stderr.write(`${t}\n`),
  ).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
