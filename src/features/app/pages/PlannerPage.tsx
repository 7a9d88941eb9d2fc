import { Planner } from '../../planner/Planner';
import { WithReport } from '../WithReport';

export const PlannerPage = () => <WithReport>{(report) => <Planner report={report} />}</WithReport>;
