/** An accessible progress bar: role, name and values for assistive tech; the numbers are also visible text. */
export function ProgressBar({ label, value, max, text, tone }: { label: string; value: number; max: number; text?: string; tone?: 'ok' | 'warn' | 'zero' }) {
  const percent = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return (
    <div className="bar-row">
      <div className={`bar bar-${tone ?? 'ok'}`} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={value} aria-valuetext={text ?? `${value} of ${max}`}>
        <div className="bar-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
