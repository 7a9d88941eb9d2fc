/**
 * Writes the synthetic partner of bench/synthetic.ts as CSV files into a folder (for the CLI and browser scaling
 * runs, which read files as a user's would): `tsx bench/write-synthetic.ts DIR TENANTS [MONTHS]`. Prints the row
 * count and the last month as JSON.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticPartner } from './synthetic';

const [dir, tenants, months = '24'] = process.argv.slice(2);
if (!dir || !tenants) throw new Error('usage: tsx bench/write-synthetic.ts DIR TENANTS [MONTHS]');
const partner = syntheticPartner(Number(tenants), Number(months));
let bytes = 0;
for (const file of partner.files) {
  writeFileSync(join(dir, file.name), file.text);
  bytes += Buffer.byteLength(file.text);
}
console.log(JSON.stringify({ rows: partner.rows, bytes, lastMonth: partner.lastMonth }));
