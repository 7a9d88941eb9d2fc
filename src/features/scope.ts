/**
 * What every view scores: the scoring month and the rule edition, read from the address (`?month=2026-10&rules=2024`)
 * so that Back, Forward, reload and a copied link all keep them. Without them in the address: the data's own
 * month, and the edition chosen last in this browser (else the one in force).
 */
import { useNavigate, useSearch } from '@tanstack/react-router';
import { DEFAULT_EDITION, EDITION_IDS } from '../engine/rules/ids';
import { useStore } from '../store/store';

interface ScopeSearch {
  month?: string;
  rules?: string;
}

/** The month shown: the one in the address when the data covers it (or the data asks for it), else the data's default. */
export function useScoringMonth(): string | null {
  const { month } = useSearch({ strict: false }) as ScopeSearch;
  return useStore((s) => {
    const load = s.load;
    if (!load?.firstMonth || !load.lastMonth) return load?.defaultMonth ?? null;
    const last = load.defaultMonth && load.defaultMonth > load.lastMonth ? load.defaultMonth : load.lastMonth;
    if (month && month >= load.firstMonth && month <= last) return month;
    return load.defaultMonth;
  });
}

/** The rule edition every view scores with: the address's, else the one remembered in this browser, else the newest. */
export function useEdition(): string {
  const { rules } = useSearch({ strict: false }) as ScopeSearch;
  const remembered = useStore((s) => s.edition);
  if (rules && EDITION_IDS.includes(rules)) return rules;
  return remembered && EDITION_IDS.includes(remembered) ? remembered : DEFAULT_EDITION;
}

/** Changes the scoring month or the edition by changing the address (a new history entry: Back returns). */
export function useSetScope() {
  const navigate = useNavigate();
  const setEdition = useStore((s) => s.setEdition);
  return {
    setMonth: (month: string) => void navigate({ to: '.', search: (prev: ScopeSearch) => ({ ...prev, month }) }),
    setEdition: (rules: string) => {
      setEdition(rules);
      void navigate({ to: '.', search: (prev: ScopeSearch) => ({ ...prev, rules }) });
    },
  };
}
