/** One designation: both paths side by side (the one that counts marked), each metric's rule, points and explanation. */
import { useState } from 'react';
import type { ActionWorth } from '../../engine/nextSteps';
import type { DesignationResult, MetricResult } from '../../engine/types';
import { formatPoints, formatQuantity, formatUsd, PATH_NAMES, withoutDecisionIds } from '../../ui/format';
import { ProgressBar } from '../../ui/ProgressBar';
import { QualifiedBadge } from '../overview/Overview';
import { ExplanationTable } from './ExplanationTable';
import type { ExplanationItem } from '../../engine/types';

/** What one more of an action adds here, cheapest first (only on the path that counts: the planner's actions are scored there). */
function OneMore({ m, worth }: { m: MetricResult; worth: ActionWorth[] }) {
  const gains = worth.filter((w) => (w.metricPoints[m.id] ?? 0) > 0).slice(0, 3);
  if (m.points >= m.max) return <p className="small muted">At its maximum: more here adds nothing.</p>;
  if (gains.length === 0) return null;
  return (
    <div className="one-more">
      <p className="small">
        <strong>One more is worth:</strong>
      </p>
      <ul className="plain small">
        {gains.map((w) => (
          <li key={w.actionId}>
            {w.label}: +{formatPoints(w.metricPoints[m.id]!)} here → {formatPoints(w.scoreAfter)} {w.qualifiedAfter ? '✓ qualifies' : 'in total'}, about {formatUsd(w.cost)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Metric({
  d,
  path,
  m,
  exportAll,
  worth,
  allLines,
}: {
  d: DesignationResult;
  path: string;
  m: MetricResult;
  exportAll?: ExportAll;
  worth?: ActionWorth[] | undefined;
  allLines?: AllLinesOf | undefined;
}) {
  // The table is built only when opened: ten metrics × 500 rows would slow every switch.
  const [open, setOpen] = useState(false);
  return (
    <section className="metric-detail" aria-labelledby={`m-${path}-${m.id}`}>
      <h4 id={`m-${path}-${m.id}`}>
        {m.meetsMinimum ? '' : '⚠ '}
        {m.label}: {formatPoints(m.points)} / {m.max} points
      </h4>
      <ProgressBar label={`${PATH_NAMES[path]} path: ${m.label}`} value={m.points} max={m.max} text={`${formatPoints(m.points)} of ${m.max}`} tone={m.meetsMinimum ? 'ok' : 'zero'} />
      <p>
        <strong>Measured:</strong> {formatQuantity(m.value, m.unit)}. <strong>Rule:</strong> {withoutDecisionIds(m.rule)}
      </p>
      <p className="muted">{withoutDecisionIds(m.summary)}</p>
      {worth && path === d.path && <OneMore m={m} worth={worth} />}
      {m.components.length > 1 && (
        <ul className="plain small">
          {m.components.map((c) => (
            <li key={c.id}>
              {c.label}: {formatPoints(c.points)} pts{c.gated ? ' (waiting for the prerequisite)' : ''}
              {m.bestComponent === c.id ? ' — counts' : ''} · <span className="muted">{withoutDecisionIds(c.summary)}</span>
            </li>
          ))}
        </ul>
      )}
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Who and what counted ({m.itemCount === undefined ? `${m.items.filter((i) => i.counted).length} of ${m.items.length}` : `${m.itemCount} lines`})</summary>
        {open && (
          <ExplanationTable
            items={m.items}
            caption={`${d.name}, ${PATH_NAMES[path]} path, ${m.label}`}
            fileName={`${d.id}-${path}-${m.id}.csv`}
            {...(m.itemCount !== undefined ? { total: m.itemCount, ...(exportAll ? { exportAll: () => exportAll(path, m.id) } : {}) } : {})}
            all={allLines ? { key: [...allLines.key, d.id, path, m.id], load: () => allLines.load(path, m.id) } : undefined}
          />
        )}
      </details>
    </section>
  );
}

type ExportAll = (path: string, metric: string) => Promise<string>;
/** Every line of a metric, asked of the worker; `key` names the data, month and edition (a cache key). */
export interface AllLinesOf {
  key: unknown[];
  load: (path: string, metric: string) => Promise<ExplanationItem[]>;
}

export function DesignationDetail({ d, exportAll, worth, allLines }: { d: DesignationResult; exportAll?: ExportAll; worth?: ActionWorth[] | undefined; allLines?: AllLinesOf }) {
  return (
    <section aria-labelledby="detail-title">
      <h2 id="detail-title">
        {d.name} — {formatPoints(d.score)} / 100 <QualifiedBadge qualified={d.qualified} />
      </h2>
      <p>
        <strong>Path that counts: {PATH_NAMES[d.path]}</strong> — {withoutDecisionIds(d.pathReason)}.
      </p>
      <div className={`paths paths-${d.paths.length}`}>
        {d.paths.map((p) => (
          <section key={p.path} className={`path-col ${p.path === d.path ? 'path-counts' : ''}`} aria-labelledby={`path-${p.path}`}>
            <h3 id={`path-${p.path}`}>
              {PATH_NAMES[p.path]} path: {formatPoints(p.score)} / 100 {p.path === d.path ? '★ counts' : ''}
            </h3>
            <p>{p.qualified ? '✓ Would qualify on this path.' : `✗ ${withoutDecisionIds(p.blockers.join('; '))}.`}</p>
            {p.path !== d.path && (
              <p className="small muted">Shown for comparison: this path does not count{d.pathReason.startsWith('best of') ? ' (the better one does)' : ', because the rules assign the other one'}.</p>
            )}
            {p.metrics.map((m) => (
              <Metric key={m.id} d={d} path={p.path} m={m} worth={worth} allLines={allLines} {...(exportAll ? { exportAll } : {})} />
            ))}
          </section>
        ))}
      </div>
    </section>
  );
}
