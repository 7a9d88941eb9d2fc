import { describe, expect, it } from 'vitest';
import { azure, cert, dataset, m365, M1, M13, metric, people, score } from './helpers';

const gate = [cert('e1', 'AZ-500'), cert('e2', 'AZ-500'), cert('o1', 'SC-200'), cert('o2', 'SC-200')];

describe('Security skilling (RULES.md §5.4, AMB-31/35)', () => {
  it('docs example: 3 qualifying people × 40/6 = 20 points', () => {
    const data = dataset({ certifications: [...gate, cert('x', 'SC-100'), cert('y', 'SC-300'), cert('z', 'SC-400')] });
    const m = metric(data, 'security', 'standard', 'intermediate-certifications');
    expect(m.pointsExact).toBe('20');
    // 2 people → 2 × 40/6 = 40/3 = 13.33 (docs "13.3")
    const two = dataset({ certifications: [...gate, cert('x', 'SC-100'), cert('y', 'SC-300')] });
    expect(metric(two, 'security', 'standard', 'intermediate-certifications').pointsExact).toBe('40/3');
    expect(metric(two, 'security', 'standard', 'intermediate-certifications').points).toBe(13.33);
  });
  it('from 2023-12-01 the gate is 2 + 2 people; before it 1 + 1, and SOA scored in Step 3', () => {
    const data = dataset({ certifications: [cert('e1', 'AZ-500'), cert('o1', 'SC-200'), ...people('s', 'SC-100', 6)], azure: [azure('t', '2023-11', 1)] });
    expect(metric(score(data, '2024-06'), 'security', 'standard', 'intermediate-certifications').points).toBe(0);
    // 2023-11-30: gate 1 + 1 met; Step 3: 6 architects + o1 (SOA) = 7 people, capped at 6 → 40
    expect(metric(score(data, '2023-11'), 'security', 'standard', 'intermediate-certifications').points).toBe(40);
  });
  it('Microsoft 365 Security Administrator satisfies Step 2 only through 2024-06-30', () => {
    const data = dataset({ certifications: [cert('e1', 'AZ-500'), cert('e2', 'AZ-500'), cert('m1', 'MS-500'), cert('m2', 'MS-500'), cert('x', 'SC-100')], azure: [azure('t', '2024-07', 1)] });
    expect(metric(score(data, '2024-06'), 'security', 'standard', 'intermediate-certifications').pointsExact).toBe('20/3');
    expect(metric(score(data, '2024-07'), 'security', 'standard', 'intermediate-certifications').points).toBe(0);
  });
});

describe('Security customers, deployments and growth (RULES.md §5.3, §5.5, §5.6, AMB-30/32/33)', () => {
  it('net customer adds pool Azure (avg $100 a month, PAL) and Microsoft 365 (> 25 seats, CPOR), 2 points each', () => {
    const ttm = ['2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];
    const data = dataset({
      azure: [
        ...ttm.map((m) => azure('kv', m, 100, 'Key Vault')), // $1,200 over the TTM = $100 a month → +1
        ...ttm.map((m) => azure('low', m, 99.99, 'Azure Firewall')), // just under → 0
        ...ttm.map((m) => azure('dpor', m, 500, 'Key Vault', 'DPOR')), // Azure Security is PAL only (AMB-37)
        ...ttm.map((m) => azure('vm', m, 500, 'Virtual Machines')), // not a security service
      ],
      m365: [m365('a', M1, 'Entra ID P1', 'CPOR', 26, 0), m365('b', M1, 'Defender for Office 365', 'CPOR', 25, 0), m365('c', M1, 'Intune', 'CSP', 500, 0)],
    });
    const m = metric(data, 'security', 'standard', 'net-customer-adds');
    expect(m.components.find((c) => c.id === 'azure')!.units).toBe(1);
    expect(m.components.find((c) => c.id === 'm365')!.units).toBe(1);
    expect(m.points).toBe(4); // (1 + 1) × 2
  });
  it('each sub-metric clamps at 0 before pooling (AMB-30)', () => {
    const data = dataset({
      m365: [m365('a', M1, 'Intune', 'CPOR', 30, 0), m365('lost1', M13, 'Intune', 'CPOR', 30, 0), m365('lost2', M13, 'Intune', 'CPOR', 30, 0)],
      azure: ['2023-07', '2024-06'].map((m) => azure('kv', m, 1200, 'Key Vault')),
    });
    // Azure +1, M365 1 - 2 = -1 → clamped 0; pooled 1 × 2 = 2 (not 0)
    expect(metric(data, 'security', 'standard', 'net-customer-adds').points).toBe(2);
  });
  it('deployments: Azure >= $12,000 Security ACR in the TTM; M365 >= 25 seats and > 15 % active; 20/6 each', () => {
    const data = dataset({
      azure: [azure('s', '2024-01', 6000, 'Microsoft Sentinel'), azure('s', M1, 6000, 'Sentinel')], // $12,000 → +1 ("Sentinel" = "Microsoft Sentinel", AMB-62)
      m365: [
        m365('x', M1, 'Microsoft Defender for Endpoints', 'CPOR', 100, 16), // 16 % → +1 (spelling AMB-62)
        m365('y', M1, 'Intune', 'CPOR', 100, 15), // 15 % is not "more than 15 %" → 0
        m365('z', M1, 'Intune', 'CPOR', 24, 24), // 24 seats < 25 → 0
      ],
    });
    const m = metric(data, 'security', 'standard', 'deployments');
    expect(m.value).toBe(2);
    expect(m.pointsExact).toBe('20/3'); // 2 × 20/6
  });
  it('usage growth: 1 point per $1,250 of Security ACR growth plus 1 per 125 protected users', () => {
    const data = dataset({
      azure: [azure('s', M13, 1000, 'Key Vault'), azure('s', M1, 3500, 'Key Vault')], // +2,500 → 2
      m365: [m365('t', M13, 'Intune', 'CPOR', 900, 100), m365('t', M1, 'Intune', 'CPOR', 900, 300), m365('t', M1, 'Entra ID P2', 'CPOR', 900, 74)], // 100 → 374: +274 → 2
    });
    expect(metric(data, 'security', 'standard', 'usage-growth').points).toBe(4);
  });
});
