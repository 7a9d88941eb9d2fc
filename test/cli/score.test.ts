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
  const code = await run(
    args,
    (t) => out.push(t),
    (t) => err.push(t),
  );
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('score CLI', () => {
  it('prints the contract JSON for the sample partner', async () => {
    const { code, stdout, stderr } = await cli('--json', samples);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout);
    // Without --edition the newest edition scores; the sample's partner file names 2026-10.
    expect(json.edition).toBe('2026');
    expect(json.month).toBe('2026-10');
    expect(json.designations.map((d: { id: string }) => d.id)).toEqual(['data-ai', 'digital-app-innovation', 'infrastructure', 'business-applications', 'modern-work', 'security']);
    const dai = json.designations[1];
    // RULES-2026 §2: NCA 30 + intermediate 16 + advanced 0 (1 of 2 Solutions Architect Experts) + growth 20 + deployments 10 = 76.
    expect(dai).toMatchObject({ id: 'digital-app-innovation', path: 'enterprise', score: 76, qualified: false });
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
    // Security has two paths in 2026 (§5.1); the sample qualifies on SMB.
    expect(json.designations.find((d: { id: string }) => d.id === 'security')).toMatchObject({ path: 'smb', qualified: true });
    expect(Array.isArray(json.problems)).toBe(true);
  });

  it('--month scores another month', async () => {
    const json = JSON.parse((await cli('--json', '--month', '2026-03', samples)).stdout);
    expect(json.month).toBe('2026-03');
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
    expect(json.designations[1].score).toBe(76);
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
    expect(stdout).toContain('PCS Planner — scoring month 2026-10, rule edition 2026');
    expect(stdout).toContain('Digital & App Innovation (Azure): 76 / 100 — not qualified (Enterprise path)');
    expect(stdout).toContain('Business Applications: 92 / 100 — QUALIFIED (SMB path)');
  });

  it('--edition 2024 scores the same files by the 2024 rules', async () => {
    const json = JSON.parse((await cli('--json', '--edition', '2024', samples)).stdout);
    expect(json.edition).toBe('2024');
    // 2024 net customer adds: 3 new ($0 a year ago) − 1 lost = 2 → 20 (Kestrel had $320 a year ago: not new, AMB-05/49).
    expect(json.designations[1]).toMatchObject({ score: 66, qualified: false });
    expect(json.designations[5].path).toBe('standard');
  });

  it('an unknown edition is exit 2 and names the editions', async () => {
    const { code, stderr } = await cli('--edition', '2025', samples);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown edition '2025' (known: 2024, 2026)");
  });

  it('--compare-editions --json: both reports as --json prints them, and each difference with its rule changes', async () => {
    const { code, stdout } = await cli('--compare-editions', '--json', samples);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.month).toBe('2026-10');
    expect(json.editions).toEqual(['2024', '2026']);
    const alone = JSON.parse((await cli('--json', '--edition', '2024', samples)).stdout);
    expect(json.reports['2024']).toEqual(alone);
    // Infrastructure net customer adds: 2024 3 new − 1 lost = 2 → 20; 2026 |E(M-1)| 10 − |E(M-13)| 7 = 3 → 30 (change 3).
    expect(json.differences).toContainEqual(
      expect.objectContaining({
        designation: 'infrastructure',
        metric: 'net-customer-adds',
        from: expect.objectContaining({ edition: '2024', points: 20 }),
        to: expect.objectContaining({ edition: '2026', points: 30 }),
        changes: ['3', '7'],
      }),
    );
    // Security: 24 on the one 2024 path → 82 on the new SMB path (change 25).
    const security = json.differences.find((d: { designation: string; metric: string | null }) => d.designation === 'security' && d.metric === null);
    expect(security).toMatchObject({ from: { path: 'standard', points: 24, qualified: false }, to: { path: 'smb', points: 82, qualified: true } });
    expect(security.changes).toContain('25');
    // Every designation shows at least one difference.
    expect(new Set(json.differences.map((d: { designation: string }) => d.designation)).size).toBe(6);
  });

  it('--compare-editions without --json prints both editions side by side', async () => {
    const { code, stdout } = await cli('--compare-editions', samples);
    expect(code).toBe(0);
    expect(stdout).toContain('rule edition 2024 beside 2026');
    expect(stdout).toMatch(/Security\s+24 ✗ Standard\s+82 ✓ SMB/);
  });
});
