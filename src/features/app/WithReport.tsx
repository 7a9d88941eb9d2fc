/** Renders a view once the scoring month's numbers are there; says so while they are computed. */
import type { ScoreReport } from '../../engine/types';
import { usePrefetchDesignations, useScore } from '../queries';

export function WithReport({ children }: { children: (report: ScoreReport) => React.ReactNode }) {
  const score = useScore();
  usePrefetchDesignations(score.data);
  if (score.isError) return <p role="alert">Scoring failed: {String(score.error)}</p>;
  if (!score.data) return <p role="status">Scoring…</p>;
  return <>{children(score.data)}</>;
}
