/** CSV text for downloads (quoted where needed). No DOM: the worker uses it too. */
export function toCsv(rows: (string | number | boolean | undefined)[][]): string {
  return rows.map((r) => r.map((c) => {
    const text = c === undefined ? '' : String(c);
    return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }).join(',')).join('\n') + '\n';
}
