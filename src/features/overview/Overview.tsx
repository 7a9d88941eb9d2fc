/** All six designations at a glance: score against 70, qualified or not, path and reason, every metric. */
import { getEdition } from '../../engine/rules';
import type { DesignationResult, ScoreReport } from '../../engine/types';
import { formatNumber, formatPoints, PATH_NAMES } from '../../ui/format';
import { ProgressBar } from '../../ui/ProgressBar';

export function QualifiedBadge({ qualified }: { qualified: boolean }) {
  return qualified ? <span className="badge badge-ok">✓ Qualified</span> : <span className="badge badge-no">✗ Not qualified</span>;
}

function DesignationCard({ d, onOpen }: { d: DesignationResult; onOpen: (id: DesignationResult['id']) => void }) {
  const path = d.paths.find((p) => p.path === d.path)!;
  const zero = path.metrics.filter((m) => !m.meetsMinimum);
  return (
    <article className="card" aria-labelledby={`card-${d.id}`}>
      <header className="card-head">
        <h3 id={`card-${d.id}`}>{d.name}</h3>
        <QualifiedBadge qualified={d.qualified} />
      </header>
      <p className="score">
        <span className="score-number">{formatPoints(d.score)}</span> <span className="muted">/ 100 · needs 70</span>
      </p>
      <ProgressBar label={`${d.name} total score`} value={d.score} max={100} text={`${formatPoints(d.score)} of 100 points; 70 needed`} tone={d.qualified ? 'ok' : 'warn'} />
      <div className="line-70" aria-hidden="true" />
      {(d.status === 'enrolled' || d.status === 'enrolled-renewal-due') && (
        <p className="small">
          <strong>{d.status === 'enrolled' ? 'Enrolled' : 'Enrolled — renewal due'}</strong>: {d.statusReason}
        </p>
      )}
      <p className="path">
        <strong>{PATH_NAMES[d.path]} path</strong> — <span className="muted">{d.pathReason}</span>
      </p>
      <ul className="metrics">
        {path.metrics.map((m) => (
          <li key={m.id}>
            <div className="metric-line">
              <span>
                {m.meetsMinimum ? (
                  ''
                ) : (
                  <span className="warn-icon" aria-hidden="true">
                    ⚠{' '}
                  </span>
                )}
                {m.label}
              </span>
              <span className="num">
                {formatPoints(m.points)} / {m.max}
              </span>
            </div>
            <ProgressBar
              label={`${d.name}: ${m.label}`}
              value={m.points}
              max={m.max}
              text={`${formatPoints(m.points)} of ${m.max} points; measured ${formatNumber(m.value)} ${m.unit}`}
              tone={m.meetsMinimum ? 'ok' : 'zero'}
            />
            <div className="muted small">
              {formatNumber(m.value)} {m.unit}
            </div>
          </li>
        ))}
      </ul>
      {zero.length > 0 && (
        <p className="callout" role="note">
          <strong>Blocks qualification:</strong> {zero.map((m) => m.label).join(', ')} {zero.length === 1 ? 'is' : 'are'} below 1 point — every metric needs at least 1, however high the total.
        </p>
      )}
      <button type="button" className="link-button" onClick={() => onOpen(d.id)}>
        Details for {d.name}
      </button>
    </article>
  );
}

export function Overview({ report, onOpen }: { report: ScoreReport; onOpen: (id: DesignationResult['id']) => void }) {
  const open = report.specializations.filter((s) => s.openedBy.length > 0);
  const byId = new Map(report.designations.map((d) => [d.id, d.name]));
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">Overview — scoring month {report.month}</h2>
      <div className="cards">
        {report.designations.map((d) => (
          <DesignationCard key={d.id} d={d} onOpen={onOpen} />
        ))}
      </div>
      <div className="panels">
        <section className="panel" aria-labelledby="cloud-title">
          <h3 id="cloud-title">Solutions Partner for Microsoft Cloud</h3>
          {report.microsoftCloud.qualified ? (
            <p>✓ All six designations qualify.</p>
          ) : (
            <p>✗ Needs all six designations. Missing: {report.microsoftCloud.missing.map((id) => byId.get(id)).join(', ')}.</p>
          )}
        </section>
        <section className="panel" aria-labelledby="spec-title">
          <h3 id="spec-title">Specializations you can apply for</h3>
          {getEdition(report.edition).specializationsNote && <p className="muted">{getEdition(report.edition).specializationsNote}</p>}
          {open.length === 0 ? (
            <p>None yet: a specialization needs one of its designations.</p>
          ) : (
            <ul className="plain">
              {open.map((s) => (
                <li key={s.id}>
                  {s.name} <span className="muted">— via {s.openedBy.map((id) => byId.get(id)).join(' or ')}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
