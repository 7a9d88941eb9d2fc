/** One designation: both paths side by side (the one that counts marked), each metric's rule, points and explanation. */
import { useState } from 'react';
import type { DesignationResult, MetricResult } from '../../engine/types';
import { formatNumber, formatPoints, PATH_NAMES } from '../../ui/format';
import { ProgressBar } from '../../ui/ProgressBar';
import { QualifiedBadge } from '../overview/Overview';
import { ExplanationTable } from './ExplanationTable';

function Metric({ d, path, m, exportAll }: { d: DesignationResult; path: string; m: MetricResult; exportAll?: ExportAll }) {
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
        <strong>Measured:</strong> {formatNumber(m.value)} {m.unit}. <strong>Rule:</strong> {m.rule}
      </p>
      <p className="muted">{m.summary}</p>
      {m.components.length > 1 && (
        <ul className="plain small">
          {m.components.map((c) => (
            <li key={c.id}>
              {c.label}: {formatPoints(c.points)} pts{c.gated ? ' (waiting for the prerequisite)' : ''}
              {m.bestComponent === c.id ? ' — counts' : ''} · <span className="muted">{c.summary}</span>
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
          />
        )}
      </details>
    </section>
  );
}

type ExportAll = (path: string, metric: string) => Promise<string>;

export function DesignationDetail({ d, exportAll }: { d: DesignationResult; exportAll?: ExportAll }) {
  return (
    <section aria-labelledby="detail-title">
      <h2 id="detail-title">
        {d.name} — {formatPoints(d.score)} / 100 <QualifiedBadge qualified={d.qualified} />
      </h2>
      <p>
        <strong>Path that counts: {PATH_NAMES[d.path]}.</strong> {d.pathReason}
      </p>
      <div className={`paths paths-${d.paths.length}`}>
        {d.paths.map((p) => (
          <section key={p.path} className={`path-col ${p.path === d.path ? 'path-counts' : ''}`} aria-labelledby={`path-${p.path}`}>
            <h3 id={`path-${p.path}`}>
              {PATH_NAMES[p.path]} path: {formatPoints(p.score)} / 100 {p.path === d.path ? '★ counts' : ''}
            </h3>
            <p>{p.qualified ? '✓ Qualifies on this path.' : `✗ ${p.blockers.join('; ')}.`}</p>
            {p.metrics.map((m) => (
              <Metric key={m.id} d={d} path={p.path} m={m} {...(exportAll ? { exportAll } : {})} />
            ))}
          </section>
        ))}
      </div>
    </section>
  );
}
