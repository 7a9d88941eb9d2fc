/**
 * Writes the edition-2024 "before" fixtures: the CLI's --json for the 2024 sample partner and for a small
 * deterministic synthetic partner, as they were before edition 2026 generalised the engine. The test
 * test/cli/edition2024.test.ts checks the CLI still prints them byte for byte. Re-run only when a deliberate,
 * reviewed 2024 change is made.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticPartner } from '../bench/synthetic';
import { run } from '../src/cli/score';

const root = join(import.meta.dirname, '..');

async function cliJson(args: string[]): Promise<string> {
  const out: string[] = [];
  const code = await run(
    args,
    (t) => out.push(t),
    () => {},
  );
  if (code !== 0) throw new Error(`score exited ${code}`);
  return out.join('\n');
}

export function writeSynthetic(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pcs-synthetic-'));
  for (const f of syntheticPartner(40, 26, 7).files) writeFileSync(join(dir, f.name), f.text);
  return dir;
}

async function main() {
  const sample = await cliJson(['--json', '--edition', '2024', join(root, 'test', 'fixtures', 'sample-2024')]);
  writeFileSync(join(root, 'test', 'fixtures', 'sample-2024.edition2024.json'), sample);
  const synthetic = await cliJson(['--json', '--edition', '2024', writeSynthetic()]);
  const sha256 = createHash('sha256').update(synthetic).digest('hex');
  writeFileSync(join(root, 'test', 'fixtures', 'synthetic-40.edition2024.sha256'), `${sha256}\n`);
  console.log(`sample ${sample.length} bytes; synthetic ${synthetic.length} bytes, sha256 ${sha256}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) void main();
