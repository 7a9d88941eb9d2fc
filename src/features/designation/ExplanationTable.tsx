/**
 * Who and what counted for a metric, and why not: sortable, searchable, exportable as CSV, and browsable to the
 * last line however many there are (a virtualised table; a metric with more lines than the page was sent asks
 * the worker for all of them when opened).
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ExplanationItem } from '../../engine/types';
import { download, formatNumber, toCsv, withoutDecisionIds } from '../../ui/format';
import { VirtualTable } from '../../ui/VirtualTable';

/** How to get every line of a metric the page has only the first lines of. */
export interface AllLines {
  key: unknown[];
  load: () => Promise<ExplanationItem[]>;
}

export function ExplanationTable(props: { items: ExplanationItem[]; caption: string; fileName: string; total?: number; exportAll?: () => Promise<string>; all?: AllLines | undefined }) {
  if (props.total !== undefined && props.all) return <WithAllLines {...props} all={props.all} />;
  return <Lines {...props} />;
}

function WithAllLines(props: { items: ExplanationItem[]; caption: string; fileName: string; total?: number; exportAll?: () => Promise<string>; all: AllLines }) {
  const full = useQuery({ queryKey: props.all.key, queryFn: props.all.load, staleTime: Infinity });
  if (full.data) return <Lines items={full.data} caption={props.caption} fileName={props.fileName} />;
  return (
    <>
      <p role="status" className="muted small">
        {full.isError ? `Could not read all ${props.total} lines: ${String(full.error)}. The first ${props.items.length} are below.` : `Reading all ${props.total} lines…`}
      </p>
      <Lines {...props} />
    </>
  );
}

type Key = 'subject' | 'counted' | 'effect' | 'reason';

function Lines({
  items,
  caption,
  fileName,
  total,
  exportAll,
}: {
  items: ExplanationItem[];
  caption: string;
  fileName: string;
  total?: number | undefined;
  exportAll?: (() => Promise<string>) | undefined;
}) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: Key; asc: boolean }>({ key: 'counted', asc: false });
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    const filtered = q ? items.filter((i) => `${i.subject} ${i.name ?? ''} ${i.reason}`.toLowerCase().includes(q)) : items;
    const value = (i: ExplanationItem): string | number =>
      sort.key === 'subject' ? (i.name ?? i.subject).toLowerCase() : sort.key === 'counted' ? Number(i.counted) : sort.key === 'effect' ? (i.effect ?? 0) : i.reason;
    return [...filtered].sort((a, b) => {
      const x = value(a),
        y = value(b);
      return (x < y ? -1 : x > y ? 1 : 0) * (sort.asc ? 1 : -1);
    });
  }, [items, query, sort]);
  const header = (key: Key, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort" onClick={() => setSort((s) => ({ key, asc: s.key === key ? !s.asc : true }))}>
        {label}
        {sort.key === key ? (sort.asc ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  if (items.length === 0) return <p className="muted">Nothing in the data for this metric.</p>;
  return (
    <div className="explain">
      <div className="explain-tools">
        <label>
          Search <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="name, id or reason" />
        </label>
        <button
          type="button"
          onClick={async () =>
            download(
              fileName,
              total !== undefined && exportAll && !query
                ? await exportAll()
                : toCsv([['subject', 'name', 'part', 'counted', 'effect', 'reason'], ...rows.map((i) => [i.subject, i.name, i.component, i.counted ? 'yes' : 'no', i.effect, i.reason])]),
            )
          }
        >
          Export CSV
        </button>
        <span className="muted small" aria-live="polite">
          {rows.length} of {items.length} shown{total !== undefined ? ` (the first ${items.length} of ${total} lines, counted first; the export has all)` : ''}
        </span>
      </div>
      <VirtualTable
        label={caption}
        caption={caption}
        columns={4}
        count={rows.length}
        head={
          <tr>
            {header('subject', 'Who / what')}
            {header('counted', 'Counted')}
            {header('effect', 'Effect')}
            {header('reason', 'Why')}
          </tr>
        }
        row={(n) => {
          const i = rows[n]!;
          return (
            <tr key={`${i.subject}-${i.component}-${n}`}>
              <td>
                {i.name ?? i.subject}
                {i.name && <div className="muted small">{i.subject}</div>}
              </td>
              <td>{i.counted ? '✓ yes' : '✗ no'}</td>
              <td className="num">{i.effect === undefined ? '' : `${i.effect > 0 ? '+' : ''}${formatNumber(i.effect)}`}</td>
              <td>{withoutDecisionIds(i.reason)}</td>
            </tr>
          );
        }}
      />
    </div>
  );
}
