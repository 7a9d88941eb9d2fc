import { monthsBetween } from '../engine/months';

/** The months of the data as <option>s, newest first. */
export function MonthOptions({ first, last }: { first: string; last: string }) {
  return (
    <>
      {monthsBetween(first, last)
        .reverse()
        .map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
    </>
  );
}
