/**
 * A table that scrolls sideways on narrow screens instead of widening the page. The scrolling box is a named,
 * keyboard-focusable region (axe scrollable-region-focusable), so keyboard users can scroll it too.
 */
export function TableWrap({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
