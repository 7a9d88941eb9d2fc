/**
 * Size budgets (`npm run size`, part of `npm test`, after the build), compressed with brotli as size-limit does.
 * What loads at start is read from the built page itself (its script, the chunks it preloads, the service-worker
 * registration), so a change in how the bundler names or splits chunks cannot hide one from the budget.
 */
import { readFileSync } from 'node:fs';

const html = readFileSync('dist/index.html', 'utf8');
const startScripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((m) => `dist/${m[1]}`);

export default [
  { name: 'Page JavaScript loaded at start (entry, preloaded chunks, service-worker registration)', path: startScripts, limit: '120 kB' },
  // 55 -> 57 kB on 2026-12-02: reading loaded rows as columns, the Microsoft 365 cell store, dense month series and
  // the seat measures' plain-number bands added 2.3 kB brotli and made the engine 2-3 times faster (README, Speed).
  // 57 -> 59 kB (and the start total 170 -> 173) on 2026-12-02: the import's byte path (src/io/csvBytes.ts, the
  // dictionary's byte lookup) added 2.7 kB brotli and halved the import (1.0-1.3x -> 0.7x raw papaparse).
  // 59 -> 60 kB (and the start total 173 -> 174) later on 2026-12-02: the Azure sums in typed arrays (SlotSums,
  // IdNumbers) and the planner's deferred scoring added 0.9 kB brotli; prepare 415 -> 246 ms in a profile, the CLI at
  // 1M rows 1.6x -> 1.3-1.4x raw papaparse, the all-six plan 536 -> 387-413 ms (README, Speed).
  // 60 -> 61 kB (the start total stays 174) in the session of 2026-12-02 09:26: readying the simulator's first
  // scenario (scenarioSteps: 180-220 ms -> 40-100 ms for the first change on the 1.1M-row partner), the worker's
  // user timings and the numbers-only holding test added 0.3 kB brotli (60.13 kB).
  { name: 'Engine worker loaded at start (engine, both rule editions, import, built-in sample)', path: ['dist/assets/engine.worker-*.js'], limit: '61 kB' },
  { name: 'All JavaScript loaded at start (page + engine worker)', path: [...startScripts, 'dist/assets/engine.worker-*.js'], limit: '174 kB' },
  { name: 'History view, loaded when opened (chart library)', path: ['dist/assets/HistoryPage-*.js'], limit: '95 kB' },
];
