/**
 * All six designations at a glance: one line on where the partner stands, then per designation the score
 * against 70, qualified or not, the path and why, every metric, and — where it does not qualify — the cheapest
 * plan's headline with "try it in the simulator" one click away.
 */
import type { DesignationPlan } from '../../engine/nextSteps';
import type { Change } from '../../engine/scenario';
import { qualificationSummary } from '../../engine/summary';
import type { DesignationResult, ScoreReport } from '../../engine/types';
import { formatPoints, formatQuantity, formatUsd, PATH_NAMES, withoutDecisionIds } from '../../ui/format';
import { ProgressBar } from '../../ui/ProgressBar';

export function QualifiedBadge({ qualified }: { qualified: boolean }) {
  return qualified ? <span className="badge badge-ok">✓ Qualified</span> : <span className="badge badge-no">✗ Not qualified</span>;
}

type Apply = (name: string, changes: Change[]) => void;

/** "2 of 6 qualify. Closest: Digital & App Innovation, 76 points but Advanced certifications is at 0." */
function SummaryLine({ report }: { report: ScoreReport }) {
  const summary = qualificationSummary(report.designations, 70);
  const miss = summary.closestMiss;
  return (
    <p className="summary-line" role="status">
      <strong>
        {summary.qualified} of {summary.total} designations qualify
      </strong>
      {miss && (
        <>
          {' '}
          · closest miss: <strong>{miss.name}</strong>,{' '}
          {miss.pointsShort > 0 ? `${formatPoints(miss.pointsShort)} ${miss.pointsShort === 1 ? 'point' : 'points'} short of 70` : `${formatPoints(miss.score)} points`}
          {miss.metricsBelowMinimum.length > 0 &&
            `${miss.pointsShort > 0 ? ' and' : ' but'} ${miss.metricsBelowMinimum.join(', ')} ${miss.metricsBelowMinimum.length === 1 ? 'needs' : 'need'} at least 1 point`}
        </>
      )}
    </p>
  );
}

/** The cheapest plan for one designation, as one line and a button. */
function NextStep({ d, plan, onApply }: { d: DesignationResult; plan: DesignationPlan | undefined; onApply?: Apply }) {
  if (d.qualified) return null;
  if (!plan) return <p className="next-step muted small">Working out the cheapest way to qualify…</p>;
  if (plan.status === 'impossible') return <p className="next-step small">No plan within the planner's default limits: open the Planner to raise them.</p>;
  const headline = plan.steps.length === 1 ? plan.steps[0]!.label : `${plan.steps.length} steps, starting with: ${plan.steps[0]!.label}`;
  return (
    <div className="next-step">
      <p>
        <strong>Next step:</strong> {headline} → {formatPoints(plan.scoreAfter)} {plan.qualifiedAfter ? '✓' : '✗'}, about {formatUsd(plan.totalCost)}
        {plan.optimal ? '' : ' (not proven cheapest)'}.
      </p>
      {onApply && (
        <button type="button" className="primary" onClick={() => onApply(`Plan for ${d.name}`, plan.changes)}>
          Try it in the simulator
        </button>
      )}
    </div>
  );
}

function DesignationCard({ d, onOpen, plan, onApply }: { d: DesignationResult; onOpen: (id: DesignationResult['id']) => void; plan?: DesignationPlan | undefined; onApply?: Apply | undefined }) {
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
          <strong>{d.status === 'enrolled' ? 'Enrolled' : 'Enrolled — renewal due'}</strong>: {withoutDecisionIds(d.statusReason ?? '')}
        </p>
      )}
      <p className="path">
        <strong>{PATH_NAMES[d.path]} path</strong> — <span className="muted">{withoutDecisionIds(d.pathReason)}</span>
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
              text={`${formatPoints(m.points)} of ${m.max} points; measured ${formatQuantity(m.value, m.unit)}`}
              tone={m.meetsMinimum ? 'ok' : 'zero'}
            />
            <div className="muted small">{formatQuantity(m.value, m.unit)}</div>
          </li>
        ))}
      </ul>
      {zero.length > 0 && (
        <p className="callout" role="note">
          <strong>Blocks qualification:</strong> {zero.map((m) => m.label).join(', ')} {zero.length === 1 ? 'is' : 'are'} below 1 point — every metric needs at least 1, however high the total.
        </p>
      )}
      <NextStep d={d} plan={plan} onApply={onApply} />
      <button type="button" className="link-button" onClick={() => onOpen(d.id)}>
        Details for {d.name}
      </button>
    </article>
  );
}

export function Overview({
  report,
  onOpen,
  nextSteps,
  onApply,
  specializationsNote,
}: {
  report: ScoreReport;
  onOpen: (id: DesignationResult['id']) => void;
  nextSteps?: DesignationPlan[] | undefined;
  onApply?: Apply;
  specializationsNote?: string | undefined;
}) {
  const open = report.specializations.filter((s) => s.openedBy.length > 0);
  const byId = new Map(report.designations.map((d) => [d.id, d.name]));
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">Overview — scoring month {report.month}</h2>
      <SummaryLine report={report} />
      <div className="cards">
        {report.designations.map((d) => (
          <DesignationCard key={d.id} d={d} onOpen={onOpen} plan={nextSteps?.find((p) => p.designation === d.id)} onApply={onApply} />
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
          {specializationsNote && <p className="muted">{specializationsNote}</p>}
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
