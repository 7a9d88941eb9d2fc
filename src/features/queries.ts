/** React Query hooks over the engine worker: cached by dataset version and month. */
import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Scenario } from '../engine/scenario';
import type { ScoreReport } from '../engine/types';
import type { DesignationId } from '../engine/types';
import { useScoringMonth, useStore } from '../store/store';
import { engine } from '../worker/client';

export function useScore() {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  return useQuery({
    queryKey: ['score', version, month],
    queryFn: () => engine().score(version!, month!),
    enabled: version !== null && month !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

export function useHistory(active: boolean) {
  const version = useStore((s) => s.load?.version ?? null);
  return useQuery({ queryKey: ['history', version], queryFn: () => engine().history(version!), enabled: active && version !== null, staleTime: Infinity });
}

export function usePeople(active: boolean) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  return useQuery({ queryKey: ['people', version, month], queryFn: () => engine().people(version!, month!), enabled: active && version !== null && month !== null, staleTime: Infinity });
}

export function useDesignation(id: DesignationId) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  return useQuery({ queryKey: ['designation', version, month, id], queryFn: () => engine().designation(version!, month!, id), enabled: version !== null && month !== null, placeholderData: keepPreviousData, staleTime: Infinity });
}

export function useCustomerLookup(query: string) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  const q = query.trim();
  return useQuery({ queryKey: ['lookup', version, month, q], queryFn: () => engine().lookup(version!, month!, q), enabled: version !== null && month !== null && q.length >= 2, placeholderData: keepPreviousData, staleTime: Infinity });
}

/** Once the overview shows, let the worker explain every designation in the background: opening one is then instant. */
export function usePrefetchDesignations(report: ScoreReport | undefined) {
  const client = useQueryClient();
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  useEffect(() => {
    if (!report || version === null || month === null || report.month !== month) return;
    for (const d of report.designations) {
      void client.prefetchQuery({ queryKey: ['designation', version, month, d.id], queryFn: () => engine().designation(version, month, d.id), staleTime: Infinity });
    }
  }, [client, report, version, month]);
}

export function useWindow(active: boolean) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  return useQuery({ queryKey: ['window', version, month], queryFn: () => engine().window(version!, month!), enabled: active && version !== null && month !== null, staleTime: Infinity });
}

export function useSimulation(scenario: Scenario | null) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  return useQuery({
    queryKey: ['simulate', version, month, scenario ? JSON.stringify(scenario) : null],
    queryFn: () => engine().simulate(version!, scenario!, month!),
    enabled: version !== null && month !== null && scenario !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

export function useRisk(active: boolean) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  return useQuery({ queryKey: ['risk', version, month], queryFn: () => engine().risk(version!, month!), enabled: active && version !== null && month !== null, staleTime: Infinity });
}

export function usePlanCatalogue(targets: DesignationId[]) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  return useQuery({ queryKey: ['catalogue', version, month, targets.join(',')], queryFn: () => engine().planCatalogue(version!, month!, targets), enabled: version !== null && month !== null && targets.length > 0, staleTime: Infinity });
}

/** Every scenario scored, for the side-by-side comparison (same cache keys as useSimulation). */
export function useAllSimulations(scenarios: Scenario[]) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  return useQueries({
    queries: scenarios.map((scenario) => ({
      queryKey: ['simulate', version, month, JSON.stringify(scenario)],
      queryFn: () => engine().simulate(version!, scenario, month!),
      enabled: version !== null && month !== null,
      staleTime: Infinity,
    })),
  });
}
