/**
 * CSV text for downloads. No DOM: the worker uses it too.
 * Safe to open in a spreadsheet (OWASP "CSV injection"): a text cell that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return is prefixed with `'` so it is shown as text, never run as a formula; numbers stay
 * numbers (a negative number is a number, not a formula). Cells with `"`, `,`, `;`, `\n` or `\r` are quoted.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",;\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: (string | number | boolean | undefined | null)[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
