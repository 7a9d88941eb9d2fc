/**
 * Certification catalogue, edition 2026 (RULES-2026 §1.4.1, §2.8, §3.8, §4.8, §5.5).
 * Credentials carried from edition 2024 keep their id and exam codes (edition 2024 GAPS.md G-04); new ones
 * get no exam codes until an authoritative source gives them (AMB26-16). A retired certification counts
 * through its retirement date + 1 year (AMB26-05), and never when earned after retirement (AMB26-47, a rule of
 * the edition). Certifications the 2026 pages no longer list stay in the catalogue, so files naming them load
 * and the explanations say why they do not count (AMB26-07).
 */
import { certifications2024 } from '../edition2024/certifications';
import type { CertificationDef } from '../types';

const before = new Map(certifications2024.map((c) => [c.id, c]));

/** A credential carried from edition 2024 (same id, names and exam codes), with its 2026 dates and source. */
function carried(id: string, source: string, changes: Partial<CertificationDef> = {}): CertificationDef {
  const def = before.get(id);
  if (!def) throw new Error(`edition 2026: no edition-2024 certification '${id}'`);
  // Retirement dates and confidence are the 2026 sources' to give, not carried.
  const rest: CertificationDef = { id: def.id, name: def.name, aliases: def.aliases, examCodes: def.examCodes, source };
  return { ...rest, ...changes, source };
}

/** A certification new in edition 2026 (no exam code stated, AMB26-16). */
function added(id: string, name: string, source: string, changes: Partial<CertificationDef> = {}): CertificationDef {
  return { id, name, aliases: [], examCodes: [], ...changes, source };
}

/** AMB26-05: retired on `day`, counts through the same date a year later. */
function retires(day: string): Pick<CertificationDef, 'retiredOn' | 'eligibleThrough'> {
  return { retiredOn: day, eligibleThrough: `${Number(day.slice(0, 4)) + 1}${day.slice(4)}` };
}

const NOT_LISTED = 'not listed in edition 2026 (counts in edition 2024 only)';

export const certifications2026: CertificationDef[] = [
  // ---------------------------------------------------------------- Azure (§2.8)
  carried('azure-administrator-associate', '§2.8 prerequisite'),
  carried('azure-solutions-architect-expert', '§2.8 prerequisite'),
  carried('azure-database-administrator-associate', '§2.8 D&AI step 3'),
  carried('azure-ai-engineer-associate', '§2.8 D&AI step 3; §1.4.1', retires('2026-06-30')),
  carried('azure-data-scientist-associate', '§2.8 D&AI step 3; §1.4.1', retires('2026-06-01')),
  carried('power-bi-data-analyst-associate', '§2.8, §3.8 #7; alias AMB26-16'),
  carried('azure-cosmos-db-developer-specialty', '§2.8 D&AI step 3'),
  carried('fabric-analytics-engineer-associate', '§2.8 D&AI step 3'),
  added('fabric-data-engineer-associate', 'Microsoft Certified: Fabric Data Engineer Associate', '§2.8 D&AI step 3 (added)'),
  added('sql-ai-developer-associate', 'Microsoft Certified: SQL AI Developer Associate', '§2.8 D&AI step 3 (added)'),
  added('azure-ai-apps-agents-developer-associate', 'Microsoft Certified: Azure AI Apps and Agents Developer Associate', '§2.8 D&AI step 3 (added)'),
  added('machine-learning-operations-engineer-associate', 'Microsoft Certified: Machine Learning Operations Engineer Associate', '§2.8 D&AI step 3 (added)'),
  added('azure-databricks-data-engineer-associate', 'Microsoft Certified: Azure Databricks Data Engineer Associate', '§2.8 D&AI step 3 (added)'),
  carried('azure-developer-associate', '§2.8 DAI intermediate; §1.4.1', retires('2026-07-31')),
  carried('power-platform-developer-associate', '§2.8 DAI intermediate, §3.8 #9'),
  added('azure-ai-cloud-developer-associate', 'Microsoft Certified: Azure AI Cloud Developer Associate', '§2.8 DAI intermediate (added)'),
  added('github-agentic-ai-developer', 'GitHub Certified: Agentic AI Developer', '§2.8 DAI intermediate (added)'),
  carried('azure-devops-engineer-expert', '§2.8 DAI advanced'),
  carried('power-platform-solution-architect-expert', '§2.8 DAI advanced, §3.8 advanced #3; date from the BA page (AMB26-06)', retires('2026-06-30')),
  added('github-actions', 'GitHub Certified: GitHub Actions', '§2.8 DAI advanced (added)', { aliases: ['GitHub Actions'] }),
  added('github-administration', 'GitHub Certified: GitHub Administration', '§2.8 DAI advanced (added)', { aliases: ['GitHub Administration'] }),
  added('github-advanced-security', 'GitHub Certified: GitHub Advanced Security', '§2.8 DAI advanced (added)', { aliases: ['GitHub Advanced Security'] }),
  added('github-copilot', 'GitHub Certified: GitHub Copilot', '§2.8 DAI advanced (added)', { aliases: ['GitHub Copilot'] }),
  carried('azure-network-engineer-associate', '§2.8 Infra intermediate'),
  carried('windows-server-hybrid-administrator-associate', '§2.8 Infra intermediate (exams AZ-800/801 watch item, §1.4.1)'),
  carried('azure-virtual-desktop-specialty', '§2.8 Infra advanced'),
  carried('azure-for-sap-workloads-specialty', '§2.8 Infra advanced'),

  // ---------------------------------------------------------------- Business Applications (§3.8)
  carried('d365-finance-functional-consultant-associate', '§3.8 #1'),
  carried('d365-finance-operations-apps-developer-associate', '§3.8 #2'),
  carried('d365-supply-chain-functional-consultant-associate', '§3.8 #3'),
  carried('d365-customer-service-functional-consultant-associate', '§3.8 #4'),
  carried('d365-field-service-functional-consultant-associate', '§3.8 #5 ***', retires('2026-06-30')),
  carried('d365-business-central-functional-consultant-associate', '§3.8 #6'),
  carried('power-platform-functional-consultant-associate', '§3.8 #8 **', retires('2026-08-31')),
  carried('power-automate-rpa-developer-associate', '§3.8 #10 *', retires('2026-06-30')),
  added('d365-customer-experience-analyst-associate', 'Microsoft Certified: Dynamics 365 Customer Experience Analyst Associate', '§3.8 #11 **** (added)', retires('2026-07-31')),
  added('d365-sales-ai-consultant-associate', 'Microsoft Certified: Dynamics 365 Sales AI Consultant Associate', '§3.8 #12 (added)'),
  added('intelligent-applications-builder-associate', 'Microsoft Certified: Intelligent Applications Builder Associate', '§3.8 #13 (added)'),
  added('d365-contact-center-ai-engineer-associate', 'Microsoft Certified: Dynamics 365 Contact Center AI Engineer Associate', '§3.8 #14 (added)'),
  carried('d365-supply-chain-functional-consultant-expert', '§3.8 advanced #1 *', retires('2026-06-30')),
  carried('d365-finance-operations-apps-solution-architect-expert', '§3.8 advanced #2 *', retires('2026-06-30')),
  carried('d365-business-central-developer-associate', '§3.8 advanced #4 (now primary)'),
  added('agentic-ai-business-solutions-architect', 'Microsoft Certified: Agentic AI Business Solutions Architect', '§3.8 advanced #5 (added)'),

  // ---------------------------------------------------------------- Modern Work (§4.8)
  carried('microsoft-365-fundamentals', '§4.8 * (eligible through 2027-03-31, printed)', retires('2026-03-31')),
  carried('m365-teams-administrator-associate', '§4.8'),
  carried('identity-and-access-administrator-associate', '§4.8, §5.5 step 3; alias AMB26-16'),
  carried('m365-collaboration-communications-systems-engineer-associate', '§4.8 (intermediate only, AMB26-01)'),
  carried('m365-endpoint-administrator-associate', '§4.8'),
  added('m365-copilot-agent-administration-fundamentals', 'Microsoft 365 Certified: Copilot and Agent Administration Fundamentals', '§4.8 (added)'),
  carried('m365-enterprise-administrator-expert', '§4.8 # (eligible through 2027-11-30, printed)', retires('2026-11-30')),
  carried('teams-meetings-rooms-technical-assessment', '§4.8 * (eligible through 2027-06-15, printed)', retires('2026-06-15')),

  // ---------------------------------------------------------------- Security (§5.5)
  carried('azure-security-engineer-associate', '§5.5 step 1 *', retires('2026-08-31')),
  added('cloud-ai-security-engineer-associate', 'Microsoft Certified: Cloud and AI Security Engineer Associate', '§5.5 step 1 (added)'),
  carried('security-operations-analyst-associate', '§5.5 step 2'),
  carried('cybersecurity-architect-expert', '§5.5 step 3'),
  carried('information-protection-administrator-associate', '§5.5 step 3; the 2024 name is an alias (AMB26-16)', {
    name: 'Microsoft Certified: Information Protection Administrator Associate',
    aliases: [
      'Microsoft Information Protection Administrator',
      'Microsoft Certified: Information Protection and Compliance Administrator Associate',
      'Information Protection and Compliance Administrator Associate',
    ],
    ...retires('2025-05-31'),
  }),
  added('information-security-administrator-associate', 'Microsoft Certified: Information Security Administrator Associate', '§5.5 step 3 (added)'),

  // ---------------------------------------------------------------- no longer listed (AMB26-07)
  ...[
    'azure-data-engineer-associate',
    'customer-insights-data-specialty',
    'azure-iot-developer-specialty',
    'azure-stack-hub-operator-associate',
    'd365-commerce-functional-consultant-associate',
    'd365-supply-chain-manufacturing-functional-consultant-associate',
    'd365-sales-functional-consultant-associate',
    'd365-customer-insights-journeys-functional-consultant-associate',
    'power-platform-app-maker-associate',
    'azure-enterprise-data-analyst-associate',
    'power-apps-d365-developer-associate',
    'd365-power-platform-solution-architect-expert',
    'm365-messaging-administrator-associate',
    'm365-security-administrator-associate',
  ].map((id) => carried(id, '§2.8 / §3.8 / §4.8 / §5.5 "no longer listed" (AMB26-07)', { notListed: NOT_LISTED })),
];
