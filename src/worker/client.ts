/** The UI's typed handle on the engine worker (comlink). */
import { proxy, wrap, type Remote } from 'comlink';
import type { EngineApi, ImportProgress } from './api';

let client: Remote<EngineApi> | null = null;

export function engine(): Remote<EngineApi> {
  if (!client) client = wrap<EngineApi>(new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }));
  return client;
}

/** For tests: use an in-process or MessageChannel-backed API instead of a real worker. */
export function setEngine(remote: Remote<EngineApi>): void {
  client = remote;
}

export const progressCallback = (fn: (p: ImportProgress) => void) => proxy(fn);
