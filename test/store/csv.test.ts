/** Exports are safe to open in a spreadsheet (OWASP CSV injection) and numbers stay numbers. */
import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/ui/csv';

describe('CSV exports', () => {
  it('neutralises every cell that a spreadsheet would run as a formula', () => {
    for (const attack of ['=1+1', "+cmd|' /C calc'!A0", '@SUM(1)', '-2+3', '=HYPERLINK("http://x","y")', '\tTAB', '\rCR']) {
      const cell = csvCell(attack);
      const parsed = Papa.parse<string[]>(cell, { delimiter: ',' }).data[0]![0]!;
      expect(parsed.startsWith("'"), `${JSON.stringify(attack)} → ${cell}`).toBe(true);
      expect(parsed.slice(1)).toBe(attack.replace(/\r/g, '\r'));
    }
  });

  it('numbers stay numbers, negative ones too; plain text is unchanged', () => {
    expect(toCsv([['subject', -2, 1.5, 'Alder Logistics']])).toBe('subject,-2,1.5,Alder Logistics\n');
  });

  it('quotes delimiters, quotes, and both line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });

  it('any text round-trips through a CSV parser, and no parsed cell starts a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const parsed = Papa.parse<string[]>(toCsv(rows), { skipEmptyLines: false, delimiter: ',' }).data.slice(0, rows.length);
        parsed.forEach((row, i) =>
          row.forEach((cell, j) => {
            expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
            expect(cell.startsWith("'") && /^[=+\-@\t\r]/.test(rows[i]![j]!) ? cell.slice(1) : cell).toBe(rows[i]![j]);
          }),
        );
      }),
      { seed: 8, numRuns: 300 },
    );
  });
});
