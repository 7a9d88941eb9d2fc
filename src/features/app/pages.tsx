/**
 * The overview's address (loaded with the page); every other view is its own chunk under pages/, loaded when
 * first opened (routes.tsx).
 */
import { useNavigate } from '@tanstack/react-router';
import type { DesignationId, ScoreReport } from '../../engine/types';
import { useStore } from '../../store/store';
import { Overview } from '../overview/Overview';
import { useEditionSummary, useNextSteps } from '../queries';
import { WithReport } from './WithReport';

export function OverviewPage() {
  const navigate = useNavigate();
  return <WithReport>{(report) => <OverviewWithSteps report={report} onOpen={(id) => void navigate({ to: '/designation/$id', params: { id } })} />}</WithReport>;
}

function OverviewWithSteps({ report, onOpen }: { report: ScoreReport; onOpen: (id: DesignationId) => void }) {
  const steps = useNextSteps(report);
  const summary = useEditionSummary(report.edition);
  const createScenario = useStore((s) => s.createScenario);
  const navigate = useNavigate();
  return (
    <Overview
      report={report}
      onOpen={onOpen}
      nextSteps={steps.data}
      specializationsNote={summary.data?.specializationsNote}
      onApply={(name, changes) => {
        createScenario(name, changes);
        void navigate({ to: '/simulator' });
      }}
    />
  );
}
