/** Scenarios: make changes, see baseline vs scenario at once, keep several, export, import and share them. */
import { useEffect, useRef, useState } from 'react';
import { lastDayOf, monthIndex } from '../../engine/months';
import type { Change } from '../../engine/scenario';
import { useStore } from '../../store/store';
import { encodeScenario } from '../../store/scenarioSchema';
import { download, withoutDecisionIds } from '../../ui/format';
import { MonthOptions } from '../../ui/MonthOptions';
import { useEditionSummary, useSimulation } from '../queries';
import { useScoringMonth } from '../scope';
import { AddCustomerForm, AddPersonForm, describeChange, OtherChangesForm, QuickActions } from './ChangeForms';
import { AllScenarios } from './AllScenarios';
import { ChangeEditor } from './ChangeEditor';
import { Comparison } from './Comparison';

export function Simulator() {
  const {
    scenarios,
    activeScenario,
    createScenario,
    duplicateScenario,
    renameScenario,
    deleteScenario,
    setActiveScenario,
    addChange,
    removeChange,
    updateChange,
    setScenarioMonth,
    importScenario,
    load,
  } = useStore();
  const [editing, setEditing] = useState<number | null>(null);
  const month = useScoringMonth()!;
  const scenario = scenarios.find((s) => s.id === activeScenario) ?? scenarios[0] ?? null;
  const simulation = useSimulation(scenario);
  const names = useEditionSummary().data?.names ?? {};
  const [message, setMessage] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (scenarios.length === 0) createScenario('My plan');
  }, [scenarios.length, createScenario]);
  if (!scenario) return <p role="status">Creating a scenario…</p>;
  const day = lastDayOf(monthIndex(scenario.month ?? month));
  const add = (change: Change) => addChange(scenario.id, change);
  return (
    <section aria-labelledby="sim-title">
      <h2 id="sim-title">Simulator</h2>
      <p className="muted">Changes are applied on top of your data, in this browser. A shared link holds only the changes, never your data.</p>
      <div className="scenario-bar">
        <label>
          Scenario{' '}
          <select value={scenario.id} onChange={(e) => setActiveScenario(e.target.value)}>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Name <input value={scenario.name} onChange={(e) => renameScenario(scenario.id, e.target.value)} />
        </label>
        <button type="button" onClick={() => createScenario()}>
          New scenario
        </button>
        <button type="button" onClick={() => duplicateScenario(scenario.id)}>
          Duplicate
        </button>
        <button type="button" onClick={() => deleteScenario(scenario.id)}>
          Delete scenario
        </button>
        <button type="button" onClick={() => download(`${scenario.name}.scenario.json`, JSON.stringify(scenario, null, 2), 'application/json')}>
          Export JSON
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import JSON…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          aria-label="Import a scenario file"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            try {
              setMessage(importScenario(JSON.parse(await file.text())) ?? `Imported ${file.name}.`);
            } catch {
              setMessage(`${file.name} is not JSON.`);
            }
          }}
        />
        <button
          type="button"
          onClick={async () => {
            const link = `${location.origin}${location.pathname}#/simulator?scenario=${encodeScenario(scenario)}`;
            try {
              await navigator.clipboard.writeText(link);
              setMessage('Link copied: it holds only the changes, not your data.');
            } catch {
              setMessage(link);
            }
          }}
        >
          Copy share link
        </button>
        <label>
          Scoring month{' '}
          <select value={scenario.month ?? ''} onChange={(e) => setScenarioMonth(scenario.id, e.target.value || undefined)}>
            <option value="">as the dashboard ({month})</option>
            {load?.firstMonth && load.lastMonth && <MonthOptions first={load.firstMonth} last={load.lastMonth} />}
          </select>
        </label>
      </div>
      {message && (
        <p role="status" className="small">
          {message}
        </p>
      )}
      <section aria-labelledby="add-title" className="add-changes">
        <h3 id="add-title">Add a change</h3>
        <QuickActions onAdd={add} day={day} />
        <div className="forms-grid">
          <AddPersonForm onAdd={add} day={day} />
          <AddCustomerForm onAdd={add} month={scenario.month ?? month} />
        </div>
        <details className="forms">
          <summary>Existing people and customers: certify, let expire, grow, shrink or remove</summary>
          <OtherChangesForm onAdd={add} month={scenario.month ?? month} day={day} />
        </details>
      </section>
      <h3>Changes ({scenario.changes.length})</h3>
      {scenario.changes.length === 0 ? (
        <p className="muted">No changes yet: use a quick action or a form above.</p>
      ) : (
        <ol className="changes">
          {scenario.changes.map((c, i) => (
            <li key={i}>
              {describeChange(c, names)}{' '}
              <button type="button" className="link-button" onClick={() => setEditing(editing === i ? null : i)} aria-label={`Edit change ${i + 1}: ${describeChange(c, names)}`}>
                edit
              </button>{' '}
              <button type="button" className="link-button" onClick={() => removeChange(scenario.id, i)} aria-label={`Remove change ${i + 1}: ${describeChange(c, names)}`}>
                remove
              </button>
              {editing === i && (
                <ChangeEditor
                  change={c}
                  onCancel={() => setEditing(null)}
                  onSave={(changed) => {
                    updateChange(scenario.id, i, changed);
                    setEditing(null);
                  }}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {simulation.data && simulation.data.warnings.length > 0 && (
        <div className="callout" role="status">
          <strong>Some changes do nothing:</strong>
          <ul>
            {simulation.data.warnings.map((w) => (
              <li key={w}>{withoutDecisionIds(w)}</li>
            ))}
          </ul>
        </div>
      )}
      {simulation.isError ? (
        <p role="alert">This scenario could not be scored: {String(simulation.error)}</p>
      ) : simulation.data ? (
        <Comparison baseline={simulation.data.baseline} scenario={simulation.data.scenario} />
      ) : (
        <p role="status">Scoring the scenario…</p>
      )}
      <AllScenarios scenarios={scenarios} />
    </section>
  );
}
