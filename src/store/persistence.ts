/**
 * Where the browser keeps the user's data: IndexedDB only (idb-keyval). File contents are stored as Blobs
 * under `file:<id>`; the store's small JSON state under `pcs-planner-state`. One call wipes both.
 *
 * When IndexedDB is missing or fails (private mode, storage full, an upgrade blocked by another tab, no answer
 * within 5 s) the app keeps working: values are kept in memory for this page, the failure is reported once to
 * the listeners (the page then says the data will not survive a reload), and nothing already stored is deleted.
 */
import { clear, createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { StateStorage } from 'zustand/middleware';

const TIMEOUT_MS = 5000;
const memory = new Map<string, unknown>();
let store: UseStore | null = null;
let problem: string | null = null;
const listeners = new Set<(problem: string) => void>();

/** Called once with a sentence when storage stops working; returns an unsubscribe function. */
export function onStorageProblem(listener: (problem: string) => void): () => void {
  listeners.add(listener);
  if (problem) listener(problem);
  return () => listeners.delete(listener);
}

function report(error: unknown): void {
  const name = error instanceof Error ? error.name : '';
  const why =
    name === 'QuotaExceededError'
      ? 'the browser storage is full'
      : name === 'TimeoutError'
        ? 'the browser storage did not answer (another tab may be upgrading it)'
        : 'the browser does not allow storage here (private mode?)';
  if (problem) return;
  problem = `Your data is not being saved in this browser: ${why}. Everything works, but it will be gone after a reload; nothing already stored was deleted.`;
  for (const listener of listeners) listener(problem);
}

async function guarded<T>(op: (s: UseStore) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  try {
    store ??= createStore('pcs-planner', 'data');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(Object.assign(new Error('storage timeout'), { name: 'TimeoutError' })), TIMEOUT_MS)));
    try {
      return { ok: true, value: await Promise.race([op(store), timeout]) };
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    report(error);
    return { ok: false };
  }
}

async function read<T>(key: string): Promise<T | undefined> {
  if (memory.has(key)) return memory.get(key) as T;
  const result = await guarded((s) => get<T>(key, s));
  return result.ok ? result.value : undefined;
}

async function write(key: string, value: unknown): Promise<void> {
  const result = await guarded((s) => set(key, value, s));
  // Kept in memory only when the browser would not store it; a later successful write replaces it.
  if (result.ok) memory.delete(key);
  else memory.set(key, value);
}

async function remove(key: string): Promise<void> {
  memory.delete(key);
  await guarded((s) => del(key, s));
}

export const idbStorage: StateStorage = {
  getItem: async (name) => (await read<string>(name)) ?? null,
  setItem: (name, value) => write(name, value),
  removeItem: (name) => remove(name),
};

export const saveFile = (id: string, blob: Blob | string) => write(`file:${id}`, blob);
export const loadFile = (id: string) => read<Blob | string>(`file:${id}`);
export const deleteFile = (id: string) => remove(`file:${id}`);
export async function wipeAll(): Promise<void> {
  memory.clear();
  await guarded((s) => clear(s));
}
