/**
 * What the scorer says about the numbers (score.ts): prerequisites that hold points back, a maximum reached, the
 * best option of a metric, how parts add up, and why a path counts. Edition 2024, scoring month 2024-06.
 */
import { describe, expect, it } from 'vitest';
import { azure, cert, dataset, m365, M1, M13, metric, path, people, score } from './helpers';

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
