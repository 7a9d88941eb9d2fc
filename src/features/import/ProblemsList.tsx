/** Every problem of an import (file, row, column, reason): filterable and downloadable. */
import { useMemo, useState } from 'react';
import type { Problem } from '../../io/problems';
import { download, toCsv } from '../../ui/format';
import { TableWrap } from '../../ui/TableWrap';

export function ProblemsList({ problems }: { problems: Problem[] }) {
  const [severity, setSeverity] = useState<'all' | 'error' | 'warning'>('all');
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return problems.filter((p) => (severity === 'all' || p.severity === severity) && (!q || `${p.file} ${p.column} ${p.message}`.toLowerCase().includes(q)));
  }, [problems, severity, query]);
  if (problems.length === 0) return <p>No problems: every row loaded.</p>;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section aria-labelledby="problems-title" className="problems">
      <h3 id="problems-title">
        Problems: {errors} error{errors === 1 ? '' : 's'}, {problems.length - errors} warning{problems.length - errors === 1 ? '' : 's'}
      </h3>
      <div className="explain-tools">
        <label>
          Show{' '}
          <select value={severity} onChange={(e) => setSeverity(e.target.value as typeof severity)}>
            <option value="all">all</option>
            <option value="error">errors (not loaded)</option>
            <option value="warning">warnings (loaded)</option>
          </select>
        </label>
        <label>
          Filter <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="file, column or text" />
        </label>
        <button
          type="button"
          onClick={() => download('problems.csv', toCsv([['file', 'row', 'column', 'severity', 'message'], ...shown.map((p) => [p.file, p.row, p.column, p.severity, p.message])]))}
        >
          Download problems (CSV)
        </button>
      </div>
      <TableWrap label={'Problems'}>
        <table>
          <caption className="visually-hidden">Import problems</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Severity</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, 1000).map((p, i) => (
              <tr key={i}>
                <td>{p.file}</td>
                <td className="num">{p.row === 0 ? 'file' : p.row}</td>
                <td>{p.column || '—'}</td>
                <td>{p.severity === 'error' ? '✗ error' : '⚠ warning'}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length > 1000 && <p className="muted small">First 1,000 shown; download for all {shown.length}.</p>}
      </TableWrap>
    </section>
  );
}
