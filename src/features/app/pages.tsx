/** One component per address (routes.tsx): each asks the worker for what its view shows and renders the view. */
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import type { DesignationId, ScoreReport } from '../../engine/types';
import { decodeScenario } from '../../store/scenarioSchema';
import { useStore } from '../../store/store';
import { engine } from '../../worker/client';
import { CustomerLookup } from '../customers/CustomerLookup';
import { DesignationDetail } from '../designation/DesignationDetail';
import { EditionChanges } from '../editions/EditionChanges';
import { ImportPanel } from '../import/ImportPanel';
import { Overview } from '../overview/Overview';
import { People } from '../people/People';
import { Planner } from '../planner/Planner';
import { useDesignation, useEditionSummary, useNextSteps, usePeople, usePrefetchDesignations, useRisk, useScore, useWorth } from '../queries';
import { Risk } from '../risk/Risk';
import { useEdition, useScoringMonth } from '../scope';
import { Simulator } from '../simulator/Simulator';

/** Renders `view` once the scoring month's numbers are there; says so while they are computed. */
function WithReport({ children }: { children: (report: ScoreReport) => React.ReactNode }) {
  const score = useScore();
  usePrefetchDesignations(score.data);
  if (score.isError) return <p role="alert">Scoring failed: {String(score.error)}</p>;
  if (!score.data) return <p role="status">Scoring…</p>;
  return <>{children(score.data)}</>;
}

export function OverviewPage() {
  const navigate = useNavigate();
  return <WithReport>{(report) => <OverviewWithSteps report={report} onOpen={(id) => void navigate({ to: '/designation/$id', params: { id } })} />}</WithReport>;
}

function OverviewWithSteps({ report, onOpen }: { report: ScoreReport; onOpen: (id: DesignationId) => void }) {
  const steps = useNextSteps(report);
  const summary = useEditionSummary(report.edition);
  const createScenario = useStore((s) => s.createScenario);
  const navigate = useNavigate();
  return (
    <Overview
      report={report}
      onOpen={onOpen}
      nextSteps={steps.data}
      specializationsNote={summary.data?.specializationsNote}
      onApply={(name, changes) => {
        createScenario(name, changes);
        void navigate({ to: '/simulator' });
      }}
    />
  );
}

export function DesignationPage() {
  const { id } = useParams({ from: '/designation/$id' });
  return <WithReport>{(report) => <DesignationView id={id} report={report} />}</WithReport>;
}

function DesignationView({ id, report }: { id: string; report: ScoreReport }) {
  const known = report.designations.find((d) => d.id === id);
  const navigate = useNavigate();
  const detail = useDesignation((known?.id ?? report.designations[0]!.id) as DesignationId);
  const worth = useWorth((known?.id ?? report.designations[0]!.id) as DesignationId, detail.data !== undefined);
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  const edition = useEdition();
  if (!known)
    return (
      <p role="alert">
        There is no designation “{id}”. <Link to="/">Back to the overview</Link>
      </p>
    );
  return (
    <>
      <label>
        Designation{' '}
        <select value={known.id} onChange={(e) => void navigate({ to: '/designation/$id', params: { id: e.target.value } })}>
          {report.designations.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      </label>
      {detail.data && detail.data.id === known.id ? (
        <DesignationDetail
          d={detail.data}
          worth={worth.data}
          allLines={{ key: ['explain-all', version, month, edition], load: (path, metric) => engine().explanationItems(version!, month!, known.id, path, metric, edition) }}
          exportAll={(path, metric) => engine().explanationCsv(version!, month!, known.id, path, metric, edition)}
        />
      ) : (
        <p role="status">Explaining…</p>
      )}
    </>
  );
}

export const CustomersPage = () => <CustomerLookup />;

export function PeoplePage() {
  const people = usePeople(true);
  return <WithReport>{(report) => (people.data ? <People people={people.data} report={report} /> : <p role="status">Loading people…</p>)}</WithReport>;
}

export function SimulatorPage() {
  useSharedScenario();
  return <WithReport>{() => <Simulator />}</WithReport>;
}

export const PlannerPage = () => <WithReport>{(report) => <Planner report={report} />}</WithReport>;

export function RiskPage() {
  const risk = useRisk(true);
  const people = usePeople(true);
  return <WithReport>{(report) => (risk.data && people.data ? <Risk risk={risk.data} people={people.data} report={report} /> : <p role="status">Looking ahead…</p>)}</WithReport>;
}

export const EditionChangesPage = () => <EditionChanges />;
export const FilesPage = () => <ImportPanel />;

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
