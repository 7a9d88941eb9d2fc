/**
 * The CLI's JSON document (FORMATS.md contract v1): the contract's fields keep their names and meaning;
 * explanations, components, the window, Microsoft Cloud, specializations and file reports are added fields.
 */
import type { EditionComparison, ScoreReport } from '../engine';
import type { ImportResult } from '../io/import';

export function toContractJson(report: ScoreReport, imported: ImportResult) {
  return {
    edition: report.edition,
    month: report.month,
    designations: report.designations.map((d) => ({
      id: d.id,
      name: d.name,
      path: d.path,
      pathReason: d.pathReason,
      score: d.score,
      scoreExact: d.scoreExact,
      qualified: d.qualified,
      status: d.status,
      statusReason: d.statusReason,
      paths: d.paths.map((p) => ({
        path: p.path,
        score: p.score,
        scoreExact: p.scoreExact,
        qualified: p.qualified,
        blockers: p.blockers,
        metrics: p.metrics.map((m) => ({
          id: m.id,
          points: m.points,
          max: m.max,
          value: m.value,
          label: m.label,
          unit: m.unit,
          pointsExact: m.pointsExact,
          meetsMinimum: m.meetsMinimum,
          rule: m.rule,
          summary: m.summary,
          components: m.components,
          ...(m.bestComponent ? { bestComponent: m.bestComponent } : {}),
          explanation: m.items,
        })),
      })),
    })),
    window: report.window,
    microsoftCloud: report.microsoftCloud,
    specializations: report.specializations.filter((s) => s.openedBy.length > 0).map(({ id, name, openedBy }) => ({ id, name, openedBy })),
    notes: report.notes,
    files: imported.files.map(({ file, kind, encoding, delimiter, rowsRead, rowsLoaded, rowsRejected, duplicates }) => ({
      file,
      kind,
      encoding,
      delimiter,
      rowsRead,
      rowsLoaded,
      rowsRejected,
      duplicates,
    })),
    problems: imported.problems.map(({ file, row, column, message, severity }) => ({ file, row, column, message, severity })),
  };
}

/**
 * `--compare-editions --json` (FORMATS.md "Comparing editions"): `reports.<edition>` is exactly the --json
 * document of that edition; `differences` as the contract says; `changes` (added) is the newer edition's change
 * table with `affected` telling whether it moved this partner's numbers.
 */
export function toComparisonJson(comparison: EditionComparison, imported: ImportResult) {
  return {
    month: comparison.month,
    editions: comparison.editions,
    reports: Object.fromEntries(comparison.editions.map((e) => [e, toContractJson(comparison.reports[e]!, imported)])),
    differences: comparison.differences,
    changes: comparison.changes,
  };
}
