/**
 * The risk view's lines (risk.ts): who is near which line, said with the figures that put them there. Edition
 * 2026, scoring month 2024-06 (M-2 2024-05): Azure Enterprise net adds at $1,000, Modern Work Enterprise band over
 * 300 seats and deployments at 40 % active, Business Applications deployments at 5,000 and 10,000 MCV.
 */
import { describe, expect, it } from 'vitest';
import { getEdition, monthIndex, prepare } from '../../src/engine';
import { nearThresholds } from '../../src/engine/risk';
import { azure, dataset, m365, M1, M2, usage } from './helpers';

const near = (data: ReturnType<typeof dataset>) => nearThresholds(prepare(data, getEdition('2026')), monthIndex(M1));

describe('risk view lines', () => {
  it('Azure: the larger of M-1 and M-2, in dollars; the customer by name', () => {
    const data = dataset({
      customers: [{ tenantId: 'a', customerName: 'Aspen AG' }],
      azure: [azure('a', M2, 1050.5), azure('a', M1, 10), azure('later', '2024-07', 1000), azure('older', '2024-04', 1000)],
    });
    // a: max(10, 1,050.50) = 1,050.50 ≥ 1,000 and < 1,100 → near; 2024-07 is after M-1 and 2024-04 before M-2: not near
    expect(near(data)).toEqual([{ designation: 'infrastructure', metric: 'Net customer adds (Azure)', subject: 'Aspen AG', detail: '$1,050.50 ACR: within 10 % of the $1,000 Enterprise threshold' }]);
  });

  it('Modern Work: the active share to one decimal, and the seats over the band edge, per workload', () => {
    const data = dataset({ m365: [m365('t', M1, 'Teams', 'CPOR', 310, 130), m365('u', '2024-05', 'Teams', 'CPOR', 310, 130)] });
    // t: 130 / 310 = 41.9 % (≥ 40 %, < 44 %) and 310 seats (> 300, ≤ 330); u is a month early: nothing
    expect(near(data)).toEqual([
      { designation: 'modern-work', metric: 'Deployments', subject: 't', detail: 'Teams: 41.9 % active, close to the 40 % line' },
      { designation: 'modern-work', metric: 'Net customer adds', subject: 't', detail: 'Teams: 310 paid seats, close to the 300-seat Enterprise band edge' },
    ]);
  });

  it('Business Applications: MCV of the month per customer and workload', () => {
    // Business Central: 1,000 MCV per monthly active user; 5 users = 5,000 (near 5,000), in 2024-05 only for c2
    const data = dataset({ customers: [{ tenantId: 'c1', customerName: 'Cedar' }], bizappsUsage: [usage('c1', M1, 'Business Central', 5), usage('c2', M2, 'Business Central', 5)] });
    expect(near(data)).toEqual([{ designation: 'business-applications', metric: 'Deployments', subject: 'Cedar · Business Central', detail: 'MCV 5,000: within 10 % of a deployment threshold' }]);
  });

  it('only deployment MCV lines count, not the revenue lines of net adds ($1,500 Enterprise)', () => {
    // Sales (Customer Engagement): 200 MCV per user. 8 users = 1,600 MCV, within 10 % of 1,500 (a revenue line's
    // number, not an MCV line); 25 users = 5,000 MCV (the SMB deployment line)
    const data = dataset({ bizappsUsage: [usage('s8', M1, 'Sales', 8), usage('s25', M1, 'Sales', 25)] });
    expect(near(data).map((n) => n.subject)).toEqual(['s25 · Customer Engagement']); // Sales is one of Customer Engagement's workloads
  });
});
