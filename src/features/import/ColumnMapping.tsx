/** When a file's headers are not recognised: map its columns to the fields of a kind of file. */
import { useState } from 'react';
import { KIND_BY_ID, KINDS, type FileKind } from '../../io/kinds';

export function ColumnMapping({ fileName, headers, onApply }: { fileName: string; headers: string[]; onApply: (kind: FileKind, mapping: Record<string, string>) => void }) {
  const [kind, setKind] = useState<FileKind>('azure');
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const spec = KIND_BY_ID[kind];
  const missing = spec.fields.filter((f) => f.required && !mapping[f.field]);
  return (
    <form
      className="mapping"
      aria-label={`Map the columns of ${fileName}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (missing.length === 0) onApply(kind, mapping);
      }}
    >
      <h4>Map the columns of {fileName}</h4>
      <p className="muted small">The headers were not recognised. Say what kind of file it is and which column holds each field; the mapping is remembered for files with the same headers.</p>
      <label>
        Kind of file{' '}
        <select
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as FileKind);
            setMapping({});
          }}
        >
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <div className="mapping-grid">
        {spec.fields.map((field) => (
          <label key={field.field}>
            {field.field}
            {field.required ? ' (required)' : ''}
            <select value={mapping[field.field] ?? ''} onChange={(e) => setMapping((m) => ({ ...m, [field.field]: e.target.value }))}>
              <option value="">— not in this file —</option>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <button type="submit" disabled={missing.length > 0}>
        Load {fileName} with this mapping
      </button>
      {missing.length > 0 && <p className="muted small">Still needed: {missing.map((f) => f.field).join(', ')}.</p>}
    </form>
  );
}
