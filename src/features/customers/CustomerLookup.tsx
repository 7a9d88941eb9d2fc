/** Partner Center's "customer eligibility": type a tenant or name, see how it counts in every designation. */
import { useMemo, useState } from 'react';
import type { ScoreReport } from '../../engine/types';
import { PATH_NAMES } from '../../ui/format';

export function lookupCustomer(report: ScoreReport, query: string) {
  const q = query.trim().toLowerCase();
  if (q.length < 2) return [];
  const lines: { designation: string; path: string; metric: string; subject: string; counted: boolean; reason: string }[] = [];
  for (const d of report.designations) {
    const path = d.paths.find((p) => p.path === d.path)!;
    for (const m of path.metrics)
      for (const item of m.items) {
        if (item.subjectKind !== 'tenant' && item.subjectKind !== 'pair') continue;
        if (!`${item.subject} ${item.name ?? ''}`.toLowerCase().includes(q)) continue;
        lines.push({ designation: d.name, path: PATH_NAMES[d.path] ?? d.path, metric: m.label, subject: item.name ?? item.subject, counted: item.counted, reason: item.reason });
      }
  }
  return lines;
}

export function CustomerLookup({ report }: { report: ScoreReport }) {
  const [query, setQuery] = useState('');
  const lines = useMemo(() => lookupCustomer(report, query), [report, query]);
  return (
    <section aria-labelledby="customers-title">
      <h2 id="customers-title">Customer lookup</h2>
      <label>
        Tenant id or customer name <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. Alder or 3f2a0001" />
      </label>
      {query.trim().length >= 2 && lines.length === 0 && <p>No customer matches “{query}” in the scored data.</p>}
      {lines.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">How the customer counts</caption>
            <thead>
              <tr>
                <th scope="col">Customer</th>
                <th scope="col">Designation (path)</th>
                <th scope="col">Metric</th>
                <th scope="col">Counts</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {lines.slice(0, 300).map((l, i) => (
                <tr key={i}>
                  <td>{l.subject}</td>
                  <td>
                    {l.designation} ({l.path})
                  </td>
                  <td>{l.metric}</td>
                  <td>{l.counted ? '✓ yes' : '✗ no'}</td>
                  <td>{l.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
