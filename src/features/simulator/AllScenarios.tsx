/** Several scenarios side by side: each designation's score and qualification under the baseline and each scenario. */
import type { Scenario } from '../../engine/scenario';
import { formatPoints } from '../../ui/format';
import { useAllSimulations } from '../queries';
import { TableWrap } from '../../ui/TableWrap';

export function AllScenarios({ scenarios }: { scenarios: Scenario[] }) {
  const results = useAllSimulations(scenarios);
  const first = results.find((r) => r.data)?.data;
  if (scenarios.length < 2 || !first) return null;
  return (
    <section aria-labelledby="all-title">
      <h3 id="all-title">All scenarios side by side</h3>
      <TableWrap label={'Scores under each scenario'}>
        <table>
          <caption className="visually-hidden">Scores under each scenario (✓ = qualified)</caption>
          <thead>
            <tr>
              <th scope="col">Designation</th>
              <th scope="col">Baseline</th>
              {scenarios.map((s) => (
                <th scope="col" key={s.id}>
                  {s.name}
                  {s.month ? ` (${s.month})` : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first.baseline.designations.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                <td className="num">
                  {formatPoints(d.score)} {d.qualified ? '✓' : '✗'}
                </td>
                {results.map((r, i) => {
                  const after = r.data?.scenario.designations.find((x) => x.id === d.id);
                  return (
                    <td className="num" key={scenarios[i]!.id}>
                      {after ? `${formatPoints(after.score)} ${after.qualified ? '✓' : '✗'}` : '…'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
