/** Partner Center's "customer eligibility": type a tenant or name, see how it counts in every designation. */
import { useState } from 'react';
import { PATH_NAMES, withoutDecisionIds } from '../../ui/format';
import { useCustomerLookup } from '../queries';
import { TableWrap } from '../../ui/TableWrap';

export function CustomerLookup() {
  const [query, setQuery] = useState('');
  const lookup = useCustomerLookup(query);
  const lines = query.trim().length >= 2 ? (lookup.data ?? []) : [];
  return (
    <section aria-labelledby="customers-title">
      <h2 id="customers-title">Customer lookup</h2>
      <label>
        Tenant id or customer name <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. Alder or 3f2a0001" />
      </label>
      {query.trim().length >= 2 && lookup.isSuccess && lines.length === 0 && <p>No customer matches “{query}” in the scored data.</p>}
      {lines.length > 0 && (
        <TableWrap label={'How the customer counts'}>
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
                  <td>
                    {l.name ?? l.subject}
                    {l.name && <div className="muted small">{l.subject}</div>}
                  </td>
                  <td>
                    {l.designationName} ({PATH_NAMES[l.path] ?? l.path})
                  </td>
                  <td>{l.metric}</td>
                  <td>{l.counted ? '✓ yes' : '✗ no'}</td>
                  <td>{withoutDecisionIds(l.reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
