import { usePeople, useRisk } from '../../queries';
import { Risk } from '../../risk/Risk';
import { WithReport } from '../WithReport';

export function RiskPage() {
  const risk = useRisk(true);
  const people = usePeople(true);
  return <WithReport>{(report) => (risk.data && people.data ? <Risk risk={risk.data} people={people.data} report={report} /> : <p role="status">Looking ahead…</p>)}</WithReport>;
}
