/**
 * Edition 2024 must not move while the engine is generalised for later editions: the CLI's --json for the 2024
 * sample partner and for a deterministic synthetic partner are byte-identical to what they were before
 * (fixtures written by scripts/make-edition2024-fixtures.ts on the pre-2026 engine).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSynthetic } from '../../scripts/make-edition2024-fixtures';
import { run } from '../../src/cli/score';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

async function cliJson(args: string[]): Promise<string> {
  const out: string[] = [];
  expect(
    await run(
      args,
      (t) => out.push(t),
      () => {},
    ),
  ).toBe(0);
  return out.join('\n');
}

describe('edition 2024 is unchanged', () => {
  it('prints the same JSON for the 2024 sample partner, byte for byte', async () => {
    const before = readFileSync(join(fixtures, 'sample-2024.edition2024.json'), 'utf8');
    expect(await cliJson(['--json', '--edition', '2024', join(fixtures, 'sample-2024')])).toBe(before);
  });

  it('prints the same JSON for a synthetic partner (sha256 of the document)', async () => {
    const before = readFileSync(join(fixtures, 'synthetic-40.edition2024.sha256'), 'utf8').trim();
    const json = await cliJson(['--json', '--edition', '2024', writeSynthetic()]);
    expect(createHash('sha256').update(json).digest('hex')).toBe(before);
  });
});
