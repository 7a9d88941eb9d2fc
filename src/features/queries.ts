/** React Query hooks over the engine worker: cached by dataset version and month. */
import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Scenario } from '../engine/scenario';
import type { ScoreReport } from '../engine/types';
import type { DesignationId } from '../engine/types';
import { useEdition, useScoringMonth, useStore } from '../store/store';
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
    enabled: version !== null && month !== null && q.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

/** Once the overview shows, let the worker explain every designation in the background: opening one is then instant. */
export function usePrefetchDesignations(report: ScoreReport | undefined) {
  const client = useQueryClient();
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  const edition = useEdition();
  useEffect(() => {
    if (!report || version === null || month === null || report.month !== month) return;
    for (const d of report.designations) {
      void client.prefetchQuery({ queryKey: ['designation', version, month, d.id, edition], queryFn: () => engine().designation(version, month, d.id, edition), staleTime: Infinity });
    }
  }, [client, report, version, month, edition]);
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
