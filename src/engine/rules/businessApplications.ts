/**
 * Business Applications scoring, the same in both editions (RULES.md §3, RULES-2026 §3: "scoring unchanged"):
 * thresholds by path, 1 or 4 points per intermediate person, 15/7 or 7.5 per advanced person. Each edition passes
 * its certification lists and sources; workloads, rate card and associations are its vocabulary.
 */
import type { CertRef, PathRule } from './types';

export interface BusinessApplicationsSources {
  netCustomerAdds: string;
  intermediate: string;
  advanced: string;
  usageGrowth: string;
  deployments: string;
}

export function businessApplicationsPath(path: 'enterprise' | 'smb', lists: { intermediate: CertRef[]; advanced: CertRef[] }, sources: BusinessApplicationsSources): PathRule {
  const ent = path === 'enterprise';
  const ncaUsd = ent ? 1500 : 250;
  const deploymentMcv = ent ? 10_000 : 5_000;
  const baselineMcv = ent ? 50_000 : 25_000;
  const intermediatePeople = ent ? 20 : 5;
  const advancedPeople = ent ? 7 : 2;
  return {
    id: path,
    metrics: [
      {
        id: 'net-customer-adds',
        label: 'Net customer adds',
        maxPoints: 15,
        combine: 'sum',
        unit: 'workloads',
        rule: `3 points for each net new customer workload (tenant × workload with attributed revenue over $${ncaUsd.toLocaleString('en-US')} last month, minus those the same month last year); 5 for the maximum of 15.`,
        source: sources.netCustomerAdds,
        components: [{ id: 'workloads', label: 'Net new customer workloads', measure: { kind: 'bizappsNetPairs', source: 'revenue', threshold: { over: ncaUsd } }, unitsForMax: 5, pointsAtMax: 15 }],
      },
      {
        id: 'intermediate-certifications',
        label: 'Intermediate certifications',
        maxPoints: 20,
        combine: 'sum',
        unit: 'people',
        rule: `${20 / intermediatePeople} point${intermediatePeople === 20 ? '' : 's'} for each person holding a Business Applications intermediate certification; ${intermediatePeople} people for the maximum of 20.`,
        source: sources.intermediate,
        components: [
          {
            id: 'scoring',
            label: 'People with an intermediate certification',
            measure: { kind: 'certifiedPeople', certifications: lists.intermediate },
            unitsForMax: intermediatePeople,
            pointsAtMax: 20,
          },
        ],
      },
      {
        id: 'advanced-certifications',
        label: 'Advanced certifications',
        maxPoints: 15,
        combine: 'sum',
        unit: 'people',
        rule: `${ent ? '15/7 (≈2.14)' : '7.5'} points for each person holding a Business Applications advanced certification; ${advancedPeople} people for the maximum of 15.`,
        source: sources.advanced,
        components: [
          { id: 'scoring', label: 'People with an advanced certification', measure: { kind: 'certifiedPeople', certifications: lists.advanced }, unitsForMax: advancedPeople, pointsAtMax: 15 },
        ],
      },
      {
        id: 'usage-growth',
        label: 'Usage growth',
        maxPoints: 30,
        combine: 'sum',
        unit: 'percent',
        rule: `One point for each whole percent of monthly consumption value (MCV) growth from the same month last year to last month (30 % for the maximum of 30); the baseline MCV must be at least ${baselineMcv.toLocaleString('en-US')}.`,
        source: sources.usageGrowth,
        components: [{ id: 'growth', label: 'MCV growth', measure: { kind: 'bizappsMcvGrowth', minimumBaselineMcv: baselineMcv }, unitsForMax: 30, pointsAtMax: 30 }],
      },
      {
        id: 'deployments',
        label: 'Deployments',
        maxPoints: 20,
        combine: 'sum',
        unit: 'deployments',
        rule: `4 points for each net new deployment (tenant × workload with MCV of at least ${deploymentMcv.toLocaleString('en-US')} last month, minus those the same month last year); 5 for the maximum of 20.`,
        source: sources.deployments,
        components: [{ id: 'deployments', label: 'Net new deployments', measure: { kind: 'bizappsNetPairs', source: 'mcv', threshold: { atLeast: deploymentMcv } }, unitsForMax: 5, pointsAtMax: 20 }],
      },
    ],
  };
}
