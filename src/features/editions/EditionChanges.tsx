/**
 * "What changed for you": the loaded data scored for the scoring month under the previous rule edition and the
 * one in force, designation by designation and metric by metric, with the rule changes behind each difference.
 */
import { PATH_NAMES } from '../../engine/names';
import { DEFAULT_EDITION } from '../../engine/rules/ids';
import type { DesignationId } from '../../engine/types';
import { formatPoints, withoutDecisionIds } from '../../ui/format';
import { useEditionComparison, useEditionSummary } from '../queries';

const PATHS: Record<string, string> = { ...PATH_NAMES, standard: 'one path' };

export function EditionChanges() {
  const summary = useEditionSummary(DEFAULT_EDITION);
  const from = summary.data?.comparedWith;
  const comparison = useEditionComparison(from !== undefined, from ?? '');
  if (!summary.data) return <p role="status">Reading the rules…</p>;
  if (!from) return <p>There is no earlier rule edition to compare with.</p>;
  if (comparison.isError) return <p role="alert">Comparing failed: {String(comparison.error)}</p>;
  const data = comparison.data;
  if (!data) return <p role="status">Scoring under both editions…</p>;
  const [older, newer] = data.editions;
  const a = data.reports[older]!,
    b = data.reports[newer]!;
  const changeText = new Map(data.changes.map((c) => [c.id, withoutDecisionIds(c.text)]));
  const unaffected = data.changes.filter((c) => !c.affected);
  const byDesignation = (id: DesignationId) => data.differences.filter((d) => d.designation === id);
  return (
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">
        What changed for you — rules {older} → {newer}, scoring month {data.month}
      </h2>
      <p className="muted">Your data scored under both rule editions for the same month. Each difference names the rule changes that can cause it.</p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Scores under both editions">
        <table>
          <caption>
            Scores under edition {older} and {newer}
          </caption>
          <thead>
            <tr>
              <th scope="col">Designation</th>
              <th scope="col">{older}</th>
              <th scope="col">{newer}</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {b.designations.map((d) => {
              const o = a.designations.find((x) => x.id === d.id)!;
              const delta = d.score - o.score;
              return (
                <tr key={d.id}>
                  <th scope="row">{d.name}</th>
                  <td>
                    {formatPoints(o.score)} {o.qualified ? '✓ qualified' : '✗ not qualified'} · {PATHS[o.path]}
                  </td>
                  <td>
                    {formatPoints(d.score)} {d.qualified ? '✓ qualified' : '✗ not qualified'} · {PATHS[d.path]}
                  </td>
                  <td>{delta === 0 && o.path === d.path && o.qualified === d.qualified ? 'no change' : `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${formatPoints(Math.abs(delta))}`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {b.designations.map((d) => {
        const diffs = byDesignation(d.id);
        if (diffs.length === 0) return null;
        return (
          <article key={d.id} className="card changes" aria-labelledby={`changes-${d.id}`}>
            <h3 id={`changes-${d.id}`}>{d.name}</h3>
            <ul>
              {diffs.map((diff, i) => (
                <li key={i}>
                  <strong>{diff.explanation.split(' — ')[0]}</strong>
                  {diff.metric !== null && diff.changes.length > 0 && (
                    <ul>
                      {diff.changes.map((id) => (
                        <li key={id}>{changeText.get(id)}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </article>
        );
      })}
      {data.differences.length === 0 && <p>Your numbers are the same under both editions.</p>}
      <details>
        <summary>
          {unaffected.length} other rule change{unaffected.length === 1 ? '' : 's'} did not move your numbers
        </summary>
        <ul>
          {unaffected.map((c) => (
            <li key={c.id}>{withoutDecisionIds(c.text)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
