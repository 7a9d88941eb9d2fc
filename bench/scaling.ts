/**
 * npm run bench:scaling — the CLI from start to finish on synthetic partners of several sizes, against raw
 * papaparse of the same files in the same run: `--rows=0.1M,1M,4M,10M` (the sizes; about 221 rows per tenant),
 * `--runs=5` (medians), `--json` (also score with every explanation, as `--json` prints). Each CLI run is its own
 * process with Node's default heap, so its peak memory is its own (`process.resourceUsage().maxRSS`); a run that
 * fails (out of memory, a refused file) is reported with its exit status and message, and the table goes on.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ROWS_PER_TENANT = 221; // bench/synthetic.ts at 24 months: 1,104,924 rows for 5,000 tenants
const sizes = option('rows', '0.1M,1M,4M,10M')
  .split(',')
  .map((text) => ({ text, rows: Number(text.replace(/M$/i, '')) * (/M$/i.test(text) ? 1e6 : 1) }));
const RUNS = Math.max(1, Number(option('runs', '5')));
const extra = args.includes('--json') ? ['--json'] : [];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Runs a bench script in a child process and parses the JSON it prints last. */
function child(script: string, scriptArgs: string[], nodeArgs: string[] = []): { ok: true; value: Record<string, unknown>; wallMs: number } | { ok: false; status: number | null; message: string } {
  const start = performance.now();
  const result = spawnSync(process.execPath, [...nodeArgs, tsx, join(root, 'bench', script), ...scriptArgs], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = performance.now() - start;
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !last.startsWith('{')) {
    const message = (result.stderr || result.stdout).split('\n').find((line) => /heap|memory|error/i.test(line)) ?? `exit ${result.status}`;
    return { ok: false, status: result.status, message: message.trim().slice(0, 200) };
  }
  return { ok: true, value: JSON.parse(last) as Record<string, unknown>, wallMs };
}

const lines: string[] = [];
console.log(`CLI scaling — node ${process.version}, ${RUNS} runs per size${extra.length ? ', --json' : ''}`);
for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'pcs-scaling-'));
  try {
    const tenants = Math.max(1, Math.round(size.rows / ROWS_PER_TENANT));
    // The generator holds every line before writing: give it room (it is not what is measured).
    const written = child('write-synthetic.ts', [dir, String(tenants)], ['--max-old-space-size=16000']);
    if (!written.ok) throw new Error(`could not write the synthetic partner: ${written.message}`);
    const { rows, bytes } = written.value as { rows: number; bytes: number };
    const raw = child('papaparse-child.ts', [dir, String(RUNS)], ['--max-old-space-size=16000']);
    const rawMs = raw.ok ? median(raw.value.times as number[]) : NaN;
    const runs: { ms: number; wallMs: number; maxRssMb: number }[] = [];
    let failure = '';
    for (let i = 0; i < RUNS && !failure; i++) {
      const run = child('cli-child.ts', [...extra, dir]);
      if (!run.ok) failure = `failed (exit ${run.status}): ${run.message}`;
      else if (run.value.code !== 0) failure = `CLI exit ${String(run.value.code)}`;
      else runs.push({ ms: run.value.ms as number, wallMs: run.wallMs, maxRssMb: run.value.maxRssMb as number });
    }
    const mb = (bytes / 1024 / 1024).toFixed(0);
    const line = failure
      ? `| ${size.text} | ${rows.toLocaleString('en-US')} | ${mb} MB | ${(rawMs / 1000).toFixed(2)} s | ${failure} |  |  |  |`
      : `| ${size.text} | ${rows.toLocaleString('en-US')} | ${mb} MB | ${(rawMs / 1000).toFixed(2)} s | ${(median(runs.map((r) => r.ms)) / 1000).toFixed(2)} s | ${(median(runs.map((r) => r.ms)) / rawMs).toFixed(2)}× | ${(median(runs.map((r) => r.wallMs)) / 1000).toFixed(2)} s | ${median(runs.map((r) => r.maxRssMb)).toFixed(0)} MB (max ${Math.max(...runs.map((r) => r.maxRssMb)).toFixed(0)}) |`;
    lines.push(line);
    console.log(line);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log('');
console.log('| size | rows | CSV | raw papaparse | CLI, import to output | ratio | process, start to exit | peak RSS (median) |');
console.log('|---|---|---|---|---|---|---|---|');
for (const line of lines) console.log(line);
