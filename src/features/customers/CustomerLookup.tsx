/**
 * Partner Center's "customer eligibility": every customer listed at once (browse, or type to narrow), and for
 * the one chosen how it counts in every designation.
 */
import { useState } from 'react';
import { PATH_NAMES, withoutDecisionIds } from '../../ui/format';
import { VirtualTable } from '../../ui/VirtualTable';
import { useCustomerLookup, useDirectory } from '../queries';

/** All customers of the loaded data, narrowed by what is typed; choosing one looks it up. */
function CustomerList({ query, onChoose }: { query: string; onChoose: (id: string) => void }) {
  const directory = useDirectory();
  const q = query.trim().toLowerCase();
  const tenants = (directory.data?.tenants ?? []).filter((t) => !q || `${t.id} ${t.name ?? ''}`.toLowerCase().includes(q));
  if (!directory.data) return <p role="status">Listing customers…</p>;
  return (
    <>
      <p className="muted small">
        {tenants.length} of {directory.data.tenants.length} customers{q ? ` match “${query.trim()}”` : ''}. Choose one to see how it counts.
      </p>
      <VirtualTable
        label="Customers"
        caption="Customers in your data"
        columns={2}
        count={tenants.length}
        head={
          <tr>
            <th scope="col">Customer</th>
            <th scope="col">Tenant id</th>
          </tr>
        }
        row={(i) => {
          const t = tenants[i]!;
          return (
            <tr key={t.id}>
              <td>
                <button type="button" className="link-button" onClick={() => onChoose(t.id)}>
                  {t.name ?? t.id}
                </button>
              </td>
              <td className="small">{t.id}</td>
            </tr>
          );
        }}
      />
    </>
  );
}
import { TableWrap } from '../../ui/TableWrap';

export function CustomerLookup() {
  const [query, setQuery] = useState('');
  const lookup = useCustomerLookup(query);
  const lines = query.trim().length >= 1 ? (lookup.data ?? []) : [];
  return (
    <section aria-labelledby="customers-title">
      <h2 id="customers-title">Customer lookup</h2>
      <label>
        Tenant id or customer name <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. Alder or 3f2a0001" />
      </label>
      {query.trim().length >= 1 && lookup.isSuccess && lines.length === 0 && <p>No customer matches “{query}” in the scored data.</p>}
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
      <h3>All customers</h3>
      <CustomerList query={query} onChoose={setQuery} />
    </section>
  );
}
