/** React Query hooks over the engine worker: cached by dataset version and month. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
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

export function useHistory() {
  const version = useStore((s) => s.load?.version ?? null);
  return useQuery({ queryKey: ['history', version], queryFn: () => engine().history(version!), enabled: version !== null, staleTime: Infinity });
}

export function usePeople() {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  return useQuery({ queryKey: ['people', version, month], queryFn: () => engine().people(version!, month!), enabled: version !== null && month !== null, staleTime: Infinity });
}
