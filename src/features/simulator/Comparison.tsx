/** Baseline and scenario side by side: totals, metrics, qualification and path, with every change marked. */
import type { ScoreReport } from '../../engine/types';
import { formatNumber, formatPoints, formatQuantity, PATH_NAMES } from '../../ui/format';
import { TableWrap } from '../../ui/TableWrap';

function Delta({ before, after }: { before: number; after: number }) {
  const d = Math.round((after - before) * 100) / 100;
  if (d === 0) return <span className="muted">±0</span>;
  return <strong className={d > 0 ? 'up' : 'down'}>{d > 0 ? `▲ +${formatPoints(d)}` : `▼ ${formatPoints(d)}`}</strong>;
}

export function Comparison({ baseline, scenario }: { baseline: ScoreReport; scenario: ScoreReport }) {
  return (
    <section aria-labelledby="compare-title">
      <h3 id="compare-title">Baseline vs scenario — {scenario.month}</h3>
      <TableWrap label={'Baseline and scenario'}>
        <table>
          <caption className="visually-hidden">Scores before and after the scenario</caption>
          <thead>
            <tr>
              <th scope="col">Designation</th>
              <th scope="col">Baseline</th>
              <th scope="col">Scenario</th>
              <th scope="col">Change</th>
              <th scope="col">Qualified</th>
              <th scope="col">Path</th>
            </tr>
          </thead>
          <tbody>
            {scenario.designations.map((after) => {
              const before = baseline.designations.find((d) => d.id === after.id)!;
              const changed = before.score !== after.score || before.qualified !== after.qualified || before.path !== after.path;
              return (
                <tr key={after.id} className={changed ? 'changed' : ''}>
                  <th scope="row">{after.name}</th>
                  <td className="num">{formatPoints(before.score)}</td>
                  <td className="num">{formatPoints(after.score)}</td>
                  <td className="num">
                    <Delta before={before.score} after={after.score} />
                  </td>
                  <td>
                    {before.qualified ? '✓' : '✗'} → {after.qualified ? '✓ qualified' : '✗ not qualified'}
                    {before.qualified !== after.qualified ? ' (changes)' : ''}
                  </td>
                  <td>
                    {PATH_NAMES[before.path]}
                    {before.path !== after.path ? ` → ${PATH_NAMES[after.path]} (path changes)` : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      {scenario.designations.map((after) => {
        const before = baseline.designations.find((d) => d.id === after.id)!;
        const pathAfter = after.paths.find((p) => p.path === after.path)!;
        const pathBefore = before.paths.find((p) => p.path === after.path)!;
        if (before.score === after.score && before.path === after.path) return null;
        return (
          <details key={after.id} open>
            <summary>
              {after.name}: metrics on the {PATH_NAMES[after.path]} path
            </summary>
            <TableWrap label={`${after.name} metrics before and after`}>
              <table>
                <caption className="visually-hidden">{after.name} metrics before and after</caption>
                <thead>
                  <tr>
                    <th scope="col">Metric</th>
                    <th scope="col">Points before</th>
                    <th scope="col">Points after</th>
                    <th scope="col">Change</th>
                    <th scope="col">Value before → after</th>
                  </tr>
                </thead>
                <tbody>
                  {pathAfter.metrics.map((m, i) => {
                    const b = pathBefore.metrics[i]!;
                    return (
                      <tr key={m.id} className={b.points !== m.points ? 'changed' : ''}>
                        <th scope="row">{m.label}</th>
                        <td className="num">
                          {formatPoints(b.points)} / {b.max}
                        </td>
                        <td className="num">
                          {formatPoints(m.points)} / {m.max}
                          {m.meetsMinimum ? '' : ' ⚠ below 1'}
                        </td>
                        <td className="num">
                          <Delta before={b.points} after={m.points} />
                        </td>
                        <td>
                          {formatNumber(b.value)} → {formatQuantity(m.value, m.unit)}
                          {/* When the metric's value stays but a part of it moved (a prerequisite now met), say which. */}
                          {m.components
                            .filter((c, k) => m.components.length > 1 && b.components[k] && b.components[k].value !== c.value)
                            .map((c) => (
                              <div key={c.id} className="small muted">
                                {c.label}: {formatNumber(b.components.find((x) => x.id === c.id)!.value)} → {formatNumber(c.value)}
                                {c.gated ? ' (still waiting for the prerequisite)' : ''}
                              </div>
                            ))}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableWrap>
          </details>
        );
      })}
    </section>
  );
}
