/** The simulator's address; with `?scenario=…` it is a share link. */
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { decodeScenario } from '../../../store/scenarioSchema';
import { useStore } from '../../../store/store';
import { Simulator } from '../../simulator/Simulator';
import { WithReport } from '../WithReport';

export function SimulatorPage() {
  useSharedScenario();
  return <WithReport>{() => <Simulator />}</WithReport>;
}

/**
 * A share link (`#/simulator?scenario=…`): add its scenario once the stored ones are read, then drop it from the
 * address (Back does not add it again). A bad link says why and changes nothing.
 */
function useSharedScenario() {
  const { scenario: encoded } = useSearch({ from: '/simulator' });
  const hydrated = useStore((s) => s.hydrated);
  const navigate = useNavigate();
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!encoded || !hydrated || handled.current === encoded) return;
    handled.current = encoded;
    const store = useStore.getState();
    const decoded = decodeScenario(encoded);
    const problem = decoded.ok ? store.importScenario(decoded.scenario) : decoded.message;
    store.setLinkMessage(problem ? `The shared scenario could not be opened: ${problem}` : null);
    void navigate({ to: '/simulator', search: (prev: { scenario?: string }) => ({ ...prev, scenario: undefined }), replace: true });
  }, [encoded, hydrated, navigate]);
}
