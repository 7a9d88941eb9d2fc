/** The CLI's readable output: one block per designation with its paths and metrics. */
import { PATH_NAMES } from '../engine/names';
import type { EditionComparison, ScoreReport } from '../engine';
import type { ImportResult } from '../io/import';

const PATH: Record<string, string> = PATH_NAMES;
const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const lpad = (text: string, width: number) => (text.length >= width ? text : ' '.repeat(width - text.length) + text);
const num = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

export function renderTable(report: ScoreReport, imported: ImportResult): string {
  const lines: string[] = [];
  lines.push(`PCS Planner — scoring month ${report.month}, rule edition ${report.edition}`);
  lines.push('');
  for (const d of report.designations) {
    const window = report.window.find((w) => w.id === d.id);
    lines.push(`${d.name}: ${num(d.score)} / 100 — ${d.qualified ? 'QUALIFIED' : 'not qualified'} (${PATH[d.path]} path)`);
    lines.push(`  path: ${d.pathReason}`);
    if (window)
      lines.push(
        `  qualification window ${window.months[0]?.month}..${window.months.at(-1)?.month}: ${window.qualifiedInWindow ? `qualified (last in ${window.lastQualifiedMonth})` : 'not qualified in any month'}`,
      );
    for (const p of d.paths) {
      lines.push(`  ${p.path === d.path ? '*' : ' '} ${pad(PATH[p.path] ?? p.path, 10)} ${lpad(num(p.score), 6)}  ${p.qualified ? 'qualifies' : p.blockers.join('; ')}`);
      for (const m of p.metrics) {
        const flag = m.meetsMinimum ? ' ' : '!';
        lines.push(`      ${flag} ${pad(m.label, 28)} ${lpad(num(m.points), 6)} / ${lpad(String(m.max), 2)}   ${num(m.value)} ${m.unit}`);
      }
    }
    lines.push('');
  }
  lines.push(`Microsoft Cloud (all six): ${report.microsoftCloud.qualified ? 'yes' : `no — missing ${report.microsoftCloud.missing.join(', ')}`}`);
  const open = report.specializations.filter((s) => s.openedBy.length > 0);
  lines.push(`Specializations open to apply for: ${open.length ? open.map((s) => s.name).join('; ') : 'none'}`);
  lines.push('');
  const errors = imported.problems.filter((p) => p.severity === 'error').length;
  const warnings = imported.problems.length - errors;
  for (const f of imported.files) lines.push(`${f.file}: ${f.kind ?? 'not recognised'}, ${f.rowsLoaded} rows loaded, ${f.rowsRejected} rejected${f.duplicates ? `, ${f.duplicates} duplicates` : ''}`);
  if (imported.problems.length) {
    lines.push(`${errors} error(s), ${warnings} warning(s):`);
    for (const p of imported.problems.slice(0, 50)) lines.push(`  ${p.file}:${p.row}${p.column ? ` [${p.column}]` : ''} ${p.severity}: ${p.message}`);
    if (imported.problems.length > 50) lines.push(`  … and ${imported.problems.length - 50} more (use --json for all)`);
  }
  lines.push('! = metric below 1 point: it blocks qualification however high the total.');
  return lines.join('\n');
}

/** `--compare-editions`: per designation, the older edition beside the newer, then each difference and its causes. */
export function renderComparison(comparison: EditionComparison): string {
  const [older, newer] = comparison.editions;
  const a = comparison.reports[older]!,
    b = comparison.reports[newer]!;
  const lines = [`PCS Planner — scoring month ${comparison.month}: rule edition ${older} beside ${newer}`, ''];
  lines.push(`${pad('designation', 36)} ${lpad(older, 18)}   ${lpad(newer, 18)}`);
  for (const d of b.designations) {
    const o = a.designations.find((x) => x.id === d.id)!;
    const side = (x: typeof d) => `${lpad(num(x.score), 6)} ${x.qualified ? '✓' : '✗'} ${pad(PATH[x.path] ?? x.path, 10)}`;
    lines.push(`${pad(d.name, 36)} ${side(o)}   ${side(d)}`);
  }
  lines.push('');
  lines.push(comparison.differences.length ? 'What changed for this partner:' : 'Nothing changed for this partner between the editions.');
  const byId = new Map(comparison.changes.map((c) => [c.id, c]));
  for (const diff of comparison.differences) {
    if (diff.metric === null) {
      lines.push(`  ${diff.explanation}`);
      continue;
    }
    lines.push(`    ${diff.explanation.split(' — ')[0]}`);
    for (const id of diff.changes) lines.push(`      · ${byId.get(id)?.text ?? id} (change ${id})`);
  }
  const unaffected = comparison.changes.filter((c) => !c.affected);
  if (unaffected.length) lines.push('', `${unaffected.length} other rule change(s) did not move this partner's numbers (see --json "changes").`);
  return lines.join('\n');
}
