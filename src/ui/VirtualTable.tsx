/**
 * A table of any length that stays fast: only the rows in view (and a few around them) are in the page
 * (@tanstack/react-virtual); spacer rows keep the scroll height, so it scrolls like the whole table and keeps
 * table semantics (header, caption, row count for assistive technology). The scrolling box is a named,
 * keyboard-focusable region.
 */
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { cloneElement, useRef } from 'react';

const SCREENFUL = { width: 1000, height: 800 };

export function VirtualTable({
  label,
  caption,
  head,
  count,
  row,
  estimateRowHeight = 40,
  columns,
}: {
  label: string;
  caption: string;
  head: React.ReactNode;
  count: number;
  /** The row at `index` (a <tr>; it is measured, so rows may differ in height). */
  row: (index: number) => React.ReactElement<RowProps>;
  estimateRowHeight?: number;
  columns: number;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // A box without a size yet (before layout, or where there is no layout engine, as in jsdom) counts as one
  // screenful, so the first rows are always there. No React Compiler here, so the virtualizer's unmemoisable
  // functions are fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimateRowHeight,
    overscan: 8,
    initialRect: SCREENFUL,
    observeElementRect: (instance, report) => observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : SCREENFUL)),
    // Rows are measured (they differ in height); a row without layout keeps the estimate.
    measureElement: (element) => element.getBoundingClientRect().height || estimateRowHeight,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={scroller} className="table-wrap virtual" tabIndex={0} role="region" aria-label={label}>
      <table aria-rowcount={count + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>{head}</thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns} style={{ height: top, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => (
            <RowRef key={item.key} index={item.index} measure={virtualizer.measureElement}>
              {row(item.index)}
            </RowRef>
          ))}
          {bottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns} style={{ height: bottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Lets the virtualizer measure the caller's <tr> (its ref and data-index) and tells assistive technology its position. */
type RowProps = { ref?: React.Ref<HTMLTableRowElement>; 'data-index'?: number; 'aria-rowindex'?: number };

function RowRef({ index, measure, children }: { index: number; measure: (el: Element | null) => void; children: React.ReactElement<RowProps> }) {
  return cloneElement(children, { ref: measure, 'data-index': index, 'aria-rowindex': index + 2 });
}
