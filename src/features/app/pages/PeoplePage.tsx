import { People } from '../../people/People';
import { usePeople } from '../../queries';
import { WithReport } from '../WithReport';

export function PeoplePage() {
  const people = usePeople(true);
  return <WithReport>{(report) => (people.data ? <People people={people.data} report={report} /> : <p role="status">Loading people…</p>)}</WithReport>;
}
