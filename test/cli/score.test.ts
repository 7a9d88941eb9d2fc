/** The command line (FORMATS.md "Command line"): exit codes and the JSON contract. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/score';

const samples = join(import.meta.dirname, '..', '..', 'public', 'samples');

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, (t) => out.push(t), (t) => err.push(t));
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('score CLI', () => {
  it('prints the contract JSON for the sample partner', async () => {
    const { code, stdout, stderr } = await cli('--json', samples);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout);
    expect(json.edition).toBe('2024');
    expect(json.month).toBe('2024-06');
    expect(json.designations.map((d: { id: string }) => d.id)).toEqual(['data-ai', 'digital-app-innovation', 'infrastructure', 'business-applications', 'modern-work', 'security']);
    const dai = json.designations[1];
    expect(dai).toMatchObject({ id: 'digital-app-innovation', path: 'enterprise', score: 66, qualified: false });
    expect(typeof dai.pathReason).toBe('string');
    expect(dai.paths.map((p: { path: string }) => p.path)).toEqual(['enterprise', 'smb']);
    for (const d of json.designations)
      for (const p of d.paths)
        for (const m of p.metrics) {
          expect(Object.keys(m)).toEqual(expect.arrayContaining(['id', 'points', 'max', 'value']));
          expect(Array.isArray(m.explanation)).toBe(true);
        }
    const chosen = dai.paths.find((p: { path: string }) => p.path === dai.path);
    expect(chosen.score).toBe(dai.score);
    expect(json.designations.find((d: { id: string }) => d.id === 'security').path).toBe('standard');
    expect(Array.isArray(json.problems)).toBe(true);
  });

  it('--month scores another month', async () => {
    const json = JSON.parse((await cli('--json', '--month', '2024-03', samples)).stdout);
    expect(json.month).toBe('2024-03');
  });

  it('a folder with one broken file: exit 0, the broken rows in problems, the rest scored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcs-'));
    cpSync(samples, dir, { recursive: true });
    writeFileSync(join(dir, 'zz-broken.csv'), 'tenant_id,month,service,association,acr_usd\nx,2024-06,VM,PAL,lots\nx,someday,VM,PAL,5\n');
    const { code, stdout } = await cli('--json', dir);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.problems).toEqual(
      expect.arrayContaining([
        { file: 'zz-broken.csv', row: 2, column: 'acr_usd', message: "not a number: 'lots'", severity: 'error' },
        expect.objectContaining({ file: 'zz-broken.csv', row: 3, column: 'month' }),
      ]),
    );
    expect(json.designations[1].score).toBe(66);
  });

  it('exit 1 when nothing could be loaded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcs-'));
    writeFileSync(join(dir, 'junk.csv'), 'foo,bar\n1,2\n');
    const { code, stdout } = await cli('--json', dir);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).error).toBe('no usable file: nothing could be loaded');
  });

  it('exit 2 for wrong arguments', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('--month', '2024-13', samples)).code).toBe(2);
    expect((await cli('--edition', '1999', samples)).code).toBe(2);
    expect((await cli('--frobnicate', samples)).code).toBe(2);
    expect((await cli('/no/such/folder')).code).toBe(2);
  });

  it('without --json prints a table per designation', async () => {
    const { code, stdout } = await cli(samples);
    expect(code).toBe(0);
    expect(stdout).toContain('Digital & App Innovation (Azure): 66 / 100 — not qualified (Enterprise path)');
    expect(stdout).toContain('Business Applications: 88 / 100 — QUALIFIED (SMB path)');
  });
});
