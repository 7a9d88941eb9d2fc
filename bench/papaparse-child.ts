/**
 * Raw papaparse on a folder's CSV files in its own process, for bench/scaling.ts: the files are read and decoded
 * to text before the clock starts; `Papa.parse` of each text is timed, `RUNS` times. Prints the times (ms) and the
 * process's peak memory as JSON.
 */
import Papa from 'papaparse';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [dir, runs = '5'] = process.argv.slice(2);
if (!dir) throw new Error('usage: tsx bench/papaparse-child.ts DIR [RUNS]');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.csv'))
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const times: number[] = [];
for (let i = 0; i < Number(runs); i++) {
  const start = performance.now();
  let records = 0;
  for (const text of texts) records += Papa.parse<string[]>(text, { skipEmptyLines: false }).data.length;
  times.push(performance.now() - start);
  if (records === 0) throw new Error('no records');
}
console.log(JSON.stringify({ times, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
