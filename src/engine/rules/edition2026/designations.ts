/**
 * The six designations of edition 2026: paths, metrics, maxima, thresholds (RULES-2026 §2–§5 and §9).
 * Every designation has the paths `enterprise` and `smb`; Security's SMB path is new (§5.1).
 */
import { AAA, SAE, azureSkilling } from '../azureSkilling';
import { businessApplicationsPath } from '../businessApplications';
import type { CertRef, ComponentRule, DesignationRule, MetricRule, PathRule } from '../types';
import { MODERN_WORK_NCA_WORKLOADS_2026, MODERN_WORK_USAGE_WORKLOADS_2026 } from './vocabulary';

type Path = 'enterprise' | 'smb';
const refs = (...ids: string[]): CertRef[] => ids.map((id) => ({ id }));
const dollars = (n: number) => `$${n.toLocaleString('en-US')}`;

// ------------------------------------------------------------------------------------------ Azure (§2)

/** §2.4 / AMB26-11: a difference of two counts; ENT $1,000, SMB $500 "in one of the last two months". */
function azureNetCustomerAdds(path: Path): MetricRule {
  const usd = path === 'enterprise' ? 1000 : 500;
  return {
    id: 'net-customer-adds',
    label: 'Net customer adds',
    maxPoints: 30,
    combine: 'sum',
    unit: 'customers',
    rule: `10 points for each net new customer: customers with Azure ACR of at least ${dollars(usd)} in one of the last two months, minus customers that had it in the same two months last year; 3 for the maximum of 30.`,
    source: 'RULES-2026 §2.4, AMB26-11',
    components: [
      { id: 'customers', label: 'Net new Azure customers', measure: { kind: 'azureNetCustomerAdds', threshold: { atLeast: usd }, definition: 'countDifference' }, unitsForMax: 3, pointsAtMax: 30 },
    ],
  };
}

/** §2.6 / AMB26-14: unchanged from 2024. */
const azureUsageGrowth: MetricRule = {
  id: 'usage-growth',
  label: 'Usage growth',
  maxPoints: 20,
  combine: 'sum',
  unit: 'percent',
  rule: 'One point for each whole percent of Azure ACR growth from the same month last year to last month (20 % for the maximum of 20); the trailing-12-month ACR must be at least $1,000.',
  source: 'RULES-2026 §2.6, AMB26-14',
  components: [{ id: 'growth', label: 'ACR growth', measure: { kind: 'azureUsageGrowth', minimumTtmUsd: 1000 }, unitsForMax: 20, pointsAtMax: 20 }],
};

/** §2.7 / AMB26-13: any Service Level 2 service with ACR in the TTM, except Virtual Machines and their licences. */
const azureDeployments: MetricRule = {
  id: 'deployments',
  label: 'Deployments',
  maxPoints: 10,
  combine: 'sum',
  unit: 'deployments',
  rule: '2 points for each Azure service (Service Level 2) with eligible ACR in the trailing 12 months, except Virtual Machines and Virtual Machines Licenses; 5 for the maximum of 10.',
  source: 'RULES-2026 §2.7, AMB26-13',
  components: [
    {
      id: 'services',
      label: 'Azure services with ACR',
      measure: { kind: 'azureServicesWithAcr', excludedServices: ['Virtual Machines', 'Virtual Machines Licenses'] },
      unitsForMax: 5,
      pointsAtMax: 10,
    },
  ],
};

const SKILLING_SOURCE = 'RULES-2026 §2.5, §2.8, AMB26-12';

// §2.8 lists.
const DATA_AI_SCORING = [
  'azure-database-administrator-associate',
  'azure-ai-engineer-associate',
  'azure-data-scientist-associate',
  'power-bi-data-analyst-associate',
  'azure-cosmos-db-developer-specialty',
  'fabric-analytics-engineer-associate',
  'fabric-data-engineer-associate',
  'sql-ai-developer-associate',
  'azure-ai-apps-agents-developer-associate',
  'machine-learning-operations-engineer-associate',
  'azure-databricks-data-engineer-associate',
];
const DAI_INTERMEDIATE = ['azure-developer-associate', 'power-platform-developer-associate', 'azure-ai-cloud-developer-associate', 'github-agentic-ai-developer'];
const DAI_ADVANCED = ['azure-devops-engineer-expert', 'power-platform-solution-architect-expert', 'github-actions', 'github-administration', 'github-advanced-security', 'github-copilot'];
const INFRA_INTERMEDIATE = ['azure-network-engineer-associate', 'windows-server-hybrid-administrator-associate'];
const INFRA_ADVANCED = ['azure-virtual-desktop-specialty', 'azure-for-sap-workloads-specialty'];

function azureDesignation(id: 'data-ai' | 'digital-app-innovation' | 'infrastructure', name: string, skilling: (path: Path) => MetricRule[]): DesignationRule {
  const path = (p: Path): PathRule => ({ id: p, metrics: [azureNetCustomerAdds(p), ...skilling(p), azureUsageGrowth, azureDeployments] });
  return {
    id,
    name,
    solutionArea: 'Azure',
    // §2.1 / AMB26-08: SMB iff >= 80 % of last month's Azure customers are SMB/SMC; no ACR condition.
    pathSelection: { kind: 'azureRevenueAndSegment', acrTtmUsd: null, customerBase: 'month', smbSharePercent: 80, smbSegments: ['SMB', 'SMC'] },
    paths: [path('enterprise'), path('smb')],
  };
}

// ----------------------------------------------------------------------------- Business Applications (§3)

const BA_INTERMEDIATE = refs(
  'd365-finance-functional-consultant-associate',
  'd365-finance-operations-apps-developer-associate',
  'd365-supply-chain-functional-consultant-associate',
  'd365-customer-service-functional-consultant-associate',
  'd365-field-service-functional-consultant-associate',
  'd365-business-central-functional-consultant-associate',
  'power-bi-data-analyst-associate',
  'power-platform-functional-consultant-associate',
  'power-platform-developer-associate',
  'power-automate-rpa-developer-associate',
  'd365-customer-experience-analyst-associate',
  'd365-sales-ai-consultant-associate',
  'intelligent-applications-builder-associate',
  'd365-contact-center-ai-engineer-associate',
);
const BA_ADVANCED = refs(
  'd365-supply-chain-functional-consultant-expert',
  'd365-finance-operations-apps-solution-architect-expert',
  'power-platform-solution-architect-expert',
  'd365-business-central-developer-associate',
  'agentic-ai-business-solutions-architect',
);

/** §3.2–§3.7: scoring unchanged from 2024 (the shared factory); lists, workloads, rate card and associations changed. */
const BA_LISTS = { intermediate: BA_INTERMEDIATE, advanced: BA_ADVANCED };
const BA_SOURCES = {
  netCustomerAdds: 'RULES-2026 §3.3, AMB26-19',
  intermediate: 'RULES-2026 §3.4, §3.8',
  advanced: 'RULES-2026 §3.4, §3.8, AMB26-20',
  usageGrowth: 'RULES-2026 §3.7, AMB26-21/22/44',
  deployments: 'RULES-2026 §3.6, AMB26-21/44',
};

// ----------------------------------------------------------------------------------- Modern Work (§4)

const MW_INTERMEDIATE = refs(
  'microsoft-365-fundamentals',
  'm365-teams-administrator-associate',
  'identity-and-access-administrator-associate',
  'm365-collaboration-communications-systems-engineer-associate',
  'm365-endpoint-administrator-associate',
  'm365-copilot-agent-administration-fundamentals',
);
const MW_ADVANCED = refs('m365-enterprise-administrator-expert', 'teams-meetings-rooms-technical-assessment');

function modernWorkPath(track: Path): PathRule {
  const ent = track === 'enterprise';
  const second = ent ? 'DPOR' : 'CSP';
  const band = ent ? 'more than 300 paid seats' : '11 to 300 paid seats (or more, if it was in that band a year earlier)';
  return {
    id: track,
    metrics: [
      {
        id: 'net-customer-adds',
        label: 'Net customer adds',
        maxPoints: 20,
        combine: 'sum',
        unit: 'customers',
        rule: `${ent ? 4 : 2} points for each net new customer with ${band} in one of 21 eligible workloads (CPOR or ${second}); ${ent ? 5 : 10} for the maximum of 20.`,
        source: 'RULES-2026 §4.2, §4.4, AMB26-25/26/28/45',
        components: [
          { id: 'customers', label: 'Net new customers', measure: { kind: 'm365NetTenants', track, workloads: MODERN_WORK_NCA_WORKLOADS_2026 }, unitsForMax: ent ? 5 : 10, pointsAtMax: 20 },
        ],
      },
      {
        id: 'intermediate-certifications',
        label: 'Intermediate certifications',
        maxPoints: 10,
        combine: 'sum',
        unit: 'people',
        rule: `${ent ? 2.5 : 5} points for each person holding a Modern Work intermediate certification; ${ent ? 4 : 2} people for the maximum of 10.`,
        source: 'RULES-2026 §4.5, §4.8',
        components: [
          { id: 'scoring', label: 'People with an intermediate certification', measure: { kind: 'certifiedPeople', certifications: MW_INTERMEDIATE }, unitsForMax: ent ? 4 : 2, pointsAtMax: 10 },
        ],
      },
      {
        id: 'advanced-certifications',
        label: 'Advanced certifications',
        maxPoints: 15,
        combine: 'sum',
        unit: 'people',
        rule: `${ent ? 7.5 : 15} points for each person holding a Modern Work advanced certification; ${ent ? 2 : 1} ${ent ? 'people' : 'person'} for the maximum of 15.`,
        source: 'RULES-2026 §4.5, §4.8',
        components: [{ id: 'scoring', label: 'People with an advanced certification', measure: { kind: 'certifiedPeople', certifications: MW_ADVANCED }, unitsForMax: ent ? 2 : 1, pointsAtMax: 15 }],
      },
      {
        id: 'usage-growth',
        label: 'Usage growth',
        maxPoints: 30,
        combine: 'best',
        unit: 'users',
        rule: `Growth in active users of in-band customers (22 workloads, Teams Premium included) from the same month last year to last month; the better of CPOR (${ent ? '1,000' : '500'} users for the maximum of 30) and ${second} (${ent ? '4,000' : '2,000'} users).`,
        source: 'RULES-2026 §4.6, AMB26-28/29/45',
        components: [
          {
            id: 'cpor',
            label: 'CPOR',
            measure: { kind: 'm365ActiveUserGrowth', track, association: 'CPOR', workloads: MODERN_WORK_USAGE_WORKLOADS_2026 },
            unitsForMax: ent ? 1000 : 500,
            pointsAtMax: 30,
          },
          {
            id: second.toLowerCase(),
            label: second,
            measure: { kind: 'm365ActiveUserGrowth', track, association: second, workloads: MODERN_WORK_USAGE_WORKLOADS_2026 },
            unitsForMax: ent ? 4000 : 2000,
            pointsAtMax: 30,
          },
        ],
      },
      {
        id: 'deployments',
        label: 'Deployments',
        maxPoints: 25,
        combine: 'best',
        unit: 'deployments',
        rule: `Net new in-band customers with at least 40 % of a workload's paid seats active; the better of CPOR (5 points each, 5 for the maximum of 25) and ${second} (2.5 points each, 10 for the maximum).`,
        source: 'RULES-2026 §4.7, AMB26-27/45',
        components: [
          {
            id: 'cpor',
            label: 'CPOR',
            measure: { kind: 'm365Deployments', track, association: 'CPOR', activePercent: { atLeast: 40 }, workloads: MODERN_WORK_USAGE_WORKLOADS_2026 },
            unitsForMax: 5,
            pointsAtMax: 25,
          },
          {
            id: second.toLowerCase(),
            label: second,
            measure: { kind: 'm365Deployments', track, association: second, activePercent: { atLeast: 40 }, workloads: MODERN_WORK_USAGE_WORKLOADS_2026 },
            unitsForMax: 10,
            pointsAtMax: 25,
          },
        ],
      },
    ],
  };
}

// -------------------------------------------------------------------------------------- Security (§5)

const STEP1 = ['azure-security-engineer-associate', 'cloud-ai-security-engineer-associate'];
const STEP2 = ['security-operations-analyst-associate'];
const STEP3 = ['cybersecurity-architect-expert', 'identity-and-access-administrator-associate', 'information-protection-administrator-associate', 'information-security-administrator-associate'];

/** §5.5 / AMB26-35: Enterprise steps need 2 people and earn nothing; SMB steps need 1 and earn 4 each. */
function securityStep(id: string, label: string, certIds: string[], path: Path): ComponentRule {
  const minPeople = path === 'enterprise' ? 2 : 1;
  return {
    id,
    label: `${label} (${minPeople} ${minPeople > 1 ? 'people' : 'person'})`,
    measure: { kind: 'certifiedPeople', certifications: refs(...certIds), minPeople },
    unitsForMax: 1,
    pointsAtMax: path === 'enterprise' ? 0 : 4,
    prerequisite: true,
  };
}

/** §5.2–§5.7: both paths; Azure and Microsoft 365 pooled per metric (AMB26-30). */
function securityPath(path: Path): PathRule {
  const ent = path === 'enterprise';
  // §5.4 / §5.6: Microsoft 365 bands (Enterprise > 300; SMB 5–300 plus promotion, AMB26-25).
  const m365Band = ent ? { over: 300 } : { atLeast: 5, atMost: 300, promotion: true };
  const bandText = ent ? 'more than 300 paid seats' : '5 to 300 paid seats';
  return {
    id: path,
    metrics: [
      {
        id: 'net-customer-adds',
        label: 'Net customer adds',
        maxPoints: 20,
        combine: 'sum',
        unit: 'customers',
        rule: `${ent ? 2 : 4} points for each net new customer, pooled: Azure customers with at least $600 Security ACR over the trailing 12 months (PAL or CSP) and Microsoft 365 customers with ${bandText} in a Security workload (CPOR or CSP); ${ent ? 10 : 5} for the maximum of 20.`,
        source: 'RULES-2026 §5.4, AMB26-25/30/31/32/36',
        components: [
          { id: 'azure', label: 'Azure', measure: { kind: 'securityAzureTenants', ttmUsd: { atLeast: 600 }, basis: 'total' }, unitsForMax: ent ? 10 : 5, pointsAtMax: 20 },
          { id: 'm365', label: 'Microsoft 365', measure: { kind: 'securityM365Tenants', paidSeats: m365Band }, unitsForMax: ent ? 10 : 5, pointsAtMax: 20 },
        ],
      },
      {
        id: 'intermediate-certifications',
        label: 'Intermediate certifications',
        maxPoints: 40,
        combine: 'sum',
        unit: 'people',
        rule: ent
          ? 'First 2 Azure (or Cloud and AI) Security Engineer Associates and 2 Security Operations Analysts (no points), then 40/6 (≈6.67) points for each person holding a step-3 certification; 6 people for the maximum of 40.'
          : '1 Azure (or Cloud and AI) Security Engineer Associate earns 4 points and 1 Security Operations Analyst 4 more; once both are met, 8 points for each person holding a step-3 certification, 4 people for the maximum of 40.',
        source: 'RULES-2026 §5.5, AMB26-35',
        components: [
          securityStep('step-1', 'Step 1: Azure Security Engineer or Cloud and AI Security Engineer Associate', STEP1, path),
          securityStep('step-2', 'Step 2: Security Operations Analyst', STEP2, path),
          {
            id: 'scoring',
            label: 'Step 3: people with a scoring certification',
            measure: { kind: 'certifiedPeople', certifications: refs(...STEP3) },
            unitsForMax: ent ? 6 : 4,
            pointsAtMax: ent ? 40 : 32,
            requires: ['step-1', 'step-2'],
          },
        ],
      },
      {
        id: 'usage-growth',
        label: 'Usage growth',
        maxPoints: 20,
        combine: 'sum',
        unit: 'units',
        rule: ent
          ? 'One point for each $1,250 of Security ACR growth among customers with more than $12,000 Security ACR a year, plus one for each 125 protected users of growth among customers with more than 300 paid seats, from the same month last year to last month; 20 for the maximum.'
          : 'One point for each $750 of Security ACR growth among customers with up to $12,000 Security ACR a year, plus one for each 50 protected users of growth among customers with 5 to 300 paid seats, from the same month last year to last month; 20 for the maximum.',
        source: 'RULES-2026 §5.7, AMB26-28/30/34',
        components: [
          {
            id: 'azure',
            label: 'Azure',
            measure: { kind: 'securityAzureAcrGrowth', usdPerUnit: ent ? 1250 : 750, tenants: ent ? { over: 12_000 } : { over: 0, atMost: 12_000, carryOver: true } },
            unitsForMax: 20,
            pointsAtMax: 20,
          },
          {
            id: 'm365',
            label: 'Microsoft 365',
            measure: { kind: 'securityProtectedUserGrowth', usersPerUnit: ent ? 125 : 50, perTenant: 'maxProtected', band: m365Band },
            unitsForMax: 20,
            pointsAtMax: 20,
          },
        ],
      },
      {
        id: 'deployments',
        label: 'Deployments',
        maxPoints: 20,
        combine: 'sum',
        unit: 'deployments',
        rule: ent
          ? '20/6 (≈3.33) points for each net new deployment, pooled: Azure customers with more than $12,000 Security ACR over the trailing 12 months and Microsoft 365 customers with more than 300 paid seats and at least 15 % of a Security workload active; 6 for the maximum of 20.'
          : '20/6 (≈3.33) points for each net new deployment, pooled: Azure customers with $750 to $12,000 Security ACR over the trailing 12 months and Microsoft 365 customers with 5 to 300 paid seats and at least 15 % of a Security workload active; 6 for the maximum of 20.',
        source: 'RULES-2026 §5.6, AMB26-25/27/30/33/46',
        components: [
          {
            id: 'azure',
            label: 'Azure',
            measure: { kind: 'securityAzureTenants', ttmUsd: ent ? { over: 12_000 } : { atLeast: 750, atMost: 12_000, carryOver: true }, basis: 'total' },
            unitsForMax: 6,
            pointsAtMax: 20,
          },
          {
            id: 'm365',
            label: 'Microsoft 365',
            measure: { kind: 'securityM365Tenants', paidSeats: m365Band, activePercent: { atLeast: 15 }, activeOn: 'anyWorkload' },
            unitsForMax: 6,
            pointsAtMax: 20,
          },
        ],
      },
    ],
  };
}

// ------------------------------------------------------------------------------------------ all six

export const designations2026: DesignationRule[] = [
  azureDesignation('data-ai', 'Data & AI (Azure)', (p) => [azureSkilling('intermediate-certifications', p, [AAA, SAE], DATA_AI_SCORING, 40, SKILLING_SOURCE)]),
  azureDesignation('digital-app-innovation', 'Digital & App Innovation (Azure)', (p) => [
    azureSkilling('intermediate-certifications', p, [AAA], DAI_INTERMEDIATE, 20, SKILLING_SOURCE),
    azureSkilling('advanced-certifications', p, [SAE], DAI_ADVANCED, 20, SKILLING_SOURCE),
  ]),
  azureDesignation('infrastructure', 'Infrastructure (Azure)', (p) => [
    azureSkilling('intermediate-certifications', p, [AAA], INFRA_INTERMEDIATE, 20, SKILLING_SOURCE),
    azureSkilling('advanced-certifications', p, [SAE], INFRA_ADVANCED, 20, SKILLING_SOURCE),
  ]),
  {
    id: 'business-applications',
    name: 'Business Applications',
    solutionArea: 'Business Applications',
    // §3.1 / AMB26-18: unchanged.
    pathSelection: { kind: 'bizappsWorkloadClassification', revenueOverUsd: 5000, minPairs: 5 },
    paths: [businessApplicationsPath('enterprise', BA_LISTS, BA_SOURCES), businessApplicationsPath('smb', BA_LISTS, BA_SOURCES)],
  },
  // §4.1 / AMB26-24: both paths scored, the best total at solution-area level.
  { id: 'modern-work', name: 'Modern Work', solutionArea: 'Modern Work', pathSelection: { kind: 'bestTotal' }, paths: [modernWorkPath('enterprise'), modernWorkPath('smb')] },
  // §5.1 / AMB26-24: new SMB path; chosen as Modern Work.
  { id: 'security', name: 'Security', solutionArea: 'Security', pathSelection: { kind: 'bestTotal' }, paths: [securityPath('enterprise'), securityPath('smb')] },
];
