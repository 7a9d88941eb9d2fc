/**
 * Edits one change in place: every text and number in it becomes a labelled input (ids and the change's type
 * stay fixed); the result is validated with the same schema as imported scenarios before it replaces the old one.
 */
import { useState } from 'react';
import type { Change } from '../../engine/scenario';
import { parseChange } from '../../store/scenarioSchema';

type Leaf = { path: (string | number)[]; value: string | number };
const FIXED = new Set(['type', 'personId', 'tenantId', 'certificationId']);

function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof value === 'string' || typeof value === 'number') return FIXED.has(String(path.at(-1))) ? [] : [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [];
}

function setAt(target: unknown, path: (string | number)[], value: string | number): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(target) ? [...target] : { ...(target as object) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, value);
  return copy;
}

const labelOf = (path: (string | number)[]) => path.map((p) => (typeof p === 'number' ? `#${p + 1}` : p.replace(/([A-Z])/g, ' $1').toLowerCase())).join(' › ');

export function ChangeEditor({ change, onSave, onCancel }: { change: Change; onSave: (c: Change) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<unknown>(change);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="change-form"
      aria-label="Edit change"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = parseChange(draft);
        if (parsed.ok) onSave(parsed.change);
        else setError(parsed.message);
      }}
    >
      {leaves(draft).map(({ path, value }) => (
        <label key={path.join('.')}>
          {labelOf(path)}
          <input
            type={typeof value === 'number' ? 'number' : 'text'}
            value={value}
            onChange={(e) => setDraft((d: unknown) => setAt(d, path, typeof value === 'number' ? Number(e.target.value) : e.target.value))}
          />
        </label>
      ))}
      {error && <p role="alert">{error}</p>}
      <div className="quick">
        <button type="submit">Save change</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
