/**
 * The frame of every page: header (privacy, sample or your data, delete), the views as links, the scoring month
 * and rule edition (both kept in the address), notices, and the current view (routes.tsx).
 */
import { Link, Outlet, useRouter, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { EDITION_IDS, EDITION_NAMES } from '../../engine/rules/ids';
import { MonthOptions } from '../../ui/MonthOptions';
import { useStore } from '../../store/store';
import { useEdition, useScoringMonth, useSetScope } from '../scope';

const TABS: { to: string; label: string }[] = [
  { to: '/', label: 'Overview' },
  { to: '/designation/$id', label: 'Designation detail' },
  { to: '/customers', label: 'Customer lookup' },
  { to: '/people', label: 'People' },
  { to: '/history', label: 'History' },
  { to: '/simulator', label: 'Simulator' },
  { to: '/planner', label: 'Planner' },
  { to: '/risk', label: 'Risk' },
  { to: '/changes', label: 'What changed' },
  { to: '/files', label: 'Your files' },
];

function MonthSelector() {
  const load = useStore((s) => s.load);
  const { setMonth } = useSetScope();
  const month = useScoringMonth();
  if (!load?.firstMonth || !load.lastMonth || !month) return null;
  // The month scored is always on the list, also when the partner file names a month after the data.
  const months = [load.firstMonth, load.lastMonth, month, ...(load.defaultMonth ? [load.defaultMonth] : [])].sort();
  return (
    <label className="month">
      {/* "Month" on a phone; the control's name stays "Scoring month" everywhere. */}
      <span className="wide-only">Scoring month</span>
      <span className="narrow-only">Month</span>{' '}
      <select value={month} aria-label="Scoring month" onChange={(e) => setMonth(e.target.value)}>
        <MonthOptions first={months[0]!} last={months.at(-1)!} />
      </select>
    </label>
  );
}

/** The rule edition every view scores with (remembered in this browser); the newest by default. */
function EditionSelector() {
  const edition = useEdition();
  const { setEdition } = useSetScope();
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
      Scored with <span className="wide-only">{EDITION_NAMES[edition] ?? `rule edition ${edition}`}</span>
      <span className="narrow-only">the {edition} rules</span>
      {edition !== newest ? ` — not the rules in force (${newest}).` : '.'}
    </p>
  );
}

/** Shown for an address that is no view. */
export function NotFound() {
  return (
    <p role="alert">
      This address is not a view of PCS Planner. <Link to="/">Open the overview</Link>
    </p>
  );
}

/**
 * Moves focus to the new view's heading once a navigation to another view has rendered (not on the first load),
 * so keyboard and screen-reader users land on it; a view still computing gets its heading a moment later, so
 * wait for it (≤ 5 s).
 */
function useFocusOnNavigation(main: React.RefObject<HTMLElement | null>) {
  const router = useRouter();
  useEffect(() => {
    let stopWaiting = () => {};
    const unsubscribe = router.subscribe('onRendered', (event) => {
      if (!event.pathChanged || !event.fromLocation) return;
      stopWaiting();
      const root = main.current;
      if (!root) return;
      const focusHeading = () => {
        const heading = root.querySelector<HTMLElement>('h2');
        if (!heading) return false;
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
        return true;
      };
      if (focusHeading()) return;
      root.focus();
      const observer = new MutationObserver(() => {
        if (focusHeading()) stopWaiting();
      });
      observer.observe(root, { childList: true, subtree: true });
      const timer = setTimeout(() => observer.disconnect(), 5000);
      stopWaiting = () => {
        observer.disconnect();
        clearTimeout(timer);
      };
    });
    return () => {
      unsubscribe();
      stopWaiting();
    };
  }, [router, main]);
}

export function Layout() {
  const hydrated = useStore((s) => s.hydrated);
  const start = useStore((s) => s.start);
  const source = useStore((s) => s.source);
  const load = useStore((s) => s.load);
  const loadSample = useStore((s) => s.loadSample);
  const deleteAllData = useStore((s) => s.deleteAllData);
  const error = useStore((s) => s.error);
  const notice = useStore((s) => s.notice);
  const setNotice = useStore((s) => s.setNotice);
  const linkMessage = useStore((s) => s.linkMessage);
  const storageMessage = useStore((s) => s.storageMessage);
  const setLinkMessage = useStore((s) => s.setLinkMessage);
  const path = useRouterState({ select: (s) => s.location.pathname });
  // The Designation tab reopens the designation seen last (state adjusted while rendering, as React recommends).
  const designation = /^\/designation\/([^/]+)/.exec(path)?.[1];
  const [lastDesignation, setLastDesignation] = useState('data-ai');
  if (designation && designation !== lastDesignation) setLastDesignation(designation);
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  // On a phone the tabs scroll sideways: keep the current one in view.
  const tabs = useRef<HTMLUListElement>(null);
  useEffect(() => {
    tabs.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [path]);
  useEffect(() => {
    if (hydrated) void start();
  }, [hydrated, start]);
  return (
    <>
      {/* Not an in-page anchor: the address's fragment holds the route. */}
      <button type="button" className="skip" onClick={() => main.current?.focus()}>
        Skip to content
      </button>
      <header className="top">
        <div>
          <h1>PCS Planner</h1>
          <p className="privacy">
            <strong>Private by design:</strong> your data never leaves this browser<span className="wide-only">: files are read here, stored only here (IndexedDB), and never sent anywhere</span>.
          </p>
        </div>
        <div className="top-actions">
          {source === 'sample' ? (
            <span className="badge badge-sample" role="note">
              Sample partner: Larkspur Cloud Partners (fictional)
            </span>
          ) : (
            <span className="badge">Your data</span>
          )}
          <Link to="/files" className="button">
            Load your files
          </Link>
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
        <ul ref={tabs}>
          {TABS.map((t) => (
            <li key={t.to}>
              {t.to === '/designation/$id' ? (
                <Link to="/designation/$id" params={{ id: lastDesignation }} aria-current={designation ? 'page' : undefined}>
                  {t.label}
                </Link>
              ) : (
                <Link to={t.to} activeOptions={{ exact: true, includeSearch: false }}>
                  {t.label}
                </Link>
              )}
            </li>
          ))}
        </ul>
        <div className="scope">
          <MonthSelector />
          <EditionSelector />
        </div>
      </nav>
      <main id="main" ref={main} tabIndex={-1}>
        {error && (
          <p className="callout" role="alert">
            {error}
          </p>
        )}
        {notice && (
          <div className="notice" role="status">
            <p>{notice}</p>
            <button type="button" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </div>
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
        {!load ? <p role="status">Loading…</p> : <Outlet />}
      </main>
    </>
  );
}
