/** Each designation's score over the months the data covers, the 70 line and the qualification window. */
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { DesignationId, ScoreReport } from '../../engine/types';
import { ScoreTable } from '../../ui/ScoreTable';
import type { HistoryPoint } from '../../worker/api';

const COLORS = ['#1f6feb', '#8250df', '#bf3989', '#c4432b', '#1a7f37', '#9a6700'];
const DASHES = ['', '6 3', '2 2', '8 3 2 3', '4 4', '1 3'];

/** Rows for the chart: one per month, one number per designation (pure; tested without a browser). */
function chartRows(points: HistoryPoint[], ids: DesignationId[]) {
  return points.map((p) => ({ month: p.month, ...Object.fromEntries(ids.map((id) => [id, p.scores[id]?.score ?? 0])) }));
}

export function History({ points, report, window }: { points: HistoryPoint[]; report: ScoreReport; window: ScoreReport['window'] }) {
  const ids = report.designations.map((d) => d.id);
  const names = new Map(report.designations.map((d) => [d.id, d.name]));
  const windowMonths = window[0]?.months.map((m) => m.month) ?? [];
  const rows = chartRows(points, ids);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <p>Scores computed for every month of your data. The shaded band is the qualification window (the scoring month and the five before it); the line at 70 is the qualifying score.</p>
      <ul className="plain window-list">
        {window.map((w) => (
          <li key={w.id}>
            <strong>{names.get(w.id)}</strong>: qualified in the window {w.qualifiedInWindow ? `✓ yes (last in ${w.lastQualifiedMonth})` : '✗ no'}
          </li>
        ))}
      </ul>
      <figure className="chart" aria-label="Scores by month (the table below has the same numbers)">
        {/* Fills the width of the page (recharts' own resize observer), from 360 px phones to wide screens. */}
        <LineChart responsive style={{ width: '100%', height: 340 }} data={rows} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" />
          <YAxis domain={[0, 100]} />
          {windowMonths.length > 0 && <ReferenceArea x1={windowMonths[0]} x2={windowMonths.at(-1)} fill="#d0d7de" fillOpacity={0.4} />}
          <ReferenceLine y={70} stroke="#000" strokeDasharray="4 2" label="70" />
          <Tooltip />
          <Legend />
          {ids.map((id, i) => (
            <Line key={id} dataKey={id} name={names.get(id)} stroke={COLORS[i]} strokeDasharray={DASHES[i]} dot={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </figure>
      <ScoreTable rows={points} ids={ids} names={names} caption="Scores by month (✓ = qualified)" marked={(month) => (windowMonths.includes(month) ? 'window' : null)} />
    </section>
  );
}
