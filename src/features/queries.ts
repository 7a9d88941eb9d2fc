/** React Query hooks over the engine worker: cached by dataset version and month. */
import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { monthsBetween } from '../engine/months';
import type { Scenario } from '../engine/scenario';
import type { DesignationPlan } from '../engine/nextSteps';
import type { DesignationId, ScoreReport } from '../engine/types';
import { useStore } from '../store/store';
import { useEdition, useScoringMonth } from './scope';
import { engine } from '../worker/client';

export function useScore() {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  const edition = useEdition();
  return useQuery({
    queryKey: ['score', version, month, edition],
    queryFn: () => engine().score(version!, month!, edition),
    enabled: version !== null && month !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

export function useHistory(active: boolean) {
  const version = useStore((s) => s.load?.version ?? null);
  const edition = useEdition();
  return useQuery({ queryKey: ['history', version, edition], queryFn: () => engine().history(version!, edition), enabled: active && version !== null, staleTime: Infinity });
}

export function usePeople(active: boolean) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  const edition = useEdition();
  return useQuery({
    queryKey: ['people', version, month, edition],
    queryFn: () => engine().people(version!, month!, edition),
    enabled: active && version !== null && month !== null,
    staleTime: Infinity,
  });
}

export function useDesignation(id: DesignationId) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  const edition = useEdition();
  return useQuery({
    queryKey: ['designation', version, month, id, edition],
    queryFn: () => engine().designation(version!, month!, id, edition),
    enabled: version !== null && month !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

export function useCustomerLookup(query: string) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  const edition = useEdition();
  const q = query.trim();
  return useQuery({
    queryKey: ['lookup', version, month, q, edition],
    queryFn: () => engine().lookup(version!, month!, q, edition),
    enabled: version !== null && month !== null && q.length >= 1,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

/**
 * Once the overview shows, let the worker work ahead in the background: explain every designation (opening one
 * is then instant), score the data's other months, nearest first (switching the scoring month then shows at
 * once), then ready the simulator's first scenario (scenarioSteps). The worker does it a measure at a time
 * (`warm`), running the page's own requests between two measures, so a switch never waits for work ahead to
 * finish; the result is then fetched from the worker's cache. A change of month, edition or data stops the work
 * ahead (`stopWarming`).
 */
export function usePrefetchDesignations(report: ScoreReport | undefined) {
  const client = useQueryClient();
  const version = useStore((s) => s.load?.version ?? null);
  const first = useStore((s) => s.load?.firstMonth ?? null);
  const last = useStore((s) => s.load?.lastMonth ?? null);
  const month = useScoringMonth();
  const edition = useEdition();
  useEffect(() => {
    if (!report || version === null || month === null || report.month !== month || report.edition !== edition) return;
    let stale = false;
    /** Works ahead for one request, then fetches it; false when stopped (or the data went away). */
    const ahead = async (forMonth: string, designation: DesignationId | null, queryKey: unknown[], queryFn: () => Promise<unknown>): Promise<boolean> => {
      if (stale) return false;
      if (client.getQueryData(queryKey) !== undefined) return true;
      const warmed = await engine()
        .warm(version, forMonth, designation, edition)
        .catch(() => false);
      if (!warmed || stale) return false;
      await client.prefetchQuery({ queryKey, queryFn, staleTime: Infinity });
      return true;
    };
    void (async () => {
      for (const d of report.designations) {
        if (!(await ahead(month, d.id, ['designation', version, month, d.id, edition], () => engine().designation(version, month, d.id, edition)))) return;
      }
      for (const other of first && last ? nearestFirst(monthsBetween(first, last), month) : []) {
        if (!(await ahead(other, null, ['score', version, other, edition], () => engine().score(version, other, edition)))) return;
      }
      // Last, the simulator's first scenario (every tenant's part of each measure, so it re-reads only what it
      // changes). After the months: a month not worked ahead is scored while the user waits, a scenario not
      // readied only takes longer the first time.
      if (!stale)
        await engine()
          .warm(version, month, 'simulator', edition)
          .catch(() => false);
    })();
    return () => {
      stale = true;
      void engine().stopWarming();
    };
  }, [client, report, version, first, last, month, edition]);
}

/** The months other than `month`, the nearest first (a month before before a month after at equal distance). */
export function nearestFirst(months: string[], month: string): string[] {
  const at = months.indexOf(month);
  return months.filter((m) => m !== month).sort((a, b) => Math.abs(months.indexOf(a) - at) - Math.abs(months.indexOf(b) - at) || a.localeCompare(b));
}

export function useWindow(active: boolean) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  const edition = useEdition();
  return useQuery({
    queryKey: ['window', version, month, edition],
    queryFn: () => engine().window(version!, month!, edition),
    enabled: active && version !== null && month !== null,
    staleTime: Infinity,
  });
}

export function useSimulation(scenario: Scenario | null) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  const edition = useEdition();
  return useQuery({
    queryKey: ['simulate', version, month, edition, scenario ? JSON.stringify(scenario) : null],
    queryFn: () => engine().simulate(version!, scenario!, month!, edition),
    enabled: version !== null && month !== null && scenario !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

export function useRisk(active: boolean) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  const edition = useEdition();
  return useQuery({ queryKey: ['risk', version, month, edition], queryFn: () => engine().risk(version!, month!, edition), enabled: active && version !== null && month !== null, staleTime: Infinity });
}

export function usePlanCatalogue(targets: DesignationId[]) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  const edition = useEdition();
  return useQuery({
    queryKey: ['catalogue', version, month, edition, targets.join(',')],
    queryFn: () => engine().planCatalogue(version!, month!, targets, edition),
    enabled: version !== null && month !== null && targets.length > 0,
    staleTime: Infinity,
  });
}

/** Every scenario scored, for the side-by-side comparison (same cache keys as useSimulation). */
export function useAllSimulations(scenarios: Scenario[]) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  const edition = useEdition();
  return useQueries({
    queries: scenarios.map((scenario) => ({
      queryKey: ['simulate', version, month, edition, JSON.stringify(scenario)],
      queryFn: () => engine().simulate(version!, scenario, month!, edition),
      enabled: version !== null && month !== null,
      staleTime: Infinity,
    })),
  });
}

/** "What changed for you": the scoring month under the older edition and the newest. */
export function useEditionComparison(active: boolean, from: string) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  return useQuery({ queryKey: ['compare', version, month, from], queryFn: () => engine().compare(version!, month!, from), enabled: active && version !== null && month !== null, staleTime: Infinity });
}

/** What the page offers under the edition shown (certifications, quick additions), from the worker. */
export function useEditionSummary(id?: string) {
  const shown = useEdition();
  const edition = id ?? shown;
  return useQuery({ queryKey: ['edition', edition], queryFn: () => engine().edition(edition), staleTime: Infinity });
}

/** Customers and people of the loaded data, for the simulator's pickers. */
export function useDirectory() {
  const version = useStore((s) => s.load?.version ?? null);
  return useQuery({ queryKey: ['directory', version], queryFn: () => engine().directory(version!), enabled: version !== null, staleTime: Infinity });
}

/**
 * The cheapest plan for each designation that does not qualify, asked of the worker one designation at a time
 * after the scores are shown; a change of month, edition or data aborts the rest (React Query's signal), and
 * the plan in progress stops at its next evaluation.
 */
export function useNextSteps(report: ScoreReport | undefined) {
  const version = useStore((s) => s.load?.version ?? null);
  const edition = useEdition();
  const month = report?.month ?? null;
  const misses = report?.designations.filter((d) => !d.qualified).map((d) => d.id) ?? [];
  return useQuery({
    queryKey: ['next-steps', version, month, edition, misses.join(',')],
    queryFn: async ({ signal }) => {
      const plans: DesignationPlan[] = [];
      for (const id of misses) {
        if (signal.aborted) break;
        const found = await cancellable(signal, (ticket) => engine().designationPlan(version!, month!, id, edition, ticket));
        if (found) plans.push(found);
      }
      return plans;
    },
    enabled: version !== null && month !== null && report?.edition === edition,
    staleTime: Infinity,
  });
}

let nextTicket = 1;
/**
 * A worker request React Query cancels when no view needs it any more (its signal aborts): the worker stops it
 * at its next step, so the next view's requests do not wait for it (seconds on millions of rows).
 */
function cancellable<T>(signal: AbortSignal, request: (ticket: number) => Promise<T>): Promise<T> {
  const ticket = nextTicket++;
  signal.addEventListener('abort', () => void engine().cancelRequest(ticket), { once: true });
  return request(ticket);
}

/** What one more of each planner action is worth on each metric of one designation. */
export function useWorth(id: DesignationId, active: boolean) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  const edition = useEdition();
  return useQuery({
    queryKey: ['worth', version, month, id, edition],
    queryFn: ({ signal }) => cancellable(signal, (ticket) => engine().worth(version!, month!, id, edition, ticket)),
    enabled: active && version !== null && month !== null,
    staleTime: Infinity,
  });
}
