/** One designation's address: both paths, every metric explained, what one more unit is worth. */
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import type { DesignationId, ScoreReport } from '../../../engine/types';
import { useStore } from '../../../store/store';
import { engine } from '../../../worker/client';
import { DesignationDetail } from '../../designation/DesignationDetail';
import { useDesignation, useWorth } from '../../queries';
import { useEdition, useScoringMonth } from '../../scope';
import { WithReport } from '../WithReport';

export function DesignationPage() {
  const { id } = useParams({ from: '/designation/$id' });
  return <WithReport>{(report) => <DesignationView id={id} report={report} />}</WithReport>;
}

function DesignationView({ id, report }: { id: string; report: ScoreReport }) {
  const known = report.designations.find((d) => d.id === id);
  const navigate = useNavigate();
  const detail = useDesignation((known?.id ?? report.designations[0]!.id) as DesignationId);
  const worth = useWorth((known?.id ?? report.designations[0]!.id) as DesignationId, detail.data !== undefined);
  const version = useStore((s) => s.load?.version ?? null);
  const month = useScoringMonth();
  const edition = useEdition();
  if (!known)
    return (
      <p role="alert">
        There is no designation “{id}”. <Link to="/">Back to the overview</Link>
      </p>
    );
  return (
    <>
      <label>
        Designation{' '}
        <select value={known.id} onChange={(e) => void navigate({ to: '/designation/$id', params: { id: e.target.value } })}>
          {report.designations.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      </label>
      {detail.data && detail.data.id === known.id ? (
        <DesignationDetail
          d={detail.data}
          worth={worth.data}
          allLines={{ key: ['explain-all', version, month, edition], load: (path, metric) => engine().explanationItems(version!, month!, known.id, path, metric, edition) }}
          exportAll={(path, metric) => engine().explanationCsv(version!, month!, known.id, path, metric, edition)}
        />
      ) : (
        <p role="status">Explaining…</p>
      )}
    </>
  );
}
