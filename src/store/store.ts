/**
 * App state (zustand): which files are loaded, the dataset version the worker holds for them, the rule edition
 * chosen last, scenarios and settings (the view, scoring month and edition shown live in the address: features/app/routes.tsx).
 * Inputs are persisted to IndexedDB (persistence.ts); computed results are not —
 * they come back from the worker. A file that loads nothing never replaces the data already shown.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_EDITION } from '../engine/rules/ids';
import type { Change, Scenario } from '../engine/scenario';
import { parseScenario } from './scenarioSchema';
import type { FileImport } from '../io/import';
import { headerKey, type FileKind } from '../io/kinds';
import type { Problem } from '../io/problems';
import type { FileInput, ImportProgress, LoadResult } from '../worker/api';
import { IMPORT_CANCELLED } from '../worker/messages';
import { engine, progressCallback } from '../worker/client';
import { deleteFile, idbStorage, loadFile, onStorageProblem, saveFile, wipeAll } from './persistence';
import { SAMPLE_FILES } from './sampleFiles';

interface StoredFile {
  id: string;
  name: string;
  size: number;
  kind?: FileKind;
  mapping?: Record<string, string>;
}

interface ImportState {
  progress: ImportProgress | null;
  files: string[];
}

interface State {
  hydrated: boolean;
  source: 'sample' | 'user';
  files: StoredFile[];
  /** The rule edition chosen last in this browser; null = the newest (the default). The address can override it. */
  edition: string | null;
  settings: { maxFileMb: number; mappings: Record<string, { kind: FileKind; mapping: Record<string, string> }> };
  scenarios: Scenario[];
  activeScenario: string | null;
  // not persisted
  load: LoadResult | null;
  importing: ImportState | null;
  /** Problems and reports of the last import attempt, including files that were not kept. */
  lastAttempt: { files: FileImport[]; problems: Problem[]; kept: boolean } | null;
  error: string | null;
  /** A neutral message about the last action (e.g. an import the user cancelled). */
  notice: string | null;
  /** Why a shared scenario link could not be opened (kept until dismissed; an import does not clear it). */
  linkMessage: string | null;
  /** Set when the browser will not store the data (it then lives in memory until a reload). */
  storageMessage: string | null;
  /** Files that replaced loaded files of the same name in the last addition, with what they replaced (undo). */
  replaced: { names: string[]; previous: StoredFile[] } | null;
}

interface Actions {
  start(): Promise<void>;
  loadSample(): Promise<void>;
  addFiles(files: File[], perFile?: Record<string, { kind: FileKind; mapping: Record<string, string> }>): Promise<void>;
  retryWithMapping(fileName: string, kind: FileKind, mapping: Record<string, string>): Promise<void>;
  removeFile(id: string): Promise<void>;
  remapFile(id: string, kind: FileKind | undefined, mapping?: Record<string, string>): Promise<void>;
  cancelImport(): void;
  /** Puts back the files the last addition replaced; `keep` forgets them instead. */
  undoReplace(): Promise<void>;
  keepReplacement(): Promise<void>;
  setEdition(edition: string | null): void;
  setLinkMessage(message: string | null): void;
  setNotice(message: string | null): void;
  deleteAllData(): Promise<void>;
  createScenario(name?: string, changes?: Change[]): string;
  duplicateScenario(id: string): void;
  renameScenario(id: string, name: string): void;
  deleteScenario(id: string): void;
  setActiveScenario(id: string): void;
  addChange(id: string, change: Change): void;
  removeChange(id: string, index: number): void;
  updateChange(id: string, index: number, change: Change): void;
  setScenarioMonth(id: string, month: string | undefined): void;
  /** Adds a scenario from JSON (file or link); returns an error message or null. */
  importScenario(value: unknown): string | null;
}

/** Files of the last attempt that loaded nothing, kept in memory (not stored) for the column-mapping step. */
const rejectedFiles = new Map<string, File>();
const headerSignature = (headers: string[]) => headers.map(headerKey).join('|');

/**
 * The page's JavaScript heap limit where the browser tells it (Chromium); else 4 GB, what 64-bit browsers give a
 * page. The worker's heap has the same limit; files that would need more are refused before they are read.
 */
function heapLimitBytes(): number {
  return (performance as Performance & { memory?: { jsHeapSizeLimit: number } }).memory?.jsHeapSizeLimit ?? 4 * 1024 ** 3;
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const usable = (f: FileImport) => f.kind !== null && f.rowsLoaded > 0;

async function sampleInputs(): Promise<FileInput[]> {
  // The worker has the sample's contents: the page names the files only.
  return SAMPLE_FILES.map((name) => ({ id: `sample:${name}`, name, data: { sample: name } }));
}

async function inputsOf(files: StoredFile[], fresh: Map<string, Blob> = new Map()): Promise<FileInput[]> {
  const inputs: FileInput[] = [];
  for (const f of files) {
    const data = fresh.get(f.id) ?? (await loadFile(f.id));
    if (data === undefined) continue;
    inputs.push({ id: f.id, name: f.name, data, ...(f.kind ? { kind: f.kind } : {}), ...(f.mapping ? { mapping: f.mapping } : {}) });
  }
  return inputs;
}

export const useStore = create<State & Actions>()(
  persist(
    (set, getState) => {
      /** Runs an import in the worker and, if `accept` agrees, makes its result the shown dataset. */
      const run = async (inputs: FileInput[], accept: (result: LoadResult) => boolean, after: (result: LoadResult) => Partial<State>) => {
        set({ importing: { progress: null, files: inputs.map((i) => i.name) }, error: null, notice: null });
        try {
          const result = await engine().load(
            inputs,
            progressCallback((progress) => set({ importing: { progress, files: inputs.map((i) => i.name) } })),
            { maxFileBytes: getState().settings.maxFileMb * 1024 * 1024, memoryLimitBytes: heapLimitBytes() },
          );
          const kept = accept(result);
          set({ lastAttempt: { files: result.files, problems: result.problems, kept } });
          if (kept) {
            set({ load: result, ...after(result) });
            void engine().release([result.version]);
          } else void engine().release(getState().load ? [getState().load!.version] : []);
          return kept;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          // Cancelling is the user's choice, not a failure: say what happened, calmly.
          if (message === IMPORT_CANCELLED) set({ notice: 'Import cancelled: the data shown has not changed.' });
          else set({ error: message });
          return false;
        } finally {
          set({ importing: null });
        }
      };

      return {
        hydrated: false,
        source: 'sample',
        files: [],
        edition: null,
        settings: { maxFileMb: 500, mappings: {} },
        scenarios: [],
        activeScenario: null,
        load: null,
        importing: null,
        lastAttempt: null,
        error: null,
        notice: null,
        linkMessage: null,
        storageMessage: null,
        replaced: null,

        async start() {
          const { source, files } = getState();
          if (source === 'user' && files.length > 0) {
            const ok = await run(
              await inputsOf(files),
              (r) => r.files.some(usable),
              () => ({}),
            );
            if (ok) return;
          }
          await getState().loadSample();
        },

        async loadSample() {
          await run(
            await sampleInputs(),
            () => true,
            () => ({ source: 'sample' }),
          );
        },

        async addFiles(newFiles, perFile = {}) {
          const fresh = new Map<string, Blob>();
          const added: StoredFile[] = newFiles.map((file) => {
            const id = newId();
            fresh.set(id, file);
            const manual = perFile[file.name];
            return { id, name: file.name, size: file.size, ...(manual ? { kind: manual.kind, mapping: manual.mapping } : {}) };
          });
          const before = getState().source === 'user' ? getState().files : [];
          // A file with the name of a loaded one is a corrected version: it replaces that one (undo is offered).
          const names = new Set(added.map((a) => a.name));
          const current = before.filter((f) => !names.has(f.name));
          const candidate = [...current, ...added];
          let keptIds: string[] = [];
          const kept = await run(
            await inputsOf(candidate, fresh),
            (result) => {
              // Keep the attempt only if at least one new file loaded rows; a broken file never replaces good data.
              keptIds = result.files.filter((f) => added.some((a) => a.id === f.id) && usable(f)).map((f) => f.id);
              return keptIds.length > 0;
            },
            () => ({ source: 'user', files: [...current, ...added.filter((a) => keptIds.includes(a.id))] }),
          );
          if (kept) {
            // A same-name file that did not load leaves its predecessor in place.
            const keptNames = new Set(added.filter((a) => keptIds.includes(a.id)).map((a) => a.name));
            const stillThere = before.filter((f) => names.has(f.name) && !keptNames.has(f.name));
            if (stillThere.length > 0)
              await run(
                await inputsOf([...getState().files, ...stillThere]),
                () => true,
                () => ({ files: [...getState().files, ...stillThere] }),
              );
            const previous = before.filter((f) => keptNames.has(f.name));
            set({ replaced: previous.length > 0 ? { names: previous.map((f) => f.name), previous: before } : null });
          }
          for (const a of added) {
            if (keptIds.includes(a.id)) await saveFile(a.id, fresh.get(a.id)!);
          }
          // Files whose headers were not recognised: keep them in memory for the mapping step, and apply a
          // mapping remembered for the same headers at once.
          const attempt = getState().lastAttempt;
          const remembered: Record<string, { kind: FileKind; mapping: Record<string, string> }> = {};
          for (const f of attempt?.files ?? []) {
            const file = newFiles.find((n) => n.name === f.file);
            if (!file || f.kind !== null || perFile[f.file]) continue;
            rejectedFiles.set(f.file, file);
            const known = getState().settings.mappings[headerSignature(f.headers)];
            if (known) remembered[f.file] = known;
          }
          const retry = newFiles.filter((n) => remembered[n.name]);
          if (retry.length > 0) await getState().addFiles(retry, remembered);
        },

        async retryWithMapping(fileName, kind, mapping) {
          const file = rejectedFiles.get(fileName);
          const headers = getState().lastAttempt?.files.find((f) => f.file === fileName)?.headers ?? [];
          if (!file) return;
          set((s) => ({ settings: { ...s.settings, mappings: { ...s.settings.mappings, [headerSignature(headers)]: { kind, mapping } } } }));
          rejectedFiles.delete(fileName);
          await getState().addFiles([file], { [fileName]: { kind, mapping } });
        },

        async removeFile(id) {
          const files = getState().files.filter((f) => f.id !== id);
          await deleteFile(id);
          if (files.length === 0) {
            set({ files: [] });
            await getState().loadSample();
            return;
          }
          await run(
            await inputsOf(files),
            () => true,
            () => ({ files }),
          );
        },

        async remapFile(id, kind, mapping) {
          const files = getState().files.map((f) => (f.id === id ? { id: f.id, name: f.name, size: f.size, ...(kind ? { kind } : {}), ...(mapping ? { mapping } : {}) } : f));
          await run(
            await inputsOf(files),
            (r) => r.files.some(usable),
            () => ({ files }),
          );
        },

        cancelImport() {
          void engine().cancel();
        },

        async undoReplace() {
          const replaced = getState().replaced;
          if (!replaced) return;
          const dropped = getState().files.filter((f) => !replaced.previous.some((p) => p.id === f.id));
          const ok = await run(
            await inputsOf(replaced.previous),
            () => true,
            () => ({ source: 'user', files: replaced.previous }),
          );
          if (ok) for (const f of dropped) await deleteFile(f.id);
          set({ replaced: null });
        },

        async keepReplacement() {
          const replaced = getState().replaced;
          if (!replaced) return;
          const current = new Set(getState().files.map((f) => f.id));
          for (const f of replaced.previous) if (!current.has(f.id)) await deleteFile(f.id);
          set({ replaced: null });
        },

        setLinkMessage(linkMessage) {
          set({ linkMessage });
        },

        setNotice(notice) {
          set({ notice });
        },

        setEdition(edition) {
          set({ edition: edition === DEFAULT_EDITION ? null : edition });
        },

        createScenario(name, changes = []) {
          const id = newId();
          set((s) => ({ scenarios: [...s.scenarios, { id, name: name ?? `Scenario ${s.scenarios.length + 1}`, changes }], activeScenario: id }));
          return id;
        },
        duplicateScenario(id) {
          const source = getState().scenarios.find((s) => s.id === id);
          if (source) getState().createScenario(`${source.name} (copy)`, source.changes);
        },
        renameScenario(id, name) {
          set((s) => ({ scenarios: s.scenarios.map((x) => (x.id === id ? { ...x, name: name.trim() || x.name } : x)) }));
        },
        deleteScenario(id) {
          set((s) => {
            const scenarios = s.scenarios.filter((x) => x.id !== id);
            return { scenarios, activeScenario: s.activeScenario === id ? (scenarios[0]?.id ?? null) : s.activeScenario };
          });
        },
        setActiveScenario(id) {
          set({ activeScenario: id });
        },
        addChange(id, change) {
          set((s) => ({ scenarios: s.scenarios.map((x) => (x.id === id ? { ...x, changes: [...x.changes, change] } : x)) }));
        },
        removeChange(id, index) {
          set((s) => ({ scenarios: s.scenarios.map((x) => (x.id === id ? { ...x, changes: x.changes.filter((_, i) => i !== index) } : x)) }));
        },
        updateChange(id, index, change) {
          set((s) => ({ scenarios: s.scenarios.map((x) => (x.id === id ? { ...x, changes: x.changes.map((c, i) => (i === index ? change : c)) } : x)) }));
        },
        setScenarioMonth(id, month) {
          set((s) => ({ scenarios: s.scenarios.map((x) => (x.id === id ? (month ? { ...x, month } : { id: x.id, name: x.name, changes: x.changes }) : x)) }));
        },
        importScenario(value) {
          const parsed = parseScenario(value);
          if (!parsed.ok) return parsed.message;
          getState().createScenario(parsed.scenario.name, parsed.scenario.changes);
          const id = getState().activeScenario!;
          if (parsed.scenario.month) getState().setScenarioMonth(id, parsed.scenario.month);
          return null;
        },

        async deleteAllData() {
          await wipeAll();
          rejectedFiles.clear();
          set({
            files: [],
            source: 'sample',
            edition: null,
            lastAttempt: null,
            settings: { maxFileMb: 500, mappings: {} },
            scenarios: [],
            activeScenario: null,
          });
          await getState().loadSample();
        },
      };
    },
    {
      name: 'pcs-planner-state',
      storage: createJSONStorage(() => idbStorage),
      partialize: (s) => ({ source: s.source, files: s.files, edition: s.edition, settings: s.settings, scenarios: s.scenarios, activeScenario: s.activeScenario }),
      onRehydrateStorage: () => () => useStore.setState({ hydrated: true }),
    },
  ),
);

onStorageProblem((storageMessage) => useStore.setState({ storageMessage }));
