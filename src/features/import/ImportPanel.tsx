/** Bring in your own files: drop zone and picker, progress with cancel, what each file was read as, problems. */
import { useState } from 'react';
import { KINDS, type FileKind } from '../../io/kinds';
import { useStore } from '../../store/store';
import { download, formatNumber } from '../../ui/format';
import { ColumnMapping } from './ColumnMapping';
import { ProblemsList } from './ProblemsList';
import { TableWrap } from '../../ui/TableWrap';

function templateCsv(kind: (typeof KINDS)[number]): string {
  return `${kind.fields.map((f) => f.field).join(',')}\n`;
}

export function ImportPanel() {
  const { importing, lastAttempt, files, source, load, addFiles, cancelImport, remapFile, removeFile, retryWithMapping, replaced, undoReplace, keepReplacement } = useStore();
  const [dragging, setDragging] = useState(false);
  const progress = importing?.progress;
  // A one-column header is a delimiter problem (its message says so), not something a mapping can fix.
  const unrecognised = lastAttempt?.files.filter((f) => f.kind === null && f.headers.length > 1) ?? [];
  return (
    <section aria-labelledby="files-title">
      <h2 id="files-title">Your files</h2>
      <p>Drop your Partner Center exports here. They are read in your browser and stored only in this browser (IndexedDB); nothing is uploaded.</p>
      <div
        className={`dropzone ${dragging ? 'dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void addFiles([...e.dataTransfer.files]);
        }}
      >
        <p>Drop CSV files here, or</p>
        <label className="button">
          Choose files…
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv"
            multiple
            className="visually-hidden"
            aria-label="Choose CSV files to load"
            onChange={(e) => {
              void addFiles([...(e.target.files ?? [])]);
              e.target.value = '';
            }}
          />
        </label>
      </div>

      {importing && (
        <div className="importing" role="status">
          <p>Reading {importing.files.join(', ')}…</p>
          <div
            className="bar"
            role="progressbar"
            aria-label="Import progress"
            aria-valuemin={0}
            aria-valuemax={progress?.totalBytes ?? 1}
            aria-valuenow={progress?.bytes ?? 0}
            aria-valuetext={
              progress
                ? `${progress.file}: ${formatNumber(Math.round(progress.bytes / 1024))} of ${formatNumber(Math.round(progress.totalBytes / 1024))} KB, ${formatNumber(progress.rows)} rows`
                : 'starting'
            }
          >
            <div className="bar-fill" style={{ width: `${progress && progress.totalBytes ? (progress.bytes / progress.totalBytes) * 100 : 0}%` }} />
          </div>
          {progress && (
            <p className="small">
              {progress.file}: {formatNumber(Math.round(progress.bytes / 1024))} / {formatNumber(Math.round(progress.totalBytes / 1024))} KB, {formatNumber(progress.rows)} rows
            </p>
          )}
          <button type="button" onClick={cancelImport}>
            Cancel import
          </button>
        </div>
      )}

      {replaced && (
        <div className="callout" role="status">
          <p>
            {replaced.names.join(', ')} replaced the loaded file{replaced.names.length === 1 ? '' : 's'} of the same name (a corrected file replaces the old one; it is not added to it).
          </p>
          <button type="button" onClick={() => void undoReplace()}>
            Undo: put the old file{replaced.names.length === 1 ? '' : 's'} back
          </button>{' '}
          <button type="button" onClick={() => void keepReplacement()}>
            Keep the new file{replaced.names.length === 1 ? '' : 's'}
          </button>
        </div>
      )}

      {lastAttempt && !lastAttempt.kept && (
        <p className="callout" role="alert">
          The last files could not be loaded; the data shown before is still loaded. See the problems below.
        </p>
      )}

      <h3>Loaded {source === 'sample' ? '(the sample partner)' : ''}</h3>
      <TableWrap label={'Files'}>
        <table>
          <caption className="visually-hidden">Loaded files</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Read as</th>
              <th scope="col">Rows loaded</th>
              <th scope="col">Rejected</th>
              <th scope="col">Duplicates</th>
              {source === 'user' && <th scope="col">Remove</th>}
            </tr>
          </thead>
          <tbody>
            {(load?.files ?? [])
              .filter((f) => f.kind !== null && f.rowsLoaded > 0)
              .map((f) => (
                <tr key={f.id}>
                  <td>{f.file}</td>
                  <td>
                    {source === 'user' ? (
                      <select
                        aria-label={`Kind of ${f.file}`}
                        value={files.find((s) => s.id === f.id)?.kind ?? f.kind ?? ''}
                        onChange={(e) => void remapFile(f.id, (e.target.value || undefined) as FileKind | undefined)}
                      >
                        <option value="">detect from headers{f.kind ? ` (${f.kind})` : ''}</option>
                        {KINDS.map((k) => (
                          <option key={k.kind} value={k.kind}>
                            {k.label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      (KINDS.find((k) => k.kind === f.kind)?.label ?? 'not recognised')
                    )}
                  </td>
                  <td className="num">{formatNumber(f.rowsLoaded)}</td>
                  <td className="num">{formatNumber(f.rowsRejected)}</td>
                  <td className="num">{formatNumber(f.duplicates)}</td>
                  {source === 'user' && (
                    <td>
                      <button type="button" onClick={() => void removeFile(f.id)} aria-label={`Remove ${f.file}`}>
                        Remove
                      </button>
                    </td>
                  )}
                </tr>
              ))}
          </tbody>
        </table>
      </TableWrap>

      {lastAttempt && lastAttempt.files.some((f) => f.kind === null || f.rowsLoaded === 0) && (
        <>
          <h3>Not loaded</h3>
          <ul>
            {lastAttempt.files
              .filter((f) => f.kind === null || f.rowsLoaded === 0)
              .map((f) => (
                <li key={f.file}>
                  <strong>{f.file}</strong>: {lastAttempt.problems.find((p) => p.file === f.file && p.severity === 'error')?.message ?? (f.cancelled ? 'cancelled' : 'no rows could be loaded')}
                </li>
              ))}
          </ul>
        </>
      )}

      {unrecognised.map((f) => (
        <ColumnMapping key={f.file} fileName={f.file} headers={f.headers} onApply={(kind, mapping) => void retryWithMapping(f.file, kind, mapping)} />
      ))}

      {lastAttempt && <ProblemsList problems={lastAttempt.problems} />}

      <section aria-labelledby="templates-title">
        <h3 id="templates-title">Templates</h3>
        <ul className="plain">
          {KINDS.map((k) => (
            <li key={k.kind}>
              <button type="button" className="link-button" onClick={() => download(`${k.kind}.csv`, templateCsv(k))}>
                {k.label} ({k.kind}.csv)
              </button>{' '}
              <span className="muted small">{k.origin}</span>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
