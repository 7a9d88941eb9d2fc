/**
 * The six designations of edition 2024: paths, metrics, maxima, thresholds (RULES.md §2–§5 and §9).
 * Small factories build the parts that are the same across designations (RULES.md §2: Azure performance and
 * customer success rules are shared by the three Azure designations); every number is still written here once.
 */
import { AAA, SAE, azureSkilling } from '../azureSkilling';
import { businessApplicationsPath } from '../businessApplications';
import type { CertRef, ComponentRule, DesignationRule, MetricRule, PathRule, PathSelection } from '../types';

type AzurePath = 'enterprise' | 'smb';
const refs = (...ids: string[]): CertRef[] => ids.map((id) => ({ id }));

// ------------------------------------------------------------------------------------------ Azure (§2)

const SOURCE = 'RULES.md §2.4, AMB-08/09/10';

/** §2.3 with AMB-03 (ENT $1,000 / SMB $500), AMB-04 (>=), AMB-05 (seed definition), AMB-44 (no negatives). */
function azureNetCustomerAdds(path: AzurePath): MetricRule {
  const usd = path === 'enterprise' ? 1000 : 500;
  return {
    id: 'net-customer-adds',
    label: 'Net customer adds',
    maxPoints: 30,
    combine: 'sum',
    unit: 'customers',
    rule: `10 points for each net new customer: Azure ACR of at least $${usd.toLocaleString('en-US')} in one of the last two months and $0 in the same two months last year, minus customers lost below that; 3 for the maximum of 30.`,
    source: 'RULES.md §2.3, AMB-03/04/05/44',
    components: [
      { id: 'customers', label: 'Net new Azure customers', measure: { kind: 'azureNetCustomerAdds', threshold: { atLeast: usd }, definition: 'newCustomers' }, unitsForMax: 3, pointsAtMax: 30 },
    ],
  };
}

/** §2.5 and AMB-13: 1 point per whole % of growth, 20 for the maximum; TTM ACR at least $1,000. */
const azureUsageGrowth: MetricRule = {
  id: 'usage-growth',
  label: 'Usage growth',
  maxPoints: 20,
  combine: 'sum',
  unit: 'percent',
  rule: 'One point for each whole percent of Azure ACR growth from the same month last year to last month (20 % for the maximum of 20); the trailing-12-month ACR must be at least $1,000.',
  source: 'RULES.md §2.5, AMB-13',
  components: [{ id: 'growth', label: 'ACR growth', measure: { kind: 'azureUsageGrowth', minimumTtmUsd: 1000 }, unitsForMax: 20, pointsAtMax: 20 }],
};

/** §2.6 and AMB-12/47/48: distinct SL2 services new in the TTM; VM Licenses excluded, VMs count. */
const azureDeployments: MetricRule = {
  id: 'deployments',
  label: 'Deployments',
  maxPoints: 10,
  combine: 'sum',
  unit: 'deployments',
  rule: '2 points for each Azure service (Service Level 2, except Virtual Machines Licenses) that some customer started using in the trailing 12 months; 5 for the maximum of 10.',
  source: 'RULES.md §2.6, AMB-12/47/48',
  components: [{ id: 'services', label: 'New Azure services', measure: { kind: 'azureNewServices', excludedServices: ['Virtual Machines Licenses'] }, unitsForMax: 5, pointsAtMax: 10 }],
};

const DATA_AI_SCORING = [
  'azure-database-administrator-associate',
  'azure-ai-engineer-associate',
  'azure-data-scientist-associate',
  'azure-data-engineer-associate',
  'power-bi-data-analyst-associate',
  'customer-insights-data-specialty',
  'azure-cosmos-db-developer-specialty',
  'fabric-analytics-engineer-associate',
];
const DAI_INTERMEDIATE = ['azure-developer-associate', 'power-platform-developer-associate'];
const DAI_ADVANCED = ['azure-iot-developer-specialty', 'azure-devops-engineer-expert', 'power-platform-solution-architect-expert'];
const INFRA_INTERMEDIATE = ['azure-network-engineer-associate', 'azure-stack-hub-operator-associate', 'windows-server-hybrid-administrator-associate'];
const INFRA_ADVANCED = ['azure-virtual-desktop-specialty', 'azure-for-sap-workloads-specialty'];

/** §2.1 / AMB-06: ACR TTM >= $1M → Enterprise; else >= 80 % of customers in SMB/SMC → SMB. */
const azurePathSelection: PathSelection = {
  kind: 'azureRevenueAndSegment',
  acrTtmUsd: 1_000_000,
  customerBase: 'ttm',
  smbSharePercent: 80,
  smbSegments: ['SMB', 'SMC'],
};

function azureDesignation(id: 'data-ai' | 'digital-app-innovation' | 'infrastructure', name: string, skilling: (path: AzurePath) => MetricRule[]): DesignationRule {
  const path = (p: AzurePath): PathRule => ({
    id: p,
    metrics: [azureNetCustomerAdds(p), ...skilling(p), azureUsageGrowth, azureDeployments],
  });
  return { id, name, solutionArea: 'Azure', pathSelection: azurePathSelection, paths: [path('enterprise'), path('smb')] };
}

// ----------------------------------------------------------------------------- Business Applications (§3)

const BA_INTERMEDIATE: CertRef[] = [
  ...refs(
    'd365-finance-functional-consultant-associate',
    'd365-commerce-functional-consultant-associate',
    'd365-finance-operations-apps-developer-associate',
    'd365-supply-chain-functional-consultant-associate',
    'd365-supply-chain-manufacturing-functional-consultant-associate',
    'd365-customer-service-functional-consultant-associate',
    'd365-sales-functional-consultant-associate',
    'd365-field-service-functional-consultant-associate',
    'd365-business-central-functional-consultant-associate',
    'd365-customer-insights-journeys-functional-consultant-associate',
  ),
  // §3.8 #11 / AMB-22: removed from eligibility for intermediate certifications on 2023-11-01.
  { id: 'power-platform-app-maker-associate', until: '2023-10-31' },
  ...refs(
    'power-bi-data-analyst-associate',
    'power-platform-functional-consultant-associate',
    'power-platform-developer-associate',
    'customer-insights-data-specialty',
    'azure-enterprise-data-analyst-associate',
    'power-automate-rpa-developer-associate',
    'power-apps-d365-developer-associate',
  ),
];
const BA_ADVANCED = refs(
  'd365-finance-operations-apps-solution-architect-expert',
  'power-platform-solution-architect-expert',
  'd365-supply-chain-functional-consultant-expert',
  'd365-power-platform-solution-architect-expert',
  'd365-business-central-developer-associate',
);

const BA_LISTS = { intermediate: BA_INTERMEDIATE, advanced: BA_ADVANCED };
const BA_SOURCES = {
  netCustomerAdds: 'RULES.md §3.3, AMB-17/54',
  intermediate: 'RULES.md §3.4, AMB-16',
  advanced: 'RULES.md §3.4, AMB-16',
  usageGrowth: 'RULES.md §3.7, AMB-19',
  deployments: 'RULES.md §3.6, AMB-20/21/55',
};

// ----------------------------------------------------------------------------------- Modern Work (§4)

const MW_INTERMEDIATE = refs(
  'microsoft-365-fundamentals',
  'm365-messaging-administrator-associate',
  'm365-teams-administrator-associate',
  'identity-and-access-administrator-associate',
  'm365-collaboration-communications-systems-engineer-associate',
  'm365-endpoint-administrator-associate',
);
const MW_ADVANCED = refs('m365-enterprise-administrator-expert', 'teams-meetings-rooms-technical-assessment');

function modernWorkPath(track: AzurePath): PathRule {
  const ent = track === 'enterprise';
  const second = ent ? 'DPOR' : 'CSP';
  const band = ent ? 'more than 300 paid seats' : '11 to 300 paid seats';
  return {
    id: track,
    metrics: [
      {
        id: 'net-customer-adds',
        label: 'Net customer adds',
        maxPoints: 20,
        combine: 'sum',
        unit: 'customers',
        rule: `${ent ? 4 : 2} points for each net new customer with ${band} in an eligible workload (CPOR or ${second}); ${ent ? 5 : 10} for the maximum of 20.`,
        source: 'RULES.md §4.4, AMB-25/46',
        components: [{ id: 'customers', label: 'Net new customers', measure: { kind: 'm365NetTenants', track }, unitsForMax: ent ? 5 : 10, pointsAtMax: 20 }],
      },
      {
        id: 'intermediate-certifications',
        label: 'Intermediate certifications',
        maxPoints: 10,
        combine: 'sum',
        unit: 'people',
        rule: `${ent ? 2.5 : 5} points for each person holding a Modern Work intermediate certification; ${ent ? 4 : 2} people for the maximum of 10.`,
        source: 'RULES.md §4.5, AMB-24',
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
        source: 'RULES.md §4.5, AMB-24',
        components: [{ id: 'scoring', label: 'People with an advanced certification', measure: { kind: 'certifiedPeople', certifications: MW_ADVANCED }, unitsForMax: ent ? 2 : 1, pointsAtMax: 15 }],
      },
      {
        id: 'usage-growth',
        label: 'Usage growth',
        maxPoints: 30,
        combine: 'best',
        unit: 'users',
        rule: `Growth in active users of in-band customers from the same month last year to last month; the better of CPOR (${ent ? '1,000' : '500'} users for the maximum of 30) and ${second} (${ent ? '4,000' : '2,000'} users).`,
        source: 'RULES.md §4.6, AMB-28/46/56/58/59',
        components: [
          { id: 'cpor', label: 'CPOR', measure: { kind: 'm365ActiveUserGrowth', track, association: 'CPOR' }, unitsForMax: ent ? 1000 : 500, pointsAtMax: 30 },
          { id: second.toLowerCase(), label: second, measure: { kind: 'm365ActiveUserGrowth', track, association: second }, unitsForMax: ent ? 4000 : 2000, pointsAtMax: 30 },
        ],
      },
      {
        id: 'deployments',
        label: 'Deployments',
        maxPoints: 25,
        combine: 'best',
        unit: 'deployments',
        rule: `Net new in-band customers with at least 40 % of a workload's paid seats active; the better of CPOR (5 points each, 5 for the maximum of 25) and ${second} (2.5 points each, 10 for the maximum).`,
        source: 'RULES.md §4.7, AMB-27/57/58',
        components: [
          { id: 'cpor', label: 'CPOR', measure: { kind: 'm365Deployments', track, association: 'CPOR', activePercent: { atLeast: 40 } }, unitsForMax: 5, pointsAtMax: 25 },
          { id: second.toLowerCase(), label: second, measure: { kind: 'm365Deployments', track, association: second, activePercent: { atLeast: 40 } }, unitsForMax: 10, pointsAtMax: 25 },
        ],
      },
    ],
  };
}

// -------------------------------------------------------------------------------------- Security (§5)

/** §5.4: the steps changed on 2023-12-01 (1 + 1 people before, 2 + 2 after; SOA left step 3). */
const SECURITY_CHANGE = '2023-12-01';
const SECURITY_BEFORE = '2023-11-30';
function securityStep(id: string, label: string, certIds: string[], minPeople: number, from?: string, until?: string): ComponentRule {
  return {
    id,
    label: `${label} (${minPeople} ${minPeople > 1 ? 'people' : 'person'})`,
    measure: { kind: 'certifiedPeople', certifications: refs(...certIds), minPeople },
    unitsForMax: 1,
    pointsAtMax: 0,
    prerequisite: true,
    ...(from ? { effectiveFrom: from } : {}),
    ...(until ? { effectiveUntil: until } : {}),
  };
}
const STEP1 = ['azure-security-engineer-associate'];
const STEP2 = ['security-operations-analyst-associate', 'm365-security-administrator-associate'];

const securityPath: PathRule = {
  id: 'standard',
  metrics: [
    {
      id: 'net-customer-adds',
      label: 'Net customer adds',
      maxPoints: 20,
      combine: 'sum',
      unit: 'customers',
      rule: '2 points for each net new customer, pooled: Azure customers with Security ACR averaging $100 a month over the trailing 12 months (PAL) and Microsoft 365 customers with more than 25 paid seats in a Security workload (CPOR); 10 for the maximum of 20.',
      source: 'RULES.md §5.3, AMB-30/32/33',
      components: [
        { id: 'azure', label: 'Azure', measure: { kind: 'securityAzureTenants', ttmUsd: { atLeast: 100 }, basis: 'monthly-average' }, unitsForMax: 10, pointsAtMax: 20 },
        { id: 'm365', label: 'Microsoft 365', measure: { kind: 'securityM365Tenants', paidSeats: { over: 25 } }, unitsForMax: 10, pointsAtMax: 20 },
      ],
    },
    {
      id: 'intermediate-certifications',
      label: 'Intermediate certifications',
      maxPoints: 40,
      combine: 'sum',
      unit: 'people',
      rule: 'First 2 Azure Security Engineer Associates and 2 Security Operations Analysts or Microsoft 365 Security Administrators (no points), then 40/6 (≈6.67) points for each person holding a scoring certification; 6 people for the maximum of 40.',
      source: 'RULES.md §5.4, AMB-31/35',
      components: [
        securityStep('step-1', 'Step 1: Azure Security Engineer Associate', STEP1, 1, undefined, SECURITY_BEFORE),
        securityStep('step-1', 'Step 1: Azure Security Engineer Associate', STEP1, 2, SECURITY_CHANGE),
        securityStep('step-2', 'Step 2: Security Operations Analyst or Microsoft 365 Security Administrator', STEP2, 1, undefined, SECURITY_BEFORE),
        securityStep('step-2', 'Step 2: Security Operations Analyst or Microsoft 365 Security Administrator', STEP2, 2, SECURITY_CHANGE),
        {
          id: 'scoring',
          label: 'Step 3: people with a scoring certification',
          measure: {
            kind: 'certifiedPeople',
            certifications: [
              ...refs('cybersecurity-architect-expert', 'identity-and-access-administrator-associate', 'information-protection-administrator-associate'),
              { id: 'security-operations-analyst-associate', until: SECURITY_BEFORE },
            ],
          },
          unitsForMax: 6,
          pointsAtMax: 40,
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
      rule: 'One point for each $1,250 of Security ACR growth (PAL) plus one for each 125 protected users of growth (CPOR), from the same month last year to last month; 20 for the maximum.',
      source: 'RULES.md §5.6, AMB-30/34/60',
      components: [
        { id: 'azure', label: 'Azure', measure: { kind: 'securityAzureAcrGrowth', usdPerUnit: 1250 }, unitsForMax: 20, pointsAtMax: 20 },
        { id: 'm365', label: 'Microsoft 365', measure: { kind: 'securityProtectedUserGrowth', usersPerUnit: 125 }, unitsForMax: 20, pointsAtMax: 20 },
      ],
    },
    {
      id: 'deployments',
      label: 'Deployments',
      maxPoints: 20,
      combine: 'sum',
      unit: 'deployments',
      rule: '20/6 (≈3.33) points for each net new deployment, pooled: Azure customers with at least $12,000 Security ACR over the trailing 12 months (PAL) and Microsoft 365 customers with at least 25 paid seats and more than 15 % active in a Security workload (CPOR); 6 for the maximum of 20.',
      source: 'RULES.md §5.5, AMB-30/31/33/61',
      components: [
        { id: 'azure', label: 'Azure', measure: { kind: 'securityAzureTenants', ttmUsd: { atLeast: 12_000 }, basis: 'total' }, unitsForMax: 6, pointsAtMax: 20 },
        { id: 'm365', label: 'Microsoft 365', measure: { kind: 'securityM365Tenants', paidSeats: { atLeast: 25 }, activePercent: { over: 15 } }, unitsForMax: 6, pointsAtMax: 20 },
      ],
    },
  ],
};

// ------------------------------------------------------------------------------------------ all six

export const designations2024: DesignationRule[] = [
  azureDesignation('data-ai', 'Data & AI (Azure)', (p) => [azureSkilling('intermediate-certifications', p, [AAA, SAE], DATA_AI_SCORING, 40, SOURCE)]),
  azureDesignation('digital-app-innovation', 'Digital & App Innovation (Azure)', (p) => [
    azureSkilling('intermediate-certifications', p, [AAA], DAI_INTERMEDIATE, 20, SOURCE),
    azureSkilling('advanced-certifications', p, [SAE], DAI_ADVANCED, 20, SOURCE),
  ]),
  azureDesignation('infrastructure', 'Infrastructure (Azure)', (p) => [
    azureSkilling('intermediate-certifications', p, [AAA], INFRA_INTERMEDIATE, 20, SOURCE),
    azureSkilling('advanced-certifications', p, [SAE], INFRA_ADVANCED, 20, SOURCE),
  ]),
  {
    id: 'business-applications',
    name: 'Business Applications',
    solutionArea: 'Business Applications',
    pathSelection: { kind: 'bizappsWorkloadClassification', revenueOverUsd: 5000, minPairs: 5 },
    paths: [businessApplicationsPath('enterprise', BA_LISTS, BA_SOURCES), businessApplicationsPath('smb', BA_LISTS, BA_SOURCES)],
  },
  {
    id: 'modern-work',
    name: 'Modern Work',
    solutionArea: 'Modern Work',
    pathSelection: { kind: 'bestTotal' },
    paths: [modernWorkPath('enterprise'), modernWorkPath('smb')],
  },
  {
    // §5.1 / AMB-36: one rule set, scored as path `standard`; selection is best-total so an SMB path can be added as data.
    id: 'security',
    name: 'Security',
    solutionArea: 'Security',
    pathSelection: { kind: 'bestTotal' },
    paths: [securityPath],
  },
];
