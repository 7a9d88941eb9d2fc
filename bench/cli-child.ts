/**
 * One run of the CLI in its own process, for bench/scaling.ts: `tsx bench/cli-child.ts ARGS...` runs exactly what
 * `npm run score -- ARGS...` runs (output kept in memory, not printed) and prints its time and the process's own
 * peak memory (`process.resourceUsage().maxRSS`) as JSON.
 */
import { performance } from 'node:perf_hooks';
import { run } from '../src/cli/score';

const start = performance.now();
let chars = 0;
const code = await run(
  process.argv.slice(2),
  (text) => (chars += text.length),
  (text) => process.stderr.write(`${text}\n`),
);
console.log(JSON.stringify({ code, ms: performance.now() - start, maxRssMb: process.resourceUsage().maxRSS / 1024, chars }));
