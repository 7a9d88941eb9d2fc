/** What could drop us: the next six months if nothing changes, lapsing certifications, customers near a line. */
import type { ScoreReport } from '../../engine/types';
import { ScoreTable } from '../../ui/ScoreTable';
import { formatPoints } from '../../ui/format';
import type { PersonView, RiskView } from '../../worker/api';

export function Risk({ risk, people, report }: { risk: RiskView; people: PersonView[]; report: ScoreReport }) {
  const names = new Map(report.designations.map((d) => [d.id, d.name]));
  const ids = report.designations.map((d) => d.id);
  const ahead = risk.months.slice(6);
  const lapsing = people.flatMap((p) => p.atRisk.map((r) => ({ person: p.name ?? p.id, ...r })));
  return (
    <section aria-labelledby="risk-title">
      <h2 id="risk-title">What could drop us</h2>
      {risk.drops.length > 0 ? (
        <div className="callout" role="alert">
          <p>
            <strong>If nothing changes:</strong>{' '}
            {risk.drops.map((d) => `${names.get(d.designation)} stops qualifying in ${d.month} (${formatPoints(d.scoreNow)} now → ${formatPoints(d.scoreThen)})`).join('; ')}.
          </p>
          <p>
            {risk.fallsOut.length > 0
              ? `${risk.fallsOut.map((f) => `${names.get(f.designation)} would have no qualifying month left in its six-month window from ${f.month}`).join('; ')}.`
              : 'Each still has a qualifying month in its six-month window through the months shown, so the designation itself is not lost within them.'}
          </p>
        </div>
      ) : (
        <p>Every designation that qualifies now keeps qualifying in each of the next six months if nothing changes.</p>
      )}
      <h3>The next six months if nothing changes</h3>
      <p className="muted small">The scoring month's usage and revenue carried forward; certifications lapse on their dates.</p>
      <ScoreTable rows={ahead} ids={ids} names={names} caption="Projected scores (✓ = qualified)" />
      <h3>Certifications that expire or retire in the next six months</h3>
      {lapsing.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="plain">
          {lapsing.map((l, i) => (
            <li key={i}>
              ⚠ {l.person}: {l.certification} counts until {l.lastDay}
              {l.pointsAtRisk.length ? ` — ${l.pointsAtRisk.map((p) => `${names.get(p.designation)} −${formatPoints(p.points)}`).join(', ')}` : ''}
            </li>
          ))}
        </ul>
      )}
      <h3>Customers close to a threshold</h3>
      {risk.nearThresholds.length === 0 ? (
        <p>None within 10 % of a line.</p>
      ) : (
        <ul className="plain">
          {risk.nearThresholds.map((n, i) => (
            <li key={i}>
              {n.subject} — {names.get(n.designation)} {n.metric}: {n.detail}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
