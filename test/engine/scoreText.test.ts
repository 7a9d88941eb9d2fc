/**
 * What the scorer says about the numbers (score.ts): prerequisites that hold points back, a maximum reached, the
 * best option of a metric, how parts add up, and why a path counts. Edition 2024, scoring month 2024-06.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getEdition, prepare, scorePrepared } from '../../src/engine';
import { importFiles } from '../../src/io/import';
import { sourceFromText } from '../../src/io/source';
import { SAMPLE_FILES } from '../../src/store/sampleFiles';
import { azure, cert, dataset, m365, M1, M13, metric, metric26, N1, path, people, revenue, score, score26 } from './helpers';

const design = (data: ReturnType<typeof dataset>, id: string) => score(data).designations.find((d) => d.id === id)!;

describe('prerequisites (§2.4): the scoring part earns nothing until they are met, and its lines say so', () => {
  it('one prerequisite unmet: 1 of 2 Solutions Architect Experts; the DevOps expert does not count yet', () => {
    const m = metric(dataset({ certifications: [cert('sa', 'AZ-305'), cert('dev', 'AZ-400')] }), 'digital-app-innovation', 'enterprise', 'advanced-certifications');
    expect(m.points).toBe(0);
    const scoring = m.components.find((c) => c.id === 'scoring')!;
    expect(scoring.gated).toBe(true);
    expect(scoring.summary).toMatch(/; earns nothing until the prerequisite is met$/);
    const dev = m.items.find((i) => i.component === 'scoring' && i.subject === 'dev')!;
    expect(dev.counted).toBe(false);
    expect(dev.reason).toMatch(/ — does not count until the prerequisites are met$/);
  });

  it('two prerequisites unmet (Data & AI intermediate): "prerequisites are met"', () => {
    const m = metric(dataset({ certifications: people('de', 'DP-203', 3) }), 'data-ai', 'enterprise', 'intermediate-certifications');
    expect(m.components.find((c) => c.id === 'scoring')!.summary).toMatch(/; earns nothing until the prerequisites are met$/);
  });

  it('met: the gate opens and nothing is added to the summary', () => {
    const m = metric(dataset({ certifications: [cert('sa1', 'AZ-305'), cert('sa2', 'AZ-305'), cert('dev', 'AZ-400')] }), 'digital-app-innovation', 'enterprise', 'advanced-certifications');
    // 2 experts open the gate (no points on Enterprise); AZ-305 is not a scoring certification, dev's AZ-400 is → 1 × 4 = 4
    expect(m.points).toBe(4);
    expect(m.value).toBe(1); // the people who score, not the prerequisite holders too
    expect(m.components.find((c) => c.id === 'scoring')!.summary).not.toMatch(/earns nothing|maximum/);
    expect(m.items.find((i) => i.component === 'scoring' && i.subject === 'dev')!.counted).toBe(true);
  });
});

describe('a maximum reached, the best option, parts that add up', () => {
  it('4 SMB net adds at $500 count 3 (30 points) and the summary says where the maximum is', () => {
    const m = metric(dataset({ azure: ['a', 'b', 'c', 'd'].map((t) => azure(t, M1, 500)) }), 'data-ai', 'smb', 'net-customer-adds');
    expect(m.components[0]!.summary).toBe('4 new customers minus 0 lost customers = 4 net; the maximum is reached at 3');
  });

  it('Modern Work usage growth takes the better association: CPOR +250 → 7.5 points beats DPOR 0', () => {
    const data = dataset({ m365: [m365('t', M13, 'Teams', 'CPOR', 500, 100), m365('t', M1, 'Teams', 'CPOR', 500, 350)] });
    const m = metric(data, 'modern-work', 'enterprise', 'usage-growth');
    // 250 / 1,000 × 30 = 7.5
    expect(m.points).toBe(7.5);
    expect(m.bestComponent).toBe('cpor');
    expect(m.value).toBe(250);
    expect(m.summary).toBe('best option: CPOR; CPOR 7.5, DPOR 0');
  });

  it('pooled parts add their units after clamping each at 0: Azure +1 and Microsoft 365 −1 make 1, not 0 (AMB-30)', () => {
    const data = dataset({
      m365: [m365('a', M1, 'Intune', 'CPOR', 30, 0), m365('lost1', M13, 'Intune', 'CPOR', 30, 0), m365('lost2', M13, 'Intune', 'CPOR', 30, 0)],
      azure: ['2023-07', '2024-06'].map((m) => azure('kv', m, 1200, 'Key Vault')),
    });
    const m = metric(data, 'security', 'standard', 'net-customer-adds');
    expect(m.value).toBe(1);
    expect(m.summary).toBe(m.components.map((c) => c.summary).join('; '));
  });
});

describe('why a path counts', () => {
  it('one set of rules (Security 2024)', () => {
    expect(design(dataset({ azure: [azure('a', M1, 1)] }), 'security').pathReason).toBe('one set of rules for this designation');
  });

  it('neither path qualifies: the higher score, Enterprise on a tie', () => {
    expect(design(dataset({ azure: [azure('a', M1, 1)] }), 'modern-work').pathReason).toBe('best of both paths, neither path qualifies, so the higher score is shown: Enterprise 0 vs SMB 0');
  });

  it('the partner settings’ ACR decides the Azure path, and the reason says they did', () => {
    const data = dataset({ azure: [azure('a', M1, 10)], partner: { acrTtmUsd: 2_000_000 } });
    expect(design(data, 'infrastructure').pathReason).toBe('assigned by the rules: Azure ACR over the trailing 12 months is $2,000,000 (from the partner settings), at or over $1,000,000');
    const share = dataset({ azure: [azure('a', M1, 10)], partner: { smbCustomerShare: 0.85 } });
    expect(design(share, 'infrastructure')).toMatchObject({
      path: 'smb',
      pathReason: 'assigned by the rules: the partner settings put 85 % of customers in SMB/SMC, at or over the 80 % SMB needs (Azure ACR over the trailing 12 months is $10, under $1,000,000)',
    });
  });

  it('a path that does not qualify lists each blocker', () => {
    const p = path(dataset({ azure: [azure('a', M1, 1)] }), 'security', 'standard');
    expect(p.qualified).toBe(false);
    expect(p.blockers[0]).toBe('0 points, below 70');
    expect(p.blockers).toContain('Net customer adds: 0 points, needs at least 1');
  });
});

describe('more of the scorer, at its edges', () => {
  it('a prerequisite held by more people than it needs never says "maximum"; the scoring part does', () => {
    // 3 Solutions Architect Experts (2 needed) and 6 DevOps experts: Enterprise advanced counts 5 people for 20
    const data = dataset({ certifications: [...people('sa', 'AZ-305', 3), ...people('dev', 'AZ-400', 6)] });
    const m = metric(data, 'digital-app-innovation', 'enterprise', 'advanced-certifications');
    expect(m.points).toBe(20);
    expect(m.components.find((c) => c.id !== 'scoring')!.summary).not.toContain('maximum');
    expect(m.components.find((c) => c.id === 'scoring')!.summary).toMatch(/; the maximum is reached at 5$/);
  });

  it('rules that ended do not apply: Security 2024-06 has one Step 1 and one Step 2 (from 2023-12-01), not the older ones too', () => {
    const m = metric(dataset({ azure: [azure('a', M1, 1)] }), 'security', 'standard', 'intermediate-certifications');
    expect(m.components.map((c) => c.id)).toEqual(['step-1', 'step-2', 'scoring']);
  });

  it('a tie between options keeps the first: CPOR +100 (3 points) and DPOR +400 (3 points) → CPOR', () => {
    // CPOR 100 / 1,000 × 30 = 3; DPOR 400 / 4,000 × 30 = 3
    const data = dataset({
      m365: [m365('c', M13, 'Teams', 'CPOR', 500, 100), m365('c', M1, 'Teams', 'CPOR', 500, 200), m365('d', M13, 'Teams', 'DPOR', 500, 0), m365('d', M1, 'Teams', 'DPOR', 500, 400)],
    });
    const m = metric(data, 'modern-work', 'enterprise', 'usage-growth');
    expect(m.points).toBe(3);
    expect(m.bestComponent).toBe('cpor');
    expect(m.value).toBe(100);
  });

  it('exactly 1 point meets the 1-point minimum: 1,000 → 1,010 is 1 % growth', () => {
    const m = metric(dataset({ azure: [azure('t', M13, 1000), azure('t', M1, 1010)] }), 'infrastructure', 'enterprise', 'usage-growth');
    expect(m.points).toBe(1);
    expect(m.meetsMinimum).toBe(true);
  });

  it('edition 2026 Azure path: only customers with ACR in the scoring month, and more than $0 of it', () => {
    const earlier = ['s1', 's2', 's3', 's4'].map((t) => ({ tenantId: t, segment: 'SMB' }));
    // 4 SMB customers with ACR earlier in the year only, 1 Enterprise customer in 2026-10 → 0 of 1 → Enterprise
    const data = dataset({ customers: earlier, azure: [...earlier.map((c) => azure(c.tenantId, '2026-05', 100)), azure('e', N1, 100)] });
    expect(score26(data).designations.find((d) => d.id === 'infrastructure')).toMatchObject({
      path: 'enterprise',
      pathReason: 'assigned by the rules: only 0 % of the customers with Azure revenue in 2026-10 (0 of 1) are SMB, under the 80 % SMB needs',
    });
    // 4 SMB customers whose ACR nets to $0 in 2026-10 (a credit) are not customers of the month
    const credited = dataset({ customers: earlier, azure: [...earlier.flatMap((c) => [azure(c.tenantId, N1, 100), azure(c.tenantId, N1, -100)]), azure('e', N1, 100)] });
    expect(score26(credited).designations.find((d) => d.id === 'infrastructure')!.path).toBe('enterprise');
    const none = dataset({ azure: [azure('old', '2026-05', 100)] });
    expect(score26(none).designations.find((d) => d.id === 'infrastructure')!.pathReason).toBe('assigned by the rules: no customer has Azure revenue in 2026-10, so the path is Enterprise');
    expect(metric26(none, 'infrastructure', 'enterprise', 'net-customer-adds').points).toBe(0);
  });

  it('Business Applications path: 5 customer workloads over $5,000 in both months make it Enterprise; exactly $5,000 is not over', () => {
    const pair = (t: string, usd: number) => [revenue(t, M13, 'Sales', usd), revenue(t, M1, 'Sales', usd)];
    const five = dataset({ bizappsRevenue: ['a', 'b', 'c', 'd', 'e'].flatMap((t) => pair(t, 5000.01)) });
    expect(score(five).designations.find((d) => d.id === 'business-applications')).toMatchObject({
      path: 'enterprise',
      pathReason: 'assigned by the rules: 5 customer workloads with more than $5,000 revenue in both 2023-06 and 2024-06; Enterprise needs 5 or more',
    });
    // Four pairs over the line and a fifth that misses it in one month: each is SMB (4 < 5)
    const four = ['a', 'b', 'c', 'd'].flatMap((t) => pair(t, 5000.01));
    const fifths = {
      'exactly $5,000 in 2024-06': [revenue('e', M1, 'Sales', 5000), revenue('e', M13, 'Sales', 6000)],
      'exactly $5,000 in 2023-06': [revenue('e', M1, 'Sales', 6000), revenue('e', M13, 'Sales', 5000)],
      'nothing in 2023-06': [revenue('e', M1, 'Sales', 9000)],
      'nothing in 2024-06': [revenue('e', M13, 'Sales', 9000)],
    };
    for (const [why, rows] of Object.entries(fifths)) {
      expect(score(dataset({ bizappsRevenue: [...four, ...rows] })).designations.find((d) => d.id === 'business-applications')!.path, why).toBe('smb');
    }
    const one = dataset({ bizappsRevenue: pair('a', 6000) });
    expect(score(one).designations.find((d) => d.id === 'business-applications')!.pathReason).toBe(
      'assigned by the rules: 1 customer workload with more than $5,000 revenue in both 2023-06 and 2024-06; Enterprise needs 5 or more',
    );
  });
});

describe('numbers only (the overview and history): no explanation lines are built', () => {
  it('the sample partner under both editions: lines with explanations, none without, the same points', async () => {
    const dir = join(import.meta.dirname, '..', '..', 'public', 'samples');
    const data = (await importFiles(SAMPLE_FILES.map((f) => sourceFromText(f, readFileSync(join(dir, f), 'utf8'))))).dataset;
    for (const edition of ['2024', '2026']) {
      const prepared = prepare(data, getEdition(edition));
      const lines = (r: ReturnType<typeof scorePrepared>) => r.designations.flatMap((d) => d.paths.flatMap((p) => p.metrics.flatMap((m) => m.items)));
      const points = (r: ReturnType<typeof scorePrepared>) => r.designations.map((d) => d.paths.map((p) => p.scoreExact));
      const full = scorePrepared(prepared, N1, { window: false });
      const bare = scorePrepared(prepared, N1, { explain: false, window: false });
      expect(lines(full).length).toBeGreaterThan(100);
      expect(lines(bare)).toEqual([]);
      expect(points(bare)).toEqual(points(full));
    }
  });
});

describe('both paths qualifying', () => {
  it('says so, and the tie goes to Enterprise (AMB-23)', () => {
    // test/engine/guards.test.ts works out 100 on both Modern Work paths for this data
    const ent = Array.from({ length: 5 }, (_, i) => m365(`e${i}`, M1, 'Teams', 'CPOR', 400, 200));
    const smb = Array.from({ length: 10 }, (_, i) => m365(`s${i}`, M1, 'Teams', 'CPOR', 100, 50));
    const data = dataset({ m365: [...ent, ...smb], certifications: [...people('i', 'MS-700', 4), ...people('a', 'MS-102', 2)] });
    expect(design(data, 'modern-work').pathReason).toBe('best of both paths, both paths qualify and the higher score counts: Enterprise 100 vs SMB 100, qualifies');
  });
});
