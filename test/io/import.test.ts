/** Import (FORMATS.md): each bad input gives the right problem — file, row, column, reason — and good rows load. */
import { describe, expect, it } from 'vitest';
import { importFile, importFiles, MEMORY_PER_CSV_BYTE, type FileImport } from '../../src/io/import';
import { sourceFromBytes, sourceFromText } from '../../src/io/source';
import { parseAmount, parseDay, parseMonth } from '../../src/io/values';

async function one(name: string, text: string, options = {}): Promise<{ report: FileImport; rows: unknown[] }> {
  const rows: unknown[] = [];
  const report = await importFile(sourceFromText(name, text), (_kind, row) => rows.push(row), options);
  return { report, rows };
}

const AZURE = 'tenant_id,month,service,association,acr_usd\n';

describe('values', () => {
  it('months in every accepted form; an impossible month is an error', () => {
    for (const [text, month] of [
      ['2024-06', '2024-06'],
      ['2024-06-17', '2024-06'],
      ['6/2024', '2024-06'],
      ['06/2024', '2024-06'],
      ['Jun 2024', '2024-06'],
      ['June 2024', '2024-06'],
      ['Sept 2024', '2024-09'],
    ] as const) {
      expect(parseMonth(text)).toEqual({ ok: true, value: month });
    }
    expect(parseMonth('2024-13').ok).toBe(false);
    expect(parseMonth('13/2024').ok).toBe(false);
    expect(parseMonth('Juni 2024').ok).toBe(false);
  });
  it('dates: YYYY-MM-DD and M/D/YYYY', () => {
    expect(parseDay('3/7/2024')).toEqual({ ok: true, value: '2024-03-07' });
    expect(parseDay('2024-02-30').ok).toBe(false);
  });
  it('amounts: currency symbol, thousands separators, comma decimals with ";" files, negatives', () => {
    expect(parseAmount('$1,234.50', ',')).toEqual({ ok: true, value: 1234.5 });
    expect(parseAmount('1.234,50', ';')).toEqual({ ok: true, value: 1234.5 });
    expect(parseAmount(' -12 ', ',')).toEqual({ ok: true, value: -12 });
    expect(parseAmount('1.234,50', ',').ok).toBe(false);
    expect(parseAmount('n/a', ',')).toEqual({ ok: false, message: "not a number: 'n/a'" });
  });
});

describe('files', () => {
  it('detects the kind from Partner Center download headers', async () => {
    const { report, rows } = await one(
      'pc.csv',
      'Customer Tenant ID,Month,Service Level 2,Partner Attribution Type,Offer Type,ACR (USD)\nabc,2024-06,Virtual Machines,CSP Tier 1,Pay-As-You-Go,"1,200.00"\n',
    );
    expect(report.kind).toBe('azure');
    expect(rows).toEqual([{ tenantId: 'abc', month: '2024-06', service: 'Virtual Machines', association: 'CSP Tier 1', offer: 'Pay-As-You-Go', acrUsd: 1200 }]);
  });

  it('reports a non-numeric amount and an unparseable month with row and column; good rows still load', async () => {
    const { report, rows } = await one('azure.csv', `${AZURE}a,2024-06,VM,PAL,100\nb,2024-06,VM,PAL,n/a\nc,June-ish,VM,PAL,5\nd,2024-05,VM,PAL,7\n`);
    expect(rows).toHaveLength(2);
    expect(report.rowsRejected).toBe(2);
    expect(report.problems).toEqual([
      { file: 'azure.csv', row: 3, column: 'acr_usd', message: "not a number: 'n/a'", severity: 'error' },
      { file: 'azure.csv', row: 4, column: 'month', message: "not a month: 'June-ish' (expected YYYY-MM, M/YYYY, 'Jun 2024', 'May-24' or a date such as 05/01/2024)", severity: 'error' },
    ]);
  });

  it('a missing required value is reported for its row', async () => {
    const { report } = await one('azure.csv', `${AZURE}a,2024-06,,PAL,100\n`);
    expect(report.problems[0]).toMatchObject({ row: 2, column: 'service', message: 'missing service' });
  });

  it('semicolon files with comma decimals; tab files', async () => {
    const semi = await one('s.csv', 'tenant_id;month;service;association;acr_usd\na;2024-06;VM;PAL;1.234,50\n');
    expect(semi.report.delimiter).toBe(';');
    expect(semi.rows[0]).toMatchObject({ acrUsd: 1234.5 });
    const tab = await one('t.tsv', 'tenant_id\tmonth\tservice\tassociation\tacr_usd\na\t2024-06\tVM\tPAL\t10\n');
    expect(tab.rows).toHaveLength(1);
  });

  it('quoted fields may hold delimiters and newlines; blank lines are ignored but keep row numbers', async () => {
    const { report, rows } = await one('c.csv', 'tenant_id,customer_name,segment\n"t1","Smith, Jones\nand Co",SMB\n\nt2,Other,SMC\n');
    expect(rows).toEqual([
      { tenantId: 't1', customerName: 'Smith, Jones\nand Co', segment: 'SMB' },
      { tenantId: 't2', customerName: 'Other', segment: 'SMC' },
    ]);
    expect(report.rowsRead).toBe(2);
  });

  it('a wrong delimiter gets a message that says so', async () => {
    const { report } = await one('pipe.csv', 'tenant_id|month|service|association|acr_usd\na|2024-06|VM|PAL|10\n');
    expect(report.kind).toBeNull();
    expect(report.problems).toEqual([
      {
        file: 'pipe.csv',
        row: 1,
        column: '',
        message: "the header row is one column ('tenant_id|month|service|association|acr_usd'): the file seems to use '|' as delimiter; use comma, semicolon or tab",
        severity: 'error',
      },
    ]);
  });

  it('UTF-8 BOM and UTF-16 (LE and BE, with BOM; LE without) load like plain UTF-8', async () => {
    const text = 'tenant_id,customer_name\nt1,Zoë Café\n';
    const utf16le = (bom: boolean) => {
      const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
      if (bom) bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) bytes[(bom ? 2 : 0) + i * 2] = text.charCodeAt(i);
      return bytes;
    };
    const utf16be = new Uint8Array(2 + text.length * 2);
    utf16be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) utf16be[2 + i * 2 + 1] = text.charCodeAt(i);
    const bom8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    for (const [bytes, encoding] of [
      [bom8, 'utf-8'],
      [utf16le(true), 'utf-16le'],
      [utf16le(false), 'utf-16le'],
      [utf16be, 'utf-16be'],
    ] as const) {
      const rows: unknown[] = [];
      const report = await importFile(sourceFromBytes('x.csv', bytes, 7), (_k, r) => rows.push(r));
      expect(report.encoding).toBe(encoding);
      expect(rows).toEqual([{ tenantId: 't1', customerName: 'Zoë Café' }]);
    }
  });

  it('Windows-1252 bytes are not turned into replacement characters', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('tenant_id,customer_name\nt1,Caf'), 0xe9, 0x0a]);
    const rows: unknown[] = [];
    const report = await importFile(sourceFromBytes('w.csv', bytes), (_k, r) => rows.push(r));
    expect(report.encoding).toBe('windows-1252');
    expect(rows).toEqual([{ tenantId: 't1', customerName: 'Café' }]);
  });

  it('missing required column: unrecognised headers list what each kind needs; a chosen kind names the column', async () => {
    const detected = await one('m.csv', 'tenant_id,month,service,association\na,2024-06,VM,PAL\n');
    // tenant_id alone makes it a customers file: the other columns are extra and ignored.
    expect(detected.report.kind).toBe('customers');
    const chosen = await one('m.csv', 'tenant_id,month,service,association\na,2024-06,VM,PAL\n', { kind: 'azure' });
    expect(chosen.report.problems).toEqual([
      { file: 'm.csv', row: 1, column: 'acr_usd', message: "missing required column 'acr_usd' (or one of: acr, azure consumed revenue usd, acr usd, azure consumed revenue)", severity: 'error' },
    ]);
    const unknown = await one('u.csv', 'foo,bar\n1,2\n');
    expect(unknown.report.problems[0]!.message).toMatch(/^headers not recognised: 'foo', 'bar'\. Expected the columns of one of: certifications \(person_id, certification\)/);
  });

  it('a column mapping makes unrecognised headers usable', async () => {
    const { report, rows } = await one('u.csv', 'Kunde,Monat,Dienst,Art,Betrag\na,2024-06,VM,PAL,5\n', {
      mapping: { tenant_id: 'Kunde', month: 'Monat', service: 'Dienst', association: 'Art', acr_usd: 'Betrag' },
    });
    expect(report.kind).toBe('azure');
    expect(rows).toHaveLength(1);
  });

  it('unknown certifications load with a warning and do not count; names, prefixes and exam codes match', async () => {
    const { report, rows } = await one(
      'c.csv',
      'email,name,certification\na@x,A,Basket Weaving\nb@x,B,az-104\nc@x,C,Azure Administrator Associate\nd@x,D,Microsoft Certified: Azure Administrator Associate\ne@x,E,Exam AZ-104\n',
    );
    expect(rows).toHaveLength(5);
    expect(rows.slice(1).map((r) => (r as { certificationId: string }).certificationId)).toEqual(Array(4).fill('azure-administrator-associate'));
    expect(report.problems).toEqual([{ file: 'c.csv', row: 2, column: 'certification', message: "not in the catalog: 'Basket Weaving' (loaded, but it does not count)", severity: 'warning' }]);
  });

  it('exact duplicate rows are counted once and reported, also across files of one kind', async () => {
    const result = await importFiles([sourceFromText('a.csv', `${AZURE}a,2024-06,VM,PAL,10\na,2024-06,VM,PAL,10\n`), sourceFromText('b.csv', `${AZURE}a,2024-06,VM,PAL,10\n`)]);
    expect(result.dataset.azure).toHaveLength(1);
    expect(result.problems.map((p) => `${p.file}:${p.row} ${p.message}`)).toEqual(['a.csv:3 exact duplicate of a.csv row 2: counted once', 'b.csv:2 exact duplicate of a.csv row 2: counted once']);
  });

  it('a duplicate names the file and row it repeats, in any file of the import (positions are file × 2^32 + row)', async () => {
    const a = sourceFromText('a.csv', `${AZURE}x,2024-06,VM,PAL,1\n`);
    const b = sourceFromText('b.csv', `${AZURE}a,2024-06,VM,PAL,10\na,2024-06,VM,PAL,10\n`);
    const c = sourceFromText('c.csv', 'email,certification\nann@x,AZ-104\nann@x,AZ-104\n');
    const result = await importFiles([a, b, c]);
    expect(result.problems.map((p) => `${p.file}:${p.row} ${p.message}`)).toEqual(['b.csv:3 exact duplicate of b.csv row 2: counted once', 'c.csv:3 exact duplicate of c.csv row 2: counted once']);
  });

  it('empty file, header only', async () => {
    expect((await one('e.csv', '')).report.problems).toEqual([{ file: 'e.csv', row: 0, column: '', message: 'empty file: no header row and no data', severity: 'error' }]);
    expect((await one('e.csv', '\n\n  \n')).report.problems[0]!.message).toBe('empty file: no header row and no data');
    expect((await one('h.csv', AZURE)).report.problems).toEqual([{ file: 'h.csv', row: 1, column: '', message: 'no data rows after the header', severity: 'warning' }]);
  });

  it('a file over the size limit is refused with a clear message', async () => {
    const { report, rows } = await one('big.csv', `${AZURE}${'a,2024-06,VM,PAL,10\n'.repeat(100)}`, { maxFileBytes: 1024 });
    expect(rows).toHaveLength(0);
    expect(report.problems).toEqual([{ file: 'big.csv', row: 0, column: '', message: 'file is 2 KB, over the 1 KB limit: not loaded (change the limit in the settings)', severity: 'error' }]);
  });

  it('files that together need more memory than the caller has are all refused before any is read', async () => {
    const a = sourceFromText('a.csv', `${AZURE}a,2024-06,VM,PAL,10\n`);
    const b = sourceFromText('b.csv', `${AZURE}b,2024-06,VM,PAL,20\n`);
    const total = a.size + b.size; // 64 + 64 = 128 bytes; 4 bytes of memory per byte of CSV → 512 bytes
    const refused = await importFiles([a, b], { memoryLimitBytes: total * MEMORY_PER_CSV_BYTE - 1 });
    expect(refused.dataset.azure).toHaveLength(0);
    expect(refused.files.map((f) => [f.file, f.rowsLoaded])).toEqual([
      ['a.csv', 0],
      ['b.csv', 0],
    ]);
    const message = `not loaded: the 2 files add up to ${total} bytes, and scoring that needs about ${total * 4} bytes of memory, more than the ${total * 4 - 1} bytes available here; load fewer months or fewer files at a time`;
    expect(refused.problems).toEqual([
      { file: 'a.csv', row: 0, column: '', message, severity: 'error' },
      { file: 'b.csv', row: 0, column: '', message, severity: 'error' },
    ]);
    // At the limit exactly, both load, in file order.
    const loaded = await importFiles([a, b], { memoryLimitBytes: total * MEMORY_PER_CSV_BYTE });
    expect(Array.from(loaded.dataset.azure, (r) => r.tenantId)).toEqual(['a', 'b']);
    expect(loaded.problems).toEqual([]);
  });

  it('title rows above the header are skipped and reported', async () => {
    const { report, rows } = await one('t.csv', `Azure consumed revenue report\nGenerated 2024-07-02\n${AZURE}a,2024-06,VM,PAL,10\n`);
    expect(rows).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ row: 3, severity: 'warning' });
  });

  it('streams in small chunks with the same result (rows cut across chunk boundaries)', async () => {
    const text = `${AZURE}${Array.from({ length: 500 }, (_, i) => `t${i},2024-06,"Virtual, Machines",PAL,${i}.5`).join('\n')}\n`;
    const rows: unknown[] = [];
    const report = await importFile(sourceFromText('s.csv', text, 37), (_k, r) => rows.push(r));
    expect(report.rowsLoaded).toBe(500);
    expect(rows[499]).toEqual({ tenantId: 't499', month: '2024-06', service: 'Virtual, Machines', association: 'PAL', acrUsd: 499.5 });
  });

  it('partner settings: month, overrides, enrolment; unknown keys are reported', async () => {
    const result = await importFiles([sourceFromText('partner.csv', 'key,value\nmonth,Jun 2024\nacr_ttm_usd,"1,500,000"\nsmb_customer_share,85%\nenrolled:modern-work,2023-09-15\ncolour,blue\n')]);
    expect(result.dataset.partner).toEqual({ month: '2024-06', acrTtmUsd: 1_500_000, smbCustomerShare: 0.85, enrolled: { 'modern-work': '2023-09-15' } });
    expect(result.problems).toEqual([
      { file: 'partner.csv', row: 6, column: 'key', message: "unknown setting 'colour' (expected month, acr_ttm_usd, smb_customer_share or enrolled:<designation-id>)", severity: 'error' },
    ]);
  });

  it('cancelling keeps nothing from the file', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await importFiles([sourceFromText('a.csv', `${AZURE}a,2024-06,VM,PAL,10\n`)], { signal: controller.signal });
    expect(result.dataset.azure).toHaveLength(0);
  });
});

describe('edition 2026 inputs (FORMATS.md "Edition 2026")', () => {
  const CLOUD = 'tenant_id,month,service,association,acr_usd,cloud\n';
  it('the optional cloud column loads; an unknown value is commercial and reported once per value, with row and column', async () => {
    const text = `${CLOUD}a,2026-10,Storage,PAL,10,Azure Government\nb,2026-10,Storage,PAL,10,Moonbase\nc,2026-10,Storage,PAL,10,moonbase\nd,2026-10,Storage,PAL,10,Public\ne,2026-10,Storage,PAL,10,\n`;
    const { report, rows } = await one('azure.csv', text);
    expect(report.rowsLoaded).toBe(5);
    expect(rows.map((r) => (r as { cloud?: string }).cloud)).toEqual(['Azure Government', 'Moonbase', 'moonbase', 'Public', undefined]);
    expect(report.problems).toEqual([
      { file: 'azure.csv', row: 3, column: 'cloud', severity: 'warning', message: expect.stringContaining("unknown cloud value 'Moonbase': loaded as the commercial cloud") },
    ]);
  });

  it('a column the chosen edition ignores is noted, not an error', async () => {
    const { report } = await one('azure.csv', `${CLOUD}a,2024-06,Storage,PAL,10,China\n`, { edition: '2024' });
    expect(report.rowsLoaded).toBe(1);
    expect(report.problems).toEqual([expect.objectContaining({ row: 1, column: 'cloud', severity: 'warning', message: expect.stringContaining('rule edition 2024 has no sovereign-cloud rule') })]);
  });

  it('certifications of either edition resolve; one earned after its retirement is reported as not counting', async () => {
    const text = 'person_id,certification,earned_on\np,GitHub Certified: GitHub Actions,2026-01-01\nq,AZ-204,2026-08-15\nr,Azure Stack Hub Operator Associate,2022-01-01\n';
    const { report, rows } = await one('certifications.csv', text, { edition: '2024' });
    expect(rows.map((r) => (r as { certificationId: string | null }).certificationId)).toEqual(['github-actions', 'azure-developer-associate', 'azure-stack-hub-operator-associate']);
    // Under edition 2026 Azure Developer Associate retired on 2026-07-31 (AMB26-47); said whichever edition imports.
    expect(report.problems).toEqual((await one('certifications.csv', text, { edition: '2026' })).report.problems);
    const again = await one('certifications.csv', text, { edition: '2026' });
    expect(again.report.problems).toEqual([
      expect.objectContaining({ row: 3, column: 'earned_on', severity: 'warning', message: expect.stringContaining('after it retired on 2026-07-31: it does not count under rule edition 2026') }),
    ]);
  });
});

describe('no silent data errors', () => {
  it('a row with more fields than the header is a problem naming the extra fields, not a $2 row', async () => {
    const { report, rows } = await one('azure.csv', `${AZURE}a,2024-06,Storage,PAL,$2,000.00\nb,2024-06,Storage,PAL,"$2,000.00"\n`);
    expect(rows).toHaveLength(1);
    expect((rows[0] as { acrUsd: number }).acrUsd).toBe(2000);
    expect(report.problems).toEqual([{ file: 'azure.csv', row: 2, column: 'column 6', severity: 'error', message: expect.stringContaining("1 more field than the header's 5 ('000.00')") }]);
  });

  it("Excel's month spellings load: May-24, Jun-2024, 05/2024, 2024-05-01, and US dates", async () => {
    const text = `${AZURE}a,May-24,S,PAL,1\na,Jun-2024,S,PAL,1\na,05/2024,S,PAL,1\na,2024-05-01,S,PAL,1\na,05/01/2024,S,PAL,1\n`;
    const { report, rows } = await one('azure.csv', text);
    expect(report.problems).toEqual([]);
    expect(rows.map((r) => (r as { month: string }).month)).toEqual(['2024-05', '2024-06', '2024-05', '2024-05', '2024-05']);
  });

  it('an ambiguous day/month date is a problem unless the column settles it', async () => {
    const ambiguous = await one('azure.csv', `${AZURE}a,05/06/2024,S,PAL,1\n`);
    expect(ambiguous.report.problems).toEqual([expect.objectContaining({ row: 2, column: 'month', severity: 'error', message: expect.stringContaining("ambiguous date '05/06/2024'") })]);
    // 13/05/2024 is day/month: the column is settled, so 05/06/2024 is 5 June.
    const settled = await one('azure.csv', `${AZURE}a,13/05/2024,S,PAL,1\na,05/06/2024,S,PAL,1\n`);
    expect(settled.rows.map((r) => (r as { month: string }).month)).toEqual(['2024-05', '2024-06']);
    // A column that contradicts itself is reported at the row that does.
    const mixed = await one('azure.csv', `${AZURE}a,13/05/2024,S,PAL,1\na,05/13/2024,S,PAL,1\n`);
    expect(mixed.report.problems).toEqual([expect.objectContaining({ row: 3, column: 'month' })]);
  });

  it('a PNG, a zip or another binary file is "not a CSV/text file"', async () => {
    const png = await importFile(sourceFromBytes('chart.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13])), () => {});
    expect(png.problems).toEqual([{ file: 'chart.png', row: 0, column: '', severity: 'error', message: 'not a CSV/text file: it looks like a PNG image' }]);
    const zip = await importFile(sourceFromBytes('data.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0])), () => {});
    expect(zip.problems[0]!.message).toContain('a ZIP archive');
    const bin = await importFile(sourceFromBytes('x.csv', new Uint8Array([65, 0, 66, 67, 0, 0, 1, 2, 3, 0, 0, 9, 9, 9, 0, 7])), () => {});
    expect(bin.problems[0]!.message).toContain('not a CSV/text file');
  });
});
