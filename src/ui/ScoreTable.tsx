/** Scores by month, one column per designation (✓ = qualified): History and Risk show the same table. */
import type { DesignationId } from '../engine/types';
import { formatPoints } from './format';
import { TableWrap } from './TableWrap';

export interface ScoreRow {
  month: string;
  scores: Partial<Record<DesignationId, { score: number; qualified: boolean }>>;
}

export function ScoreTable({
  rows,
  ids,
  names,
  caption,
  marked,
}: {
  rows: ScoreRow[];
  ids: DesignationId[];
  names: Map<DesignationId, string>;
  caption: string;
  marked?: (month: string) => string | null;
}) {
  return (
    <TableWrap label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            {ids.map((id) => (
              <th scope="col" key={id}>
                {names.get(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const mark = marked?.(row.month) ?? null;
            return (
              <tr key={row.month} className={mark ? 'in-window' : ''}>
                <th scope="row">
                  {row.month}
                  {mark ? ` (${mark})` : ''}
                </th>
                {ids.map((id) => (
                  <td key={id} className="num">
                    {formatPoints(row.scores[id]?.score ?? 0)} {row.scores[id]?.qualified ? '✓' : '✗'}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
