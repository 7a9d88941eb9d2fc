/** Every person: certifications, where they count, and what expires or retires in the next six months. */
import { shortCertificationName } from '../../engine/names';
import { useState } from 'react';
import type { ScoreReport } from '../../engine/types';
import { formatPoints } from '../../ui/format';
import type { PersonView } from '../../worker/api';
import { VirtualTable } from '../../ui/VirtualTable';

export function People({ people, report }: { people: PersonView[]; report: ScoreReport }) {
  const [query, setQuery] = useState('');
  const names = new Map(report.designations.map((d) => [d.id, d.name]));
  const q = query.trim().toLowerCase();
  const shown = people.filter((p) => !q || `${p.id} ${p.name ?? ''} ${p.certifications.map((c) => c.catalogName ?? c.name).join(' ')}`.toLowerCase().includes(q));
  const atRisk = people.filter((p) => p.atRisk.length > 0);
  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">People</h2>
      {atRisk.length > 0 && (
        <section className="panel" aria-labelledby="risk-title">
          <h3 id="risk-title">Expiring or retiring in the next six months</h3>
          <ul className="plain">
            {atRisk.flatMap((p) =>
              p.atRisk.map((r) => (
                <li key={`${p.id}-${r.certification}`}>
                  ⚠ <strong>{p.name ?? p.id}</strong>: {r.certification} counts until {r.lastDay}
                  {r.pointsAtRisk.length > 0 ? ` — points at risk: ${r.pointsAtRisk.map((x) => `${names.get(x.designation)} −${formatPoints(x.points)}`).join(', ')}` : ' — no points at risk'}
                </li>
              )),
            )}
          </ul>
        </section>
      )}
      <label>
        Search people <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="name, email or certification" />
      </label>
      <p className="muted small">
        {shown.length} of {people.length} people{q ? ` match “${query.trim()}”` : ''}.
      </p>
      <VirtualTable
        label="People"
        caption="People and their certifications"
        columns={3}
        count={shown.length}
        estimateRowHeight={90}
        head={
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Certifications</th>
            <th scope="col">Counts toward</th>
          </tr>
        }
        row={(n) => {
          const p = shown[n]!;
          return (
            <tr key={p.id}>
              <td>
                {p.name ?? p.id}
                <div className="muted small">{p.id}</div>
              </td>
              <td>
                <ul className="plain">
                  {p.certifications.map((c, i) => (
                    <li key={i}>
                      {c.validOn ? '✓' : '✗'} {(c.catalogName ? shortCertificationName(c.catalogName) : undefined) ?? `${c.name} (not in the catalog)`}
                      <span className="muted small">
                        {c.expiresOn ? ` · expires ${c.expiresOn}` : ''}
                        {c.retiresOn ? ` · counts through ${c.retiresOn}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                {p.countsToward.length === 0 ? (
                  <span className="muted">nothing on the paths that count</span>
                ) : (
                  <ul className="plain">
                    {p.countsToward.map((c) => (
                      <li key={c.designation}>
                        {names.get(c.designation)}: {c.metrics.join(', ')}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        }}
      />
    </section>
  );
}
