/** The planner: choose targets, adjust costs and limits, get the cheapest plan, apply it as a scenario. */
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import type { DesignationId, ScoreReport } from '../../engine/types';
import { useStore } from '../../store/store';
import { useEdition, useScoringMonth } from '../scope';
import { formatNumber, formatPoints, formatUsd, withoutDecisionIds } from '../../ui/format';
import { engine } from '../../worker/client';
import { usePlanCatalogue } from '../queries';
import { TableWrap } from '../../ui/TableWrap';

export function Planner({ report }: { report: ScoreReport }) {
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth()!;
  const edition = useEdition();
  const createScenario = useStore((s) => s.createScenario);
  const navigate = useNavigate();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const names = new Map(report.designations.map((d) => [d.id, d.name]));
  // Start with the closest miss: the unqualified designation with the highest score.
  const firstMiss = [...report.designations].filter((d) => !d.qualified).sort((a, b) => b.score - a.score)[0]?.id;
  const [targets, setTargets] = useState<DesignationId[]>(firstMiss ? [firstMiss] : []);
  const [overrides, setOverrides] = useState<Record<string, { cost: number; limit: number }>>({});
  const catalogue = usePlanCatalogue(targets);
  const run = useMutation({ mutationFn: () => engine().plan(version!, month, targets, overrides, edition) });
  const toggle = (id: DesignationId) => setTargets((t) => (t.includes(id) ? t.filter((x) => x !== id) : [...t, id]));
  const result = run.data;
  // A search takes a moment: when it ends, focus moves to its result (keyboard and screen-reader users land there).
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);
  return (
    <section aria-labelledby="planner-title">
      <h2 id="planner-title">Planner</h2>
      <p className="muted">
        The cheapest set of actions that makes every target qualify (70 points and at least 1 in every metric, on the path that would count), found by exact search over your costs and limits.
      </p>
      <fieldset>
        <legend>Targets</legend>
        {report.designations.map((d) => (
          <label key={d.id} className="check">
            <input type="checkbox" checked={targets.includes(d.id)} onChange={() => toggle(d.id)} /> {d.name} ({formatPoints(d.score)}
            {d.qualified ? ', qualified' : ''})
          </label>
        ))}
        <button type="button" onClick={() => setTargets(report.designations.map((d) => d.id))}>
          Microsoft Cloud (all six)
        </button>
      </fieldset>
      {catalogue.data && (
        <details>
          <summary>Actions, costs and limits ({catalogue.data.length})</summary>
          <TableWrap label={'Planner actions'}>
            <table>
              <caption className="visually-hidden">Planner actions</caption>
              <thead>
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">Cost (USD)</th>
                  <th scope="col">At most</th>
                </tr>
              </thead>
              <tbody>
                {catalogue.data.map((a) => {
                  const current = overrides[a.id] ?? { cost: a.cost, limit: a.limit };
                  return (
                    <tr key={a.id}>
                      <td>{a.label}</td>
                      <td>
                        <input
                          type="number"
                          min={0}
                          aria-label={`Cost of: ${a.label}`}
                          value={current.cost}
                          onChange={(e) => setOverrides((o) => ({ ...o, [a.id]: { ...current, cost: Math.max(0, Number(e.target.value)) } }))}
                        />
                      </td>
                      <td>
                        <input
                          type="number"
                          min={0}
                          max={50}
                          aria-label={`Most times: ${a.label}`}
                          value={current.limit}
                          onChange={(e) => setOverrides((o) => ({ ...o, [a.id]: { ...current, limit: Math.max(0, Math.min(50, Number(e.target.value))) } }))}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        </details>
      )}
      <button type="button" className="primary" disabled={targets.length === 0 || run.isPending} onClick={() => run.mutate()}>
        {run.isPending ? 'Searching…' : 'Find the cheapest plan'}
      </button>
      {run.isError && <p role="alert">The planner failed: {String(run.error)}</p>}
      {result && (
        <section aria-labelledby="plan-title" className="plan" aria-live="polite">
          <h3 id="plan-title" ref={resultHeading} tabIndex={-1}>
            {result.status === 'already-qualified'
              ? 'Already qualified: nothing to do.'
              : result.status === 'impossible'
                ? 'No plan within the limits'
                : `Plan: ${formatUsd(result.totalCost)} in ${result.steps.length} step${result.steps.length === 1 ? '' : 's'}${result.optimal ? ' (cheapest possible)' : ' (not proven cheapest)'}`}
          </h3>
          {result.reason && <p>{withoutDecisionIds(result.reason)}</p>}
          {result.steps.length > 0 && (
            <>
              <ol className="checklist">
                {result.steps.map((s, i) => (
                  <li key={i}>
                    <strong>{s.label}</strong> — {formatUsd(s.cost)}; adds{' '}
                    {Object.entries(s.pointsAdded)
                      .map(([id, p]) => `${names.get(id as DesignationId)} +${formatPoints(p)}`)
                      .join(', ') || 'no points alone (unlocks a later step)'}
                    ; then{' '}
                    {Object.entries(s.scoresAfter)
                      .map(([id, p]) => `${names.get(id as DesignationId)} ${formatPoints(p)}`)
                      .join(', ')}
                  </li>
                ))}
              </ol>
              <p>
                After the plan:{' '}
                {Object.entries(result.after)
                  .map(([id, r]) => `${names.get(id as DesignationId)} ${formatNumber(r.score)} ${r.qualified ? '✓ qualified' : '✗'}`)
                  .join('; ')}
              </p>
              <button
                type="button"
                className="primary"
                onClick={() => {
                  createScenario(
                    `Plan for ${targets.map((t) => names.get(t)).join(', ')}`,
                    result.steps.map((s) => s.change),
                  );
                  void navigate({ to: '/simulator' });
                }}
              >
                Apply the plan as a scenario
              </button>
            </>
          )}
          <p className="muted small">{result.evaluations} score evaluations.</p>
        </section>
      )}
    </section>
  );
}
