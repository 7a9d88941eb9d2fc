/**
 * When a certification counts (measures/skilling.ts), edition 2026, scored 2026-10 (check day 2026-10-31).
 * Digital & App Innovation, SMB path, intermediate certifications (RULES-2026 §2.4/§2.5): 1 Azure Administrator
 * Associate is the prerequisite and earns 4 points; then 4 points per person holding a scoring certification
 * (Azure Developer Associate AZ-204, Power Platform Developer Associate PL-400, …).
 */
import { describe, expect, it } from 'vitest';
import { getEdition, prepare, scorePrepared, type Dataset } from '../../src/engine';
import type { CertRef, Edition, MeasureSpec } from '../../src/engine/rules/types';
import { cert26, dataset, metric26, N1 } from './helpers';

const intermediate = (data: Dataset) => metric26(data, 'digital-app-innovation', 'smb', 'intermediate-certifications');
const reasonOf = (data: Dataset, person: string) => intermediate(data).items.find((i) => i.subject === person)?.reason;
const admin = cert26('admin', 'AZ-104');

describe('a certification counts from the day it is earned, through the check day', () => {
  it('earned on the check day counts (4 points); earned the day after does not (0)', () => {
    expect(intermediate(dataset({ certifications: [cert26('admin', 'AZ-104', '2026-10-31')] })).points).toBe(4);
    const late = dataset({ certifications: [cert26('admin', 'AZ-104', '2026-11-01')] });
    expect(intermediate(late).points).toBe(0);
    expect(reasonOf(late, 'admin')).toBe('Azure Administrator Associate earned 2026-11-01, after 2026-10-31');
  });

  it('expired the day before the check day does not count; expiring on it does', () => {
    expect(intermediate(dataset({ certifications: [cert26('admin', 'AZ-104', '2025-01-01', '2026-10-31')] })).points).toBe(4);
    const expired = dataset({ certifications: [cert26('admin', 'AZ-104', '2025-01-01', '2026-10-30')] });
    expect(intermediate(expired).points).toBe(0);
    expect(reasonOf(expired, 'admin')).toBe('Azure Administrator Associate expired on 2026-10-30');
  });
});

describe('earned after retirement (RULES-2026 AMB26-47: "if completed before retirement")', () => {
  // Azure Developer Associate (AZ-204) retires 2026-07-31 and counts through 2027-07-31.
  it('earned on the retirement day counts: 4 + 4 = 8; earned the day after never counts: 4', () => {
    expect(intermediate(dataset({ certifications: [admin, cert26('dev', 'AZ-204', '2026-07-31')] })).points).toBe(8);
    const after = dataset({ certifications: [admin, cert26('dev', 'AZ-204', '2026-08-01')] });
    expect(intermediate(after).points).toBe(4);
    expect(reasonOf(after, 'dev')).toBe('Azure Developer Associate was earned on 2026-08-01, after it retired on 2026-07-31: it does not count');
  });

  it('an edition where it still counts (earnedAfterRetirementCounts) gives the 4 points', () => {
    const edition = getEdition('2026');
    const lenient: Edition = { ...edition, certificationRules: { ...edition.certificationRules, earnedAfterRetirementCounts: true } };
    const data = dataset({ certifications: [admin, cert26('dev', 'AZ-204', '2026-08-01')] });
    const dai = scorePrepared(prepare(data, lenient), N1, { window: false }).designations.find((d) => d.id === 'digital-app-innovation')!;
    expect(dai.paths.find((p) => p.path === 'smb')!.metrics.find((m) => m.id === 'intermediate-certifications')!.points).toBe(8); // 4 + 4
  });
});

describe('a person counts once if any listed certification is valid', () => {
  it('a valid AZ-204 beside an expired PL-400: counted (4 + 4 = 8), and the reason names only the valid one', () => {
    const data = dataset({ certifications: [admin, cert26('dev', 'AZ-204'), cert26('dev', 'PL-400', '2024-01-01', '2026-01-01')] });
    expect(intermediate(data).points).toBe(8);
    expect(reasonOf(data, 'dev')).toBe('holds Azure Developer Associate');
  });

  it('both invalid: not counted, and the reason gives each', () => {
    const data = dataset({ certifications: [admin, cert26('dev', 'AZ-204', '2026-08-01'), cert26('dev', 'PL-400', '2024-01-01', '2026-01-01')] });
    expect(intermediate(data).points).toBe(4);
    expect(reasonOf(data, 'dev')).toBe(
      'Azure Developer Associate was earned on 2026-08-01, after it retired on 2026-07-31: it does not count; Power Platform Developer Associate expired on 2026-01-01',
    );
  });
});

describe("a metric's own dates for a certification (CertRef from / until)", () => {
  /** Edition 2026 with every listing of AZ-204 given extra dates. */
  const withDates = (dates: Omit<CertRef, 'id'>): Edition => {
    const edition = getEdition('2026');
    const date = (measure: MeasureSpec): MeasureSpec =>
      measure.kind === 'certifiedPeople' ? { ...measure, certifications: measure.certifications.map((r) => (r.id === 'azure-developer-associate' ? { ...r, ...dates } : r)) } : measure;
    return {
      ...edition,
      designations: edition.designations.map((d) => ({
        ...d,
        paths: d.paths.map((p) => ({ ...p, metrics: p.metrics.map((m) => ({ ...m, components: m.components.map((c) => ({ ...c, measure: date(c.measure) })) })) })),
      })),
    };
  };
  const data = dataset({ certifications: [admin, cert26('dev', 'AZ-204')] });
  const points = (edition: Edition) => {
    const dai = scorePrepared(prepare(data, edition), N1, { window: false }).designations.find((d) => d.id === 'digital-app-innovation')!;
    const m = dai.paths.find((p) => p.path === 'smb')!.metrics.find((x) => x.id === 'intermediate-certifications')!;
    return { points: m.points, reason: m.items.find((i) => i.subject === 'dev')!.reason };
  };

  it('until the check day counts (8); until the day before does not (4)', () => {
    expect(points(withDates({ until: '2026-10-31' })).points).toBe(8);
    expect(points(withDates({ until: '2026-10-30' }))).toEqual({ points: 4, reason: 'Azure Developer Associate no longer counts for this metric after 2026-10-30' });
  });

  it('from the check day counts (8); from the day after does not (4)', () => {
    expect(points(withDates({ from: '2026-10-31' })).points).toBe(8);
    expect(points(withDates({ from: '2026-11-01' }))).toEqual({ points: 4, reason: 'Azure Developer Associate counts for this metric only from 2026-11-01' });
  });
});
