/** The page: header (privacy, sample/user data, delete), navigation, month selector and the current view. */
import { useEffect } from 'react';
import { MonthOptions } from '../../ui/MonthOptions';
import type { DesignationId, ScoreReport } from '../../engine/types';
import { decodeScenario } from '../../store/scenarioSchema';
import { useEdition, useScoringMonth, useStore, type View } from '../../store/store';
import { EDITION_IDS, editions } from '../../engine/rules';
import { EditionChanges } from '../editions/EditionChanges';
import { CustomerLookup } from '../customers/CustomerLookup';
import { DesignationDetail } from '../designation/DesignationDetail';
import { History } from '../history/History';
import { ImportPanel } from '../import/ImportPanel';
import { Overview } from '../overview/Overview';
import { People } from '../people/People';
import { useDesignation, useHistory, usePeople, usePrefetchDesignations, useRisk, useScore, useWindow } from '../queries';
import { Planner } from '../planner/Planner';
import { Risk } from '../risk/Risk';
import { Simulator } from '../simulator/Simulator';
import { engine } from '../../worker/client';

const TABS: { view: View['name']; label: string }[] = [
  { view: 'overview', label: 'Overview' },
  { view: 'designation', label: 'Designation detail' },
  { view: 'customers', label: 'Customer lookup' },
  { view: 'people', label: 'People' },
  { view: 'history', label: 'History' },
  { view: 'simulator', label: 'Simulator' },
  { view: 'planner', label: 'Planner' },
  { view: 'risk', label: 'Risk' },
  { view: 'changes', label: 'What changed' },
  { view: 'files', label: 'Your files' },
];

function MonthSelector() {
  const load = useStore((s) => s.load);
  const setMonth = useStore((s) => s.setMonth);
  const month = useScoringMonth();
  if (!load?.firstMonth || !load.lastMonth || !month) return null;
  // The month scored is always on the list, also when the partner file names a month after the data.
  const months = [load.firstMonth, load.lastMonth, month, ...(load.defaultMonth ? [load.defaultMonth] : [])].sort();
  return (
    <label className="month">
      Scoring month{' '}
      <select value={month} onChange={(e) => setMonth(e.target.value)}>
        <MonthOptions first={months[0]!} last={months.at(-1)!} />
      </select>
    </label>
  );
}

/** The rule edition every view scores with (remembered in this browser); the newest by default. */
function EditionSelector() {
  const edition = useEdition();
  const setEdition = useStore((s) => s.setEdition);
  return (
    <label className="month">
      Rules{' '}
      <select value={edition} onChange={(e) => setEdition(e.target.value)}>
        {[...EDITION_IDS].reverse().map((id) => (
          <option key={id} value={id}>
            {id}
            {id === EDITION_IDS.at(-1) ? ' (in force)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Which rules the numbers follow, said once above every view. */
function EditionNote() {
  const edition = useEdition();
  const newest = EDITION_IDS.at(-1);
  return (
    <p className="muted edition-note">
      Scored with {editions[edition]?.name ?? `rule edition ${edition}`}
      {edition !== newest ? ` — not the rules in force (${newest}).` : '.'}
    </p>
  );
}

function DesignationView({ id, report, onOpen }: { id: DesignationId; report: ScoreReport; onOpen: (id: DesignationId) => void }) {
  const detail = useDesignation(id);
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  const edition = useEdition();
  return (
    <>
      <label>
        Designation{' '}
        <select value={id} onChange={(e) => onOpen(e.target.value as DesignationId)}>
          {report.designations.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      </label>
      {detail.data ? <DesignationDetail d={detail.data} exportAll={(path, metric) => engine().explanationCsv(version!, month!, id, path, metric, edition)} /> : <p role="status">Explaining…</p>}
    </>
  );
}

function Body() {
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  const score = useScore();
  const history = useHistory(view.name === 'history');
  const people = usePeople(view.name === 'people' || view.name === 'risk');
  const risk = useRisk(view.name === 'risk');
  const qualificationWindow = useWindow(view.name === 'history');
  const report = score.data;
  usePrefetchDesignations(report);
  if (view.name === 'files') return <ImportPanel />;
  if (score.isError) return <p role="alert">Scoring failed: {String(score.error)}</p>;
  if (!report) return <p role="status">Scoring…</p>;
  const open = (id: DesignationId) => setView({ name: 'designation', id });
  switch (view.name) {
    case 'overview':
      return <Overview report={report} onOpen={open} />;
    case 'designation':
      return <DesignationView id={view.id} report={report} onOpen={open} />;
    case 'customers':
      return <CustomerLookup />;
    case 'people':
      return people.data ? <People people={people.data} report={report} /> : <p role="status">Loading people…</p>;
    case 'simulator':
      return <Simulator />;
    case 'planner':
      return <Planner report={report} />;
    case 'risk':
      return risk.data && people.data ? <Risk risk={risk.data} people={people.data} report={report} /> : <p role="status">Looking ahead…</p>;
    case 'changes':
      return <EditionChanges />;
    case 'history':
      return history.data && qualificationWindow.data ? <History points={history.data} report={report} window={qualificationWindow.data} /> : <p role="status">Computing history…</p>;
  }
}

export function App() {
  const hydrated = useStore((s) => s.hydrated);
  const start = useStore((s) => s.start);
  const source = useStore((s) => s.source);
  const load = useStore((s) => s.load);
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  const loadSample = useStore((s) => s.loadSample);
  const deleteAllData = useStore((s) => s.deleteAllData);
  const error = useStore((s) => s.error);
  const linkMessage = useStore((s) => s.linkMessage);
  const storageMessage = useStore((s) => s.storageMessage);
  const setLinkMessage = useStore((s) => s.setLinkMessage);
  useEffect(() => {
    if (!hydrated) return;
    void start();
    // A shared link carries a scenario (only the changes) in the fragment: add it and open the simulator, also
    // when the link is pasted into an open tab (hashchange). A bad link says why and changes nothing.
    const openLink = () => {
      const match = /#scenario=([^&]*)/.exec(location.hash);
      if (!match) return;
      const decoded = decodeScenario(match[1]!);
      const store = useStore.getState();
      if (decoded.ok) {
        const problem = store.importScenario(decoded.scenario);
        if (problem) store.setLinkMessage(`The shared scenario could not be opened: ${problem}`);
        else {
          store.setLinkMessage(null);
          store.setView({ name: 'simulator' });
        }
      } else store.setLinkMessage(`The shared scenario could not be opened: ${decoded.message}`);
      history.replaceState(null, '', location.pathname);
    };
    openLink();
    window.addEventListener('hashchange', openLink);
    return () => window.removeEventListener('hashchange', openLink);
  }, [hydrated, start]);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <div>
          <h1>PCS Planner</h1>
          <p className="privacy">Private by design: your data stays in this browser: files are read here, stored only here (IndexedDB), and never sent anywhere.</p>
        </div>
        <div className="top-actions">
          {source === 'sample' ? (
            <span className="badge badge-sample" role="note">
              Sample partner: Larkspur Cloud Partners (fictional)
            </span>
          ) : (
            <span className="badge">Your data</span>
          )}
          <button type="button" onClick={() => setView({ name: 'files' })}>
            Load your files
          </button>
          {source === 'user' && (
            <button type="button" onClick={() => void loadSample()}>
              Back to the sample
            </button>
          )}
          <button
            type="button"
            className="danger"
            onClick={() => {
              if (window.confirm('Delete all your files and settings from this browser?')) void deleteAllData();
            }}
          >
            Delete all my data
          </button>
        </div>
      </header>
      <nav aria-label="Views" className="tabs">
        {TABS.map((t) => (
          <button
            key={t.view}
            type="button"
            aria-current={view.name === t.view ? 'page' : undefined}
            onClick={() => setView(t.view === 'designation' ? { name: 'designation', id: view.name === 'designation' ? view.id : 'data-ai' } : ({ name: t.view } as View))}
          >
            {t.label}
          </button>
        ))}
        <MonthSelector />
        <EditionSelector />
      </nav>
      <main id="main">
        {error && (
          <p className="callout" role="alert">
            {error}
          </p>
        )}
        {storageMessage && (
          <p className="callout" role="status">
            {storageMessage}
          </p>
        )}
        {linkMessage && (
          <div className="callout" role="alert">
            <p>{linkMessage}</p>
            <button type="button" onClick={() => setLinkMessage(null)}>
              Dismiss
            </button>
          </div>
        )}
        {load && <EditionNote />}
        {!load ? <p role="status">Loading…</p> : <Body />}
      </main>
    </>
  );
}
