/** The History address: loaded on first visit with the chart library (routes.tsx). */
import { useHistory, useScore, useWindow } from '../queries';
import { History } from './History';

export function HistoryPage() {
  const score = useScore();
  const history = useHistory(true);
  const qualificationWindow = useWindow(true);
  if (score.isError) return <p role="alert">Scoring failed: {String(score.error)}</p>;
  if (!score.data || !history.data || !qualificationWindow.data) return <p role="status">Computing history…</p>;
  return <History points={history.data} report={score.data} window={qualificationWindow.data} />;
}
