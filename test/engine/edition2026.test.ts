/**
 * Edition 2026 (RULES-2026), one describe per row of §10 marked ◆, plus the spec's worked examples and the
 * boundaries at each changed threshold (−1, equal, +1). The scoring month is 2026-10 (M-1): M-2 = 2026-09,
 * M-13 = 2025-10, M-14 = 2025-09; the TTM is 2025-11..2026-10 and the previous TTM 2024-11..2025-10.
 * Where a row changes a 2024 rule, the same data is also scored with edition 2024 to show the difference.
 */
import { describe, expect, it } from 'vitest';
import { scoreDataset } from '../../src/engine';
import { azure, cert26, dataset, m365, metric, metric26, N1, N13, N14, N2, people26, PREVIOUS_TTM, score26, TTM, usage } from './helpers';

const customers = (smb: number, enterprise: number) => [
  ...Array.from({ length: smb }, (_, i) => ({ tenantId: `smb-${i}`, segment: i % 2 ? 'SMC' : 'SMB' })),
  ...Array.from({ length: enterprise }, (_, i) => ({ tenantId: `ent-${i}`, segment: 'Enterprise' })),
];
const acrFor = (tenants: { tenantId: string }[], month: string, usd: number) => tenants.map((c) => azure(c.tenantId, month, usd, 'Storage'));
const path26 = (data: ReturnType<typeof dataset>, id: string) => score26(data).designations.find((d) => d.id === id)!;

describe("◆ 1. Azure path: the SMB share of last month's customers alone (§2.1, AMB26-08)", () => {
  it('8 of 10 customers SMB/SMC = 80 % → SMB; 7 of 10 = 70 % → Enterprise; ACR over $1M does not matter', () => {
    const eight = customers(8, 2);
    // $100,000 a month × 12 = $1.2M TTM: edition 2024 would say Enterprise first (ACR >= $1M).
    const data = dataset({ customers: eight, azure: TTM.flatMap((m) => acrFor(eight, m, 10_000)) });
    expect(path26(data, 'data-ai').path).toBe('smb');
    // 8 SMB of 10 customers with ACR in 2026-10 = 80 % >= 80 % → SMB.
    expect(path26(data, 'data-ai').pathReason).toBe('assigned by the rules: 80 % of the customers with Azure revenue in 2026-10 (8 of 10) are SMB, at or over the 80 % SMB needs');
    expect(scoreDataset(data, { month: N1, edition: '2024' }).designations[0]!.path).toBe('enterprise');
    const seven = customers(7, 3);
    expect(path26(dataset({ customers: seven, azure: acrFor(seven, N1, 100) }), 'infrastructure').path).toBe('enterprise');
  });

  it('only customers with ACR in the scoring month count; the same path for all three Azure designations', () => {
    // 4 SMB customers in 2026-10, 1 Enterprise customer only in 2026-09: 4 of 4 = 100 % → SMB.
    const data = dataset({ customers: customers(4, 1), azure: [...acrFor(customers(4, 0), N1, 50), azure('ent-0', N2, 50_000)] });
    expect(['data-ai', 'digital-app-innovation', 'infrastructure'].map((id) => path26(data, id).path)).toEqual(['smb', 'smb', 'smb']);
  });

  it("no customer in the month → Enterprise; the partner file's share overrides; acr_ttm_usd has no effect", () => {
    expect(path26(dataset({ azure: [azure('a', N2, 100)] }), 'data-ai').path).toBe('enterprise');
    const data = dataset({ customers: customers(0, 2), azure: acrFor(customers(0, 2), N1, 100), partner: { smbCustomerShare: 0.8, acrTtmUsd: 5_000_000 } });
    expect(path26(data, 'data-ai').path).toBe('smb');
    expect(path26({ ...data, partner: { smbCustomerShare: 0.7999 } }, 'data-ai').path).toBe('enterprise');
  });
});

describe('◆ 3. Azure net customer adds: a difference of two counts (§2.4, AMB26-11)', () => {
  it('a customer under the threshold a year ago and over it now is +1 (edition 2024: 0, it was not at $0)', () => {
    const data = dataset({ azure: [azure('grew', N14, 300), azure('grew', N1, 1000)] });
    // E(M-1) = {grew} ($1,000 >= $1,000); E(M-13) = {} ($300 < $1,000) → 1 − 0 = 1 → 10 points.
    expect(metric26(data, 'data-ai', 'enterprise', 'net-customer-adds').points).toBe(10);
    expect(metric(scoreDataset(data, { month: N1, edition: '2024' }), 'data-ai', 'enterprise', 'net-customer-adds').points).toBe(0);
  });

  it('boundaries: $999.99 / $1,000 / $1,000.01 (Enterprise) and $499.99 / $500 (SMB), in M-1 or M-2', () => {
    const data = dataset({ azure: [azure('a', N1, 999.99), azure('b', N2, 1000), azure('c', N1, 1000.01), azure('d', N1, 499.99), azure('e', N2, 500)] });
    // Enterprise: b, c → 2 × 10 = 20. SMB (>= $500): a, b, c, e → 4, capped at 3 → 30.
    expect(metric26(data, 'infrastructure', 'enterprise', 'net-customer-adds').points).toBe(20);
    expect(metric26(data, 'infrastructure', 'smb', 'net-customer-adds').value).toBe(4);
    expect(metric26(data, 'infrastructure', 'smb', 'net-customer-adds').points).toBe(30);
  });

  it('retained customers cancel out; more lost than added scores 0', () => {
    const data = dataset({ azure: [azure('kept', N13, 2000), azure('kept', N1, 2000), azure('lost1', N14, 5000), azure('lost2', N13, 1500), azure('new', N1, 1200)] });
    // |E(M-1)| = {kept, new} = 2; |E(M-13)| = {kept, lost1, lost2} = 3 → −1 → 0 points.
    const m = metric26(data, 'data-ai', 'enterprise', 'net-customer-adds');
    expect(m.value).toBe(-1);
    expect(m.points).toBe(0);
  });
});

describe('◆ 5, 6. Azure deployments: any service with ACR in the TTM, except Virtual Machines (§2.7, AMB26-13)', () => {
  it('counts old and new services alike; both VM services and their spellings are excluded; a credit to $0 does not count', () => {
    const data = dataset({
      azure: [
        azure('a', '2024-01', 100, 'SQL Database'),
        azure('a', N1, 100, 'SQL Database'), // used for years: counts in 2026
        azure('a', '2024-01', 100, 'Storage'),
        azure('a', '2026-01', 100, 'Storage'), // in the TTM: counts
        azure('b', '2026-02', 100, 'Key Vault'), // new: counts
        azure('b', '2026-02', 100, 'Virtual Machines'),
        azure('b', '2026-02', 100, 'Virtual Machine Licenses'),
        azure('b', '2026-02', 100, 'Virtual Machines License'),
        azure('c', '2026-03', 50, 'App Service'),
        azure('c', '2026-04', -50, 'App Service'), // sums to $0: no
        azure('d', '2024-06', 100, 'Azure Monitor'), // only before the TTM: no
      ],
    });
    // SQL Database, Storage, Key Vault = 3 × 2 = 6 points.
    const m = metric26(data, 'digital-app-innovation', 'enterprise', 'deployments');
    expect(m.value).toBe(3);
    expect(m.points).toBe(6);
    // Edition 2024: services first used in the TTM: Key Vault, Virtual Machines, App Service (first > 0 in 2026-03)
    // and "Virtual Machines License" (not a 2024 spelling of the excluded licences) = 4; not SQL Database or Storage.
    expect(metric(scoreDataset(data, { month: N1, edition: '2024' }), 'digital-app-innovation', 'enterprise', 'deployments').value).toBe(4);
  });

  it('5 services reach the maximum of 10', () => {
    const data = dataset({ azure: ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'].map((s) => azure('a', N1, 1, s)) });
    expect(metric26(data, 'infrastructure', 'enterprise', 'deployments').points).toBe(10);
  });
});

describe('7. Sovereign clouds are left out of every Azure quantity (§1.7, AMB26-17)', () => {
  it('rows marked China / US Government / GCC High do not count; public, empty or unknown values do', () => {
    const row = (t: string, cloud?: string) => ({ ...azure(t, N1, 5000, 'Key Vault'), ...(cloud !== undefined ? { cloud } : {}) });
    const data = dataset({ azure: [row('gov', 'US Government'), row('cn', 'azure_china'), row('gcc', 'GCC-High'), row('pub', 'Public'), row('none'), row('odd', 'Moonbase')] });
    // NCA (>= $1,000): pub, none, odd → 3 × 10 = 30; Security NCA Azure (>= $600 TTM): the same three.
    expect(metric26(data, 'data-ai', 'enterprise', 'net-customer-adds').value).toBe(3);
    expect(metric26(data, 'security', 'enterprise', 'net-customer-adds').components.find((c) => c.id === 'azure')!.units).toBe(3);
    // Edition 2024 has no such rule: all six count (capped at 3 → 30, but the value is 6).
    expect(metric(scoreDataset(data, { month: N1, edition: '2024' }), 'data-ai', 'enterprise', 'net-customer-adds').value).toBe(6);
  });
});

describe('◆ 16. Business Applications usage: CPOR RevRec no longer counts; plain CPOR is CPOR OSU (§3.6, AMB26-21/44)', () => {
  it('deployments (SMB, MCV >= 5,000) from CSP, DPOR, CPOR and PAL rows by family', () => {
    const data = dataset({
      bizappsUsage: [
        usage('a', N1, 'Business Central', 5, 'CPOR RevRec'), // 5 × 1000 = 5,000 but RevRec: excluded in 2026
        usage('b', N1, 'Business Central', 5, 'CPOR'), // plain CPOR on a usage row = OSU: counts
        usage('c', N1, 'Sales', 25, 'CSP Tier 2'), // Customer Engagement 25 × 200 = 5,000: counts
        usage('d', N1, 'Power BI', 25, 'PAL'), // Power Platform through PAL: counts
        usage('e', N1, 'Power BI', 25, 'CSP'), // Power Platform through CSP: no
        usage('f', N1, 'Portals', 50, 'PAL'), // Portals 50 × 100 = 5,000 (new rate): counts
        usage('g', N1, 'Contact Center', 24, 'DPOR'), // 24 × 200 = 4,800 < 5,000: no
      ],
    });
    // b, c, d, f = 4 × 4 = 16.
    expect(metric26(data, 'business-applications', 'smb', 'deployments').value).toBe(4);
    expect(metric26(data, 'business-applications', 'smb', 'deployments').points).toBe(16);
    // Edition 2024: a (RevRec counted), b, c, d = 4; Portals had no rate; Contact Center was not on the card.
    expect(metric(scoreDataset(data, { month: N1, edition: '2024' }), 'business-applications', 'smb', 'deployments').value).toBe(4);
  });

  it('net customer adds: the new workloads count (Contact Center, Copilot Studio, HR as Human Resources); Marketing does not', () => {
    const rev = (t: string, w: string) => ({ tenantId: t, month: N1, workload: w, association: 'CSP', revenueUsd: 300 });
    const data = dataset({
      bizappsRevenue: [rev('a', 'Contact Center'), rev('b', 'Copilot Studio PAYG'), rev('c', 'Human Resources'), rev('d', 'Marketing'), rev('e', 'Non-workload specific (F&O)')],
    });
    // a, b, c, e > $250 → 4 × 3 = 12.
    expect(metric26(data, 'business-applications', 'smb', 'net-customer-adds').value).toBe(4);
  });
});

describe('◆ 20. Modern Work workloads per metric (§4.4, §4.6, AMB26-26)', () => {
  it('Windows 365 and M365 Copilot make Enterprise customers; Teams Premium counts for deployments, not for net adds', () => {
    const data = dataset({
      m365: [m365('w365', N1, 'Windows 365', 'CPOR', 301, 200), m365('copilot', N1, 'Microsoft 365 Copilot', 'CPOR', 400, 100), m365('premium', N1, 'Teams Premium', 'CPOR', 500, 300)],
    });
    // NCA Enterprise: w365, copilot = 2 × 4 = 8 (Teams Premium is not an NCA workload).
    expect(metric26(data, 'modern-work', 'enterprise', 'net-customer-adds').points).toBe(8);
    // Deployments CPOR (>= 40 % active): w365 200/301 = 66 %, premium 300/500 = 60 %; copilot 25 % no → 2 × 5 = 10.
    expect(metric26(data, 'modern-work', 'enterprise', 'deployments').points).toBe(10);
    // Edition 2024 knows none of the three workloads.
    expect(metric(scoreDataset(data, { month: N1, edition: '2024' }), 'modern-work', 'enterprise', 'net-customer-adds').points).toBe(0);
  });
});

describe('◆ 21. The SMB promotion rule (§4.2, AMB26-25)', () => {
  it('a tenant in the SMB band a year ago and over 300 seats now is still SMB: no lost SMB customer, and a new Enterprise one', () => {
    const data = dataset({ m365: [m365('grown', N13, 'Teams', 'CPOR', 200, 50), m365('grown', N1, 'Teams', 'CPOR', 400, 100), m365('small', N1, 'Teams', 'CSP', 20, 5)] });
    // SMB: E(M-1) = {grown (promoted), small}, E(M-13) = {grown} → 2 − 1 = 1 → 2 points; without the rule it would be 0.
    expect(metric26(data, 'modern-work', 'smb', 'net-customer-adds').value).toBe(1);
    expect(metric26(data, 'modern-work', 'smb', 'net-customer-adds').points).toBe(2);
    // Edition 2024: grown is lost (−1), small added (+1) → 0.
    expect(metric(scoreDataset(data, { month: N1, edition: '2024' }), 'modern-work', 'smb', 'net-customer-adds').value).toBe(0);
    expect(metric26(data, 'modern-work', 'enterprise', 'net-customer-adds').value).toBe(1);
  });

  it('seats of one workload under two associations are the larger, not either (AMB26-28)', () => {
    // CPOR 200 and CSP 400 seats of Teams: the tenant has 400 seats → not in the SMB core band (edition 2024: the CPOR row is).
    const data = dataset({ m365: [m365('t', N1, 'Teams', 'CPOR', 200, 10), m365('t', N1, 'Teams', 'CSP', 400, 10)] });
    expect(metric26(data, 'modern-work', 'smb', 'net-customer-adds').value).toBe(0);
    expect(metric(scoreDataset(data, { month: N1, edition: '2024' }), 'modern-work', 'smb', 'net-customer-adds').value).toBe(1);
  });

  it('only rows of the same workload are one set of seats: another workload keeps its own (AMB26-28)', () => {
    // Teams CPOR 200 and CSP 400 → Teams 400 seats (over 300); Exchange Online CSP 50 stays its own, in 11–300 →
    // the tenant is in the SMB band in N1 and not in N13: E(M-1) 1 − E(M-13) 0 = 1 net add.
    const data = dataset({ m365: [m365('t', N1, 'Teams', 'CPOR', 200, 10), m365('t', N1, 'Teams', 'CSP', 400, 10), m365('t', N1, 'Exchange Online', 'CSP', 50, 10)] });
    expect(metric26(data, 'modern-work', 'smb', 'net-customer-adds').value).toBe(1);
  });
});

const sec = (gate: { s1: number; s2: number; s3: number }) => [
  ...people26('s1', 'Azure Security Engineer Associate', gate.s1),
  ...people26('s2', 'Microsoft Security Operations Analyst', gate.s2),
  ...people26('s3', 'Microsoft Cybersecurity Architect Expert', gate.s3),
];

describe('◆ 25, 35. Security: two paths, best total; SMB skilling 4 + 4 + 8 per person (§5.1, §5.5, AMB26-24/35)', () => {
  it('worked examples: ENT (2, 2, 3) → 20, (2, 2, 2) → 13.33, (1, 2, 3) → 0; SMB (2, 2, 3) → 32, (2, 2, 2) → 24, (1, 0, 2) → 4, (0, 0, 3) → 0', () => {
    const ent = (g: Parameters<typeof sec>[0]) => metric26(dataset({ certifications: sec(g) }), 'security', 'enterprise', 'intermediate-certifications');
    const smb = (g: Parameters<typeof sec>[0]) => metric26(dataset({ certifications: sec(g) }), 'security', 'smb', 'intermediate-certifications');
    expect(ent({ s1: 2, s2: 2, s3: 3 }).pointsExact).toBe('20'); // 3 × 40/6
    expect(ent({ s1: 2, s2: 2, s3: 2 }).points).toBe(13.33); // 2 × 40/6 = 40/3
    expect(ent({ s1: 1, s2: 2, s3: 3 }).points).toBe(0); // step 1 needs 2 people
    expect(smb({ s1: 2, s2: 2, s3: 3 }).points).toBe(32); // 4 + 4 + 3 × 8
    expect(smb({ s1: 2, s2: 2, s3: 2 }).points).toBe(24); // 4 + 4 + 2 × 8
    expect(smb({ s1: 1, s2: 0, s3: 2 }).points).toBe(4); // step 1 only
    expect(smb({ s1: 0, s2: 0, s3: 3 }).points).toBe(0);
    expect(smb({ s1: 1, s2: 1, s3: 5 }).points).toBe(40); // 4 + 4 + min(32, 40) → cap 40
  });

  it('step 1 accepts Cloud and AI Security Engineer; step 3 accepts Information Security Administrator', () => {
    const data = dataset({ certifications: [cert26('a', 'Cloud and AI Security Engineer Associate'), cert26('b', 'SC-200'), cert26('c', 'Information Security Administrator Associate')] });
    expect(metric26(data, 'security', 'smb', 'intermediate-certifications').points).toBe(16); // 4 + 4 + 8
  });

  it('the SMB path counts when it is the only one that qualifies', () => {
    const d = score26(dataset({ certifications: sec({ s1: 1, s2: 1, s3: 4 }) })).designations.find((x) => x.id === 'security')!;
    expect(d.paths.map((p) => p.path)).toEqual(['enterprise', 'smb']);
    // Neither qualifies (no customers): the higher total counts: SMB 40 vs Enterprise 0.
    expect(d.path).toBe('smb');
    expect(d.score).toBe(40);
  });
});

describe('◆ 26, 27, 28, 29, 31. Security net customer adds (§5.4, AMB26-25/30/31/32/36/37)', () => {
  it('Azure: $600 of Security ACR over the TTM, PAL or CSP; $599.99 or DPOR does not count', () => {
    // 11 months of $50 and the last month's remainder, so the TTM total is exact.
    const spread = (t: string, total: number, assoc = 'PAL', service = 'Key Vault') => TTM.map((m, i) => azure(t, m, i < 11 ? 50 : Math.round((total - 550) * 100) / 100, service, assoc));
    const data = dataset({
      azure: [
        ...spread('a', 600),
        ...spread('b', 599.99),
        ...spread('c', 900, 'CSP Tier 2', 'Microsoft Defender for Cloud'),
        ...spread('d', 900, 'DPOR'),
        ...spread('e', 900, 'PAL', 'Security Center'),
      ],
    });
    // a ($600), c (CSP, 2026 service name), e ("Security Center" is Defender for Cloud) → 3; SMB 3 × 4 = 12, ENT 3 × 2 = 6.
    expect(metric26(data, 'security', 'smb', 'net-customer-adds').points).toBe(12);
    expect(metric26(data, 'security', 'enterprise', 'net-customer-adds').points).toBe(6);
  });

  it('Microsoft 365 bands: Enterprise > 300 seats, SMB 5–300 seats; CPOR or CSP; P2 of Entra ID and P1 of Defender for Endpoint are not eligible', () => {
    const data = dataset({
      m365: [
        m365('e301', N1, 'Intune', 'CSP Tier 1', 301, 0),
        m365('s300', N1, 'Intune', 'CPOR', 300, 0),
        m365('s5', N1, 'Microsoft Defender for Office 365', 'CSP', 5, 0),
        m365('s4', N1, 'Intune', 'CPOR', 4, 0),
        m365('p2', N1, 'Microsoft Entra ID P2', 'CPOR', 50, 0),
        m365('mde1', N1, 'Microsoft Defender for Endpoint P1', 'CPOR', 50, 0),
        m365('mde', N1, 'Microsoft Defender for Endpoint', 'CPOR', 50, 0),
        m365('dpor', N1, 'Intune', 'DPOR', 50, 0),
      ],
    });
    const m365Units = (p: 'enterprise' | 'smb') => metric26(data, 'security', p, 'net-customer-adds').components.find((c) => c.id === 'm365')!.units;
    expect(m365Units('enterprise')).toBe(1); // e301
    expect(m365Units('smb')).toBe(3); // s300, s5, mde
    // SMB: 3 × 4 = 12 points; 5 customers reach the maximum of 20.
    expect(metric26(data, 'security', 'smb', 'net-customer-adds').points).toBe(12);
  });
});

describe('◆ 36, 37. Security deployments (§5.6, AMB26-33/46)', () => {
  it('Azure: Enterprise more than $12,000 a year; SMB $750 to $12,000, and a grown tenant stays SMB for a year', () => {
    const spread = (t: string, months: string[], total: number) => months.map((m) => azure(t, m, total / 12, 'Key Vault'));
    const data = dataset({
      azure: [
        ...spread('e', TTM, 12_000.12), // > 12,000 → Enterprise
        ...spread('edge', TTM, 12_000), // = 12,000 → SMB (inclusive)
        ...spread('s', TTM, 750), // = 750 → SMB
        ...spread('low', TTM, 749.88), // < 750 → neither
        ...spread('grown', PREVIOUS_TTM, 6000),
        ...spread('grown', TTM, 24_000), // SMB last year, Enterprise now
      ],
    });
    const az = (p: 'enterprise' | 'smb') => metric26(data, 'security', p, 'deployments').components.find((c) => c.id === 'azure')!;
    // Enterprise: now {e, grown} − a year ago {} = 2. SMB: now {edge, s, grown (carried)} − a year ago {grown} = 2.
    expect(az('enterprise').units).toBe(2);
    expect(az('smb').units).toBe(2);
    expect(metric26(data, 'security', 'smb', 'deployments').pointsExact).toBe('20/3'); // 2 × 20/6
  });

  it('Microsoft 365: in the band with some eligible workload at least 15 % active (15 % counts, 14.9 % does not)', () => {
    const data = dataset({
      m365: [
        m365('a', N1, 'Intune', 'CPOR', 200, 30), // 15 % → yes
        m365('b', N1, 'Intune', 'CPOR', 1000, 149), // 14.9 %, and > 300 seats: Enterprise band, no
        m365('c', N1, 'Intune', 'CSP', 100, 5),
        m365('c', N1, 'Microsoft Defender for Office 365', 'CSP', 10, 5), // the 50 % workload need not be the big one
      ],
    });
    const units = (p: 'enterprise' | 'smb') => metric26(data, 'security', p, 'deployments').components.find((c) => c.id === 'm365')!.units;
    expect(units('smb')).toBe(2); // a, c
    expect(units('enterprise')).toBe(0); // b is 14.9 %
  });
});

describe('◆ 38, 39. Security usage growth per path (§5.7, AMB26-28/34)', () => {
  it('Azure: $1,250 a point among tenants over $12,000 a year (Enterprise), $750 a point among smaller ones (SMB)', () => {
    const month = (t: string, m: string, usd: number) => azure(t, m, usd, 'Sentinel');
    const data = dataset({
      azure: [
        // big: $13,000 TTM ending 2025-10 and ending 2026-10; monthly ACR 1,000 → 3,500: +2,500 → 2 Enterprise points.
        ...PREVIOUS_TTM.map((m) => month('big', m, m === N13 ? 1000 : 12_000 / 11)),
        ...TTM.map((m) => month('big', m, m === N1 ? 3500 : 9500 / 11)),
        // small: $1,000 TTM both years; 100 → 1,000 in the end months: +900 → 1 SMB point.
        ...PREVIOUS_TTM.map((m) => month('small', m, m === N13 ? 100 : 900 / 11)),
        ...TTM.map((m) => month('small', m, m === N1 ? 1000 : 0)),
      ],
    });
    const az = (p: 'enterprise' | 'smb') => metric26(data, 'security', p, 'usage-growth').components.find((c) => c.id === 'azure')!;
    expect(az('enterprise').units).toBe(2); // floor(2,500 / 1,250)
    expect(az('smb').units).toBe(1); // floor(900 / 750)
  });

  it('Microsoft 365: protected users = the largest min(active, paid) of a workload; 125 a point (Enterprise), 50 (SMB)', () => {
    const data = dataset({
      m365: [
        m365('e', N1, 'Intune', 'CPOR', 1000, 400),
        m365('e', N1, 'Microsoft Entra ID P1', 'CPOR', 1000, 300), // max(400, 300) = 400
        m365('s', N1, 'Intune', 'CSP', 100, 120), // min(120, 100) = 100
      ],
    });
    const pu = (p: 'enterprise' | 'smb') => metric26(data, 'security', p, 'usage-growth').components.find((c) => c.id === 'm365')!;
    expect(pu('enterprise').value).toBe(400);
    expect(pu('enterprise').units).toBe(3); // floor(400 / 125)
    expect(pu('smb').value).toBe(100);
    expect(pu('smb').units).toBe(2); // floor(100 / 50)
  });
});

describe('Certifications in edition 2026 (§1.4, AMB26-05/07/47)', () => {
  it('a retired certification counts through retirement + 1 year, never when earned after retirement; unlisted ones never', () => {
    const intermediate = (certs: ReturnType<typeof cert26>[], month = N1) =>
      metric26(dataset({ certifications: [...people26('aaa', 'AZ-104', 2), ...certs] }), 'digital-app-innovation', 'enterprise', 'intermediate-certifications', month);
    // Azure Developer Associate retired 2026-07-31: earned 2026-01-01 → counts in 2026-10 (4 points) and through 2027-07-31.
    expect(intermediate([cert26('dev', 'AZ-204', '2026-01-01')]).points).toBe(4);
    expect(intermediate([cert26('dev', 'AZ-204', '2026-01-01')], '2027-07').points).toBe(4);
    expect(intermediate([cert26('dev', 'AZ-204', '2026-01-01')], '2027-08').points).toBe(0);
    // Earned 2026-08-01, after the retirement: does not count (AMB26-47).
    expect(intermediate([cert26('dev', 'AZ-204', '2026-08-01')]).points).toBe(0);
    // Azure Stack Hub Operator is no longer listed for Infrastructure (AMB26-07).
    const infra = metric26(dataset({ certifications: [...people26('aaa', 'AZ-104', 2), cert26('hub', 'AZ-600')] }), 'infrastructure', 'enterprise', 'intermediate-certifications');
    expect(infra.points).toBe(0);
  });

  it('Azure skilling worked examples (§2.5): D&AI SMB 1 AAA + 1 SAE + 3 step-3 people → 20; one AAA and two developers (DAI SMB) → 12', () => {
    const dai = dataset({ certifications: [cert26('a', 'AZ-104'), cert26('s', 'AZ-305'), ...people26('x', 'Fabric Data Engineer Associate', 3)] });
    expect(metric26(dai, 'data-ai', 'smb', 'intermediate-certifications').points).toBe(20); // 4 + 4 + 3 × 4
    const two = dataset({ certifications: [cert26('a', 'AZ-104'), ...people26('g', 'GitHub Certified: Agentic AI Developer', 2)] });
    expect(metric26(two, 'digital-app-innovation', 'smb', 'intermediate-certifications').points).toBe(12); // 4 + 2 × 4
    expect(metric26(two, 'digital-app-innovation', 'enterprise', 'intermediate-certifications').points).toBe(0); // needs 2 AAA
  });
});

describe('a holding valid for the People view (holdingValidOn)', () => {
  it('follows the edition: unlisted, retired past grace, earned after retirement and expired do not count', async () => {
    const { holdingValidOn } = await import('../../src/engine/measures/skilling');
    const { getEdition, prepare } = await import('../../src/engine');
    const edition = getEdition('2026');
    const prepared = prepare(
      dataset({
        certifications: [cert26('a', 'AZ-204', '2026-01-01'), cert26('b', 'AZ-204', '2026-08-01'), cert26('c', 'AZ-600'), cert26('d', 'AZ-104', '2024-01-01', '2026-10-30'), cert26('e', 'AZ-104')],
      }),
      edition,
    );
    const valid = (id: string, day = '2026-10-31') => holdingValidOn(prepared.people.get(id)!.holdings[0]!, day, edition);
    expect(valid('a')).toBe(true); // retired 2026-07-31, earned before: counts through 2027-07-31
    expect(valid('a', '2027-08-01')).toBe(false);
    expect(valid('b')).toBe(false); // earned after retirement (AMB26-47)
    expect(valid('c')).toBe(false); // not listed in 2026 (AMB26-07)
    expect(valid('d')).toBe(false); // expired 2026-10-30
    expect(valid('e')).toBe(true);
  });
});

describe('Modern Work SMB band 11–300 with the promotion rule (§4.2, AMB26-25), Exchange Online via CSP', () => {
  it('a tenant that shrinks below the band is lost; one that grows past it stays in the band: 2 new − 1 lost = 1 net → 2 points', () => {
    const data = dataset({
      m365: [
        m365('n1', N1, 'Exchange Online', 'CSP', 50, 20), // new: 50 seats in 2026-10
        m365('n2', N1, 'Exchange Online', 'CSP', 50, 20), // new
        m365('shrunk', N13, 'Exchange Online', 'CSP', 50, 20), // 50 → 5 seats: below 11, no promotion downwards → lost
        m365('shrunk', N1, 'Exchange Online', 'CSP', 5, 2),
        m365('grown', N13, 'Exchange Online', 'CSP', 50, 20), // 50 → 400: past 300, in the core band a year ago → still in
        m365('grown', N1, 'Exchange Online', 'CSP', 400, 200),
      ],
    });
    const nca = metric26(data, 'modern-work', 'smb', 'net-customer-adds');
    expect(nca.value).toBe(1); // 2 − 1; "grown" is in the band in both years: 0
    expect(nca.points).toBe(2); // 20 points for 10 customers on SMB: 2 each
    expect(nca.items.find((i) => i.subject === 'grown')).toMatchObject({ counted: false });
    expect(nca.items.find((i) => i.subject === 'shrunk')).toMatchObject({ counted: true, effect: -1 });
  });
});
