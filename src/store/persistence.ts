/**
 * Where the browser keeps the user's data: IndexedDB only (idb-keyval). File contents are stored as Blobs
 * under `file:<id>`; the store's small JSON state under `pcs-planner-state`. One call wipes both.
 */
import { clear, createStore, del, get, set } from 'idb-keyval';
import type { StateStorage } from 'zustand/middleware';

const store = createStore('pcs-planner', 'data');

export const idbStorage: StateStorage = {
  getItem: async (name) => (await get<string>(name, store)) ?? null,
  setItem: async (name, value) => set(name, value, store),
  removeItem: async (name) => del(name, store),
};

export const saveFile = (id: string, blob: Blob | string) => set(`file:${id}`, blob, store);
export const loadFile = (id: string) => get<Blob | string>(`file:${id}`, store);
export const deleteFile = (id: string) => del(`file:${id}`, store);
export const wipeAll = () => clear(store);
