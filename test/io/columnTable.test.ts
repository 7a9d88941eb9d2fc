/**
 * The monthly kinds' column tables give back exactly the rows put in (issue 9): every field of each kind,
 * optional cells absent where they were absent, through growth, filter, map, append and trim; and an import
 * through the tables loads the same rows as the file says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ColumnTable, Dictionary } from '../../src/io/columnTable';
import { importFiles } from '../../src/io/import';
import { KIND_BY_ID } from '../../src/io/kinds';
import { sourceFromText } from '../../src/io/source';
import { tableOf, type TableKind } from '../../src/io/tables';

const text = fc.string({ minLength: 1, maxLength: 8 });
const amount = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
const count = fc.integer({ min: 0, max: 1_000_000 });

/** Arbitrary rows of each kind, with every optional field sometimes present and sometimes absent. */
const rowsOf: { [K in TableKind]: fc.Arbitrary<Record<string, string | number>> } = {
  azure: fc.record(
    { tenantId: text, month: text, service: text, association: text, offer: text, acrUsd: amount, cloud: text },
    { requiredKeys: ['tenantId', 'month', 'service', 'association', 'acrUsd'], noNullPrototype: true },
  ),
  m365: fc.record(
    { tenantId: text, month: text, workload: text, association: text, paidSeats: count, activeUsers: count, associatedOn: text },
    { requiredKeys: ['tenantId', 'month', 'workload', 'association', 'paidSeats', 'activeUsers'], noNullPrototype: true },
  ),
  bizapps_revenue: fc.record({ tenantId: text, month: text, workload: text, association: text, revenueUsd: amount }, { noNullPrototype: true }),
  bizapps_usage: fc.record({ tenantId: text, month: text, workload: text, association: text, usage: count }, { noNullPrototype: true }),
};
const KINDS = Object.keys(rowsOf) as TableKind[];

describe('column tables: the rows put in are the rows read back', () => {
  it.each(KINDS)('%s: every field of the kind is a column, and its reader gives each one back', (kind) => {
    // A row with every field present: the reader must return all of them (a field added to kinds.ts whose
    // reader is not updated fails here).
    const full = Object.fromEntries(KIND_BY_ID[kind].fields.map((f, i) => [f.prop, f.type === 'amount' || f.type === 'count' ? i + 0.5 : `value ${i}`]));
    const table = tableOf(kind, new Dictionary());
    table.push(full);
    expect(table.at(0)).toStrictEqual(full);
  });

  it.each(KINDS)('%s: through growth, filter, map, append and trim (property)', (kind) => {
    fc.assert(
      fc.property(fc.array(rowsOf[kind], { maxLength: 3000 }), fc.array(rowsOf[kind], { maxLength: 50 }), (rows, more) => {
        const dictionary = new Dictionary();
        const table = tableOf(kind, dictionary);
        for (const row of rows) table.push(row);
        expect(table).toHaveLength(rows.length);
        // Read back by position and by iteration; absent optional cells stay absent (toStrictEqual).
        rows.forEach((row, i) => expect(table.at(i)).toStrictEqual(row));
        expect(Array.from(table)).toStrictEqual(rows);

        const keep = (row: object) => Object.keys(row).length % 2 === 0;
        expect(Array.from(table.filter(keep))).toStrictEqual(rows.filter(keep));
        const first = KIND_BY_ID[kind].fields[0]!.prop;
        const renamed = (row: Record<string, string | number>) => ({ ...row, [first]: `${row[first]}!` });
        expect(Array.from(table.map(renamed as never))).toStrictEqual(rows.map(renamed));

        const other = tableOf(kind, dictionary);
        for (const row of more) other.push(row);
        table.append(other as never);
        expect(Array.from(table.trim())).toStrictEqual([...rows, ...more]);
      }),
      { numRuns: 25 },
    );
  });

  it('grows past its capacity when rows are pushed and appended (5,000 rows into 1,024 slots)', () => {
    const dictionary = new Dictionary();
    const rows = Array.from({ length: 5000 }, (_, i) => ({ tenantId: `t${i % 700}`, month: `2026-0${1 + (i % 9)}`, workload: 'Teams', association: 'CSP', usage: i }));
    const table = tableOf('bizapps_usage', dictionary);
    for (const row of rows) table.push(row);
    expect(Array.from(table)).toStrictEqual(rows);
    // Every row kept, every row changed, and the table appended to a copy of itself: each grows from its start.
    expect(Array.from(table.filter(() => true))).toStrictEqual(rows);
    expect(Array.from(table.map((r) => ({ ...r, usage: r.usage + 1 })))).toStrictEqual(rows.map((r) => ({ ...r, usage: r.usage + 1 })));
    const twice = table.filter(() => true);
    twice.append(table);
    expect(Array.from(twice)).toStrictEqual([...rows, ...rows]);
  });

  it('refuses to append a table with another dictionary, other columns or another reader (its cells would mean other things)', () => {
    const dictionary = new Dictionary();
    const a = tableOf('azure', dictionary);
    expect(() => a.append(tableOf('azure', new Dictionary()))).toThrow(/dictionary/);
    const m365 = tableOf('m365', dictionary);
    expect(() => a.append(m365 as never)).toThrow(/columns/);
    const sameColumns = new ColumnTable(a.columns, dictionary, (t, i) => ({ index: i, size: t.length }));
    expect(() => a.append(sameColumns as never)).toThrow(/reader/);
    a.append(tableOf('azure', dictionary));
    expect(a).toHaveLength(0);
  });
});

describe('import through column tables', () => {
  it('loads each row as the file gives it, across files of one kind, with optional cells absent where empty', async () => {
    const first = ['tenant_id,month,service,association,offer,acr_usd', 'a,2026-09,Virtual Machines,PAL,,12.5', 'b,2026-09,Key Vault,CSP,Trial,3'].join('\n');
    const second = ['tenant_id,month,service,association,acr_usd,cloud', 'c,2026-10,Virtual Machines,PAL,7,Azure China'].join('\n');
    const { dataset } = await importFiles([sourceFromText('one.csv', first), sourceFromText('two.csv', second)]);
    expect(Array.from(dataset.azure)).toStrictEqual([
      { tenantId: 'a', month: '2026-09', service: 'Virtual Machines', association: 'PAL', acrUsd: 12.5 },
      { tenantId: 'b', month: '2026-09', service: 'Key Vault', association: 'CSP', offer: 'Trial', acrUsd: 3 },
      { tenantId: 'c', month: '2026-10', service: 'Virtual Machines', association: 'PAL', acrUsd: 7, cloud: 'Azure China' },
    ]);
  });

  it('a row is a duplicate exactly when every cell reads the same, trimmed (property, two files of one kind)', async () => {
    // Few distinct values, so rows repeat often; amounts and months in several spellings of one value.
    const cell = (values: string[]) => fc.constantFrom(...values);
    const row = fc.tuple(cell(['a', 'b', ' a', 'ab']), cell(['2024-06', 'Jun 2024']), cell(['VM', 'V', 'MV']), cell(['PAL', 'CSP']), cell(['10', '10.00', '1', '']));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 40 }), fc.array(row, { maxLength: 40 }), async (first, second) => {
        const csv = (rows: string[][]) => ['tenant_id,month,service,association,offer,acr_usd', ...rows.map((r) => [...r.slice(0, 4), 'PAYG', r[4]].join(','))].join('\n');
        const { dataset, files } = await importFiles([sourceFromText('one.csv', csv(first)), sourceFromText('two.csv', csv(second))]);
        // The reference: the first of each distinct list of trimmed cells, rows with a missing amount rejected.
        const seen = new Set<string>();
        const unique = [...first, ...second].filter((r) => r[4] !== '' && !seen.has(r.map((c) => c.trim()).join('\u0000')) && seen.add(r.map((c) => c.trim()).join('\u0000')));
        expect(dataset.azure).toHaveLength(unique.length);
        expect(files.reduce((n, f) => n + f.duplicates, 0)).toBe(first.length + second.length - unique.length - [...first, ...second].filter((r) => r[4] === '').length);
      }),
      { numRuns: 60 },
    );
  });

  it('files of one kind with different columns: an empty cell is not a missing column', async () => {
    const withOffer = ['tenant_id,month,service,association,offer,acr_usd', 'a,2026-09,VM,PAL,,5'].join('\n');
    const withoutOffer = ['tenant_id,month,service,association,acr_usd', 'a,2026-09,VM,PAL,5'].join('\n');
    const { dataset, files } = await importFiles([sourceFromText('one.csv', withOffer), sourceFromText('two.csv', withoutOffer)]);
    // The two rows read differently (the first has an offer column, empty), as before the tables: both load.
    expect(dataset.azure).toHaveLength(2);
    expect(files.map((f) => f.duplicates)).toEqual([0, 0]);
  });

  it('gives the same rows whatever size the text is handed to the parser in (64 KB pieces inside 1 MB reads)', async () => {
    // Row i: month 2026-0(1 + i mod 9), seats i, active i mod 50 (997 mod 9 = 7: August). 6,000 rows (~300 KB) with a quoted cell holding a comma and a newline at every 997th row, read 1 MB at once
    // and 4 KB at a time: the import cuts the text into 64 KB pieces, and rows crossing a cut must come out whole.
    const lines = ['tenant_id,month,workload,association,paid_seats,active_users'];
    for (let i = 0; i < 6000; i++) lines.push(`${i % 997 === 0 ? `"tenant, ${i}\nnext line"` : `tenant-${i}`},2026-0${1 + (i % 9)},Teams,CSP,${i},${i % 50}`);
    const csv = lines.join('\r\n');
    const whole = await importFiles([sourceFromText('m365.csv', csv, 1 << 20)]);
    const small = await importFiles([sourceFromText('m365.csv', csv, 4096)]);
    expect(whole.problems).toEqual([]);
    expect(whole.dataset.m365).toHaveLength(6000);
    const rows = Array.from(whole.dataset.m365);
    expect(rows[997]).toStrictEqual({ tenantId: 'tenant, 997\nnext line', month: '2026-08', workload: 'Teams', association: 'CSP', paidSeats: 997, activeUsers: 47 });
    expect(rows[5999]).toStrictEqual({ tenantId: 'tenant-5999', month: '2026-06', workload: 'Teams', association: 'CSP', paidSeats: 5999, activeUsers: 49 });
    expect(Array.from(small.dataset.m365)).toStrictEqual(rows);
  });
});

describe('Dictionary: ids from bytes', () => {
  it('the id of ASCII bytes is the id of their text, however it was first seen; bytes beyond ASCII answer -1', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '-', '1', 'é') }), { maxLength: 400 }), fc.array(fc.boolean()), (texts, byBytes) => {
        const dictionary = new Dictionary();
        const encoder = new TextEncoder();
        texts.forEach((text, i) => {
          // Some texts arrive as bytes inside a longer buffer, some as strings.
          const bytes = encoder.encode(`,${text};`);
          const ascii = !text.includes('é');
          if (byBytes[i % Math.max(1, byBytes.length)] && ascii) {
            const id = dictionary.idOfBytes(bytes, 1, bytes.length - 1);
            expect(dictionary.values[id]).toBe(text);
            expect(dictionary.isBytesOf(id, bytes, 1, bytes.length - 1)).toBe(true);
            expect(dictionary.isBytesOf(id, bytes, 0, bytes.length - 1)).toBe(false);
          } else if (!ascii) expect(dictionary.idOfBytes(bytes, 1, bytes.length - 1)).toBe(-1);
          else expect(dictionary.values[dictionary.id(text)]).toBe(text);
        });
        // One id per distinct text, across both ways in.
        expect(new Set(dictionary.values).size).toBe(dictionary.values.length);
      }),
      { numRuns: 200 },
    );
  });
});
