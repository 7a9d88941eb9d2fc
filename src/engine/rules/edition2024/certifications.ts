/**
 * Certification catalog, edition 2024 (RULES.md §2.7, §3.8, §4.8, §5.4).
 * Names and dates are from the sections cited per entry. Exam codes are not in the sources (except MS-100,
 * [seed 003]); they are the Microsoft Learn exam codes for each certification, added so that files listing
 * exams load (FORMATS.md: "a known exam code (e.g. AZ-104, AZ-305)").
 * `eligibleThrough`: the last day a retired certification still counts (RULES.md §1.4: one year after retirement).
 */
import type { CertificationDef } from '../types';

const c = (def: CertificationDef): CertificationDef => def;

export const certifications2024: CertificationDef[] = [
  // ---------------------------------------------------------------- Azure (RULES.md §2.7)
  c({ id: 'azure-administrator-associate', name: 'Microsoft Certified: Azure Administrator Associate', aliases: [], examCodes: ['AZ-104'], source: '§2.7 prerequisite' }),
  c({ id: 'azure-solutions-architect-expert', name: 'Microsoft Certified: Azure Solutions Architect Expert', aliases: ['Azure Solution Architect Expert'], examCodes: ['AZ-305'], source: '§2.7 prerequisite' }),
  c({ id: 'azure-database-administrator-associate', name: 'Microsoft Certified: Azure Database Administrator Associate', aliases: [], examCodes: ['DP-300'], source: '§2.7' }),
  c({ id: 'azure-ai-engineer-associate', name: 'Microsoft Certified: Azure AI Engineer Associate', aliases: [], examCodes: ['AI-102'], source: '§2.7' }),
  c({ id: 'azure-data-scientist-associate', name: 'Microsoft Certified: Azure Data Scientist Associate', aliases: [], examCodes: ['DP-100'], source: '§2.7' }),
  c({ id: 'azure-data-engineer-associate', name: 'Microsoft Certified: Azure Data Engineer Associate', aliases: [], examCodes: ['DP-203'], source: '§2.7' }),
  c({ id: 'power-bi-data-analyst-associate', name: 'Microsoft Certified: Power BI Data Analyst Associate', aliases: ['Data Analyst Associate'], examCodes: ['PL-300', 'DA-100'], source: '§2.7, §3.8 #12; alias AMB-14' }),
  c({ id: 'customer-insights-data-specialty', name: 'Microsoft Certified: Dynamics 365 Customer Insights (Data) Specialty', aliases: ['Customer Data Platform Specialty'], examCodes: ['MB-260'], source: '§2.7, §3.8 #15; alias AMB-14' }),
  c({ id: 'azure-cosmos-db-developer-specialty', name: 'Microsoft Certified: Azure Cosmos DB Developer Specialty', aliases: [], examCodes: ['DP-420'], source: '§2.7' }),
  c({ id: 'fabric-analytics-engineer-associate', name: 'Microsoft Certified: Fabric Analytics Engineer Associate', aliases: [], examCodes: ['DP-600'], source: '§2.7 ([seed 003] only, AMB-14)' }),
  c({ id: 'azure-developer-associate', name: 'Microsoft Certified: Azure Developer Associate', aliases: [], examCodes: ['AZ-204'], source: '§2.7' }),
  c({ id: 'power-platform-developer-associate', name: 'Microsoft Certified: Power Platform Developer Associate', aliases: [], examCodes: ['PL-400'], source: '§2.7, §3.8 #14' }),
  c({ id: 'azure-iot-developer-specialty', name: 'Microsoft Certified: Azure IoT Developer Specialty', aliases: [], examCodes: ['AZ-220'], retiredOn: '2023-07-31', eligibleThrough: '2024-07-31', source: '§2.7 † "eligible … through July 2024"' }),
  c({ id: 'azure-devops-engineer-expert', name: 'Microsoft Certified: DevOps Engineer Expert', aliases: ['Azure DevOps Engineer Expert'], examCodes: ['AZ-400'], source: '§2.7' }),
  c({ id: 'power-platform-solution-architect-expert', name: 'Microsoft Certified: Power Platform Solution Architect Expert', aliases: [], examCodes: ['PL-600'], source: '§2.7, §3.8 advanced #2' }),
  c({ id: 'azure-network-engineer-associate', name: 'Microsoft Certified: Azure Network Engineer Associate', aliases: [], examCodes: ['AZ-700'], source: '§2.7' }),
  c({ id: 'azure-stack-hub-operator-associate', name: 'Microsoft Certified: Azure Stack Hub Operator Associate', aliases: [], examCodes: ['AZ-600'], retiredOn: '2023-07-31', eligibleThrough: '2024-07-31', source: '§2.7 † "eligible … through July 2024"' }),
  c({ id: 'windows-server-hybrid-administrator-associate', name: 'Microsoft Certified: Windows Server Hybrid Administrator Associate', aliases: [], examCodes: ['AZ-800', 'AZ-801'], source: '§2.7' }),
  c({ id: 'azure-virtual-desktop-specialty', name: 'Microsoft Certified: Azure Virtual Desktop Specialty', aliases: [], examCodes: ['AZ-140'], source: '§2.7' }),
  c({ id: 'azure-for-sap-workloads-specialty', name: 'Microsoft Certified: Azure for SAP Workloads Specialty', aliases: [], examCodes: ['AZ-120'], source: '§2.7' }),

  // ---------------------------------------------------------------- Business Applications (RULES.md §3.8)
  c({ id: 'd365-finance-functional-consultant-associate', name: 'Microsoft Certified: Dynamics 365 Finance Functional Consultant Associate', aliases: [], examCodes: ['MB-310'], source: '§3.8 #1' }),
  c({ id: 'd365-commerce-functional-consultant-associate', name: 'Microsoft Certified: Dynamics 365 Commerce Functional Consultant Associate', aliases: [], examCodes: ['MB-340'], retiredOn: '2023-06-30', eligibleThrough: '2024-06-30', source: '§3.8 #2, AMB-22' }),
  c({ id: 'd365-finance-operations-apps-developer-associate', name: 'Microsoft Certified: Dynamics 365: Finance and Operations Apps Developer Associate', aliases: ['Dynamics 365 Finance and Operations Apps Developer Associate'], examCodes: ['MB-500'], source: '§3.8 #3' }),
  c({ id: 'd365-supply-chain-functional-consultant-associate', name: 'Microsoft Certified: Dynamics 365 Supply Chain Management Functional Consultant Associate', aliases: [], examCodes: ['MB-330'], source: '§3.8 #4' }),
  c({ id: 'd365-supply-chain-manufacturing-functional-consultant-associate', name: 'Microsoft Certified: Dynamics 365 Supply Chain Management, Manufacturing Functional Consultant Associate', aliases: [], examCodes: ['MB-320'], retiredOn: '2023-06-30', eligibleThrough: '2024-06-30', source: '§3.8 #5, AMB-22' }),
  c({ id: 'd365-customer-service-functional-consultant-associate', name: 'Microsoft Certified: Dynamics 365 Customer Service Functional Consultant Associate', aliases: [], examCodes: ['MB-230'], source: '§3.8 #6 (active, AMB-22)' }),
  c({ id: 'd365-sales-functional-consultant-associate', name: 'Microsoft Certified: Dynamics 365 Sales Functional Consultant Associate', aliases: [], examCodes: ['MB-210'], source: '§3.8 #7' }),
  c({ id: 'd365-field-service-functional-consultant-associate', name: 'Microsoft Certified: Dynamics 365 Field Service Functional Consultant Associate', aliases: [], examCodes: ['MB-240'], source: '§3.8 #8' }),
  c({ id: 'd365-business-central-functional-consultant-associate', name: 'Microsoft Certified: Dynamics 365 Business Central Functional Consultant Associate', aliases: [], examCodes: ['MB-800'], source: '§3.8 #9' }),
  c({ id: 'd365-customer-insights-journeys-functional-consultant-associate', name: 'Microsoft Certified: Dynamics 365 Customer Insights (Journeys) Functional Consultant Associate', aliases: ['Dynamics 365 Marketing Functional Consultant Associate'], examCodes: ['MB-220'], source: '§3.8 #10, AMB-22' }),
  c({ id: 'power-platform-app-maker-associate', name: 'Microsoft Certified: Power Platform App Maker Associate', aliases: [], examCodes: ['PL-100'], source: '§3.8 #11 (removed from BA intermediate on 2023-11-01, AMB-22)' }),
  c({ id: 'power-platform-functional-consultant-associate', name: 'Microsoft Certified: Power Platform Functional Consultant Associate', aliases: [], examCodes: ['PL-200'], source: '§3.8 #13' }),
  c({ id: 'azure-enterprise-data-analyst-associate', name: 'Microsoft Certified: Azure Enterprise Data Analyst Associate', aliases: [], examCodes: ['DP-500'], retiredOn: '2024-04-30', eligibleThrough: '2025-04-30', source: '§3.8 #16 "eligible … through April 2025"' }),
  c({ id: 'power-automate-rpa-developer-associate', name: 'Microsoft Certified: Power Automate RPA Developer Associate', aliases: [], examCodes: ['PL-500'], source: '§3.8 #17' }),
  c({ id: 'power-apps-d365-developer-associate', name: 'Microsoft Certified: Power Apps + Dynamics 365 Developer Associate', aliases: [], examCodes: ['MB-400'], source: '§3.8 #18 ([seed 003] SMB list only, AMB-22)', lowConfidence: true }),
  c({ id: 'd365-finance-operations-apps-solution-architect-expert', name: 'Microsoft Certified: Dynamics 365: Finance and Operations Apps Solution Architect Expert', aliases: ['Dynamics 365 Finance and Operations Apps Solution Architect Expert'], examCodes: ['MB-700'], source: '§3.8 advanced #1' }),
  c({ id: 'd365-supply-chain-functional-consultant-expert', name: 'Microsoft Certified: Dynamics 365 Supply Chain Management Functional Consultant Expert', aliases: [], examCodes: ['MB-335'], source: '§3.8 advanced #3' }),
  c({ id: 'd365-power-platform-solution-architect-expert', name: 'Microsoft Certified: Dynamics 365 + Power Platform Solution Architect Expert', aliases: [], examCodes: ['MB-600'], retiredOn: '2021-06-30', eligibleThrough: '2023-06-30', source: '§3.8 advanced #4 ("not eligible … effective July 1, 2023")' }),
  c({ id: 'd365-business-central-developer-associate', name: 'Microsoft Certified: Dynamics 365 Business Central Developer Associate', aliases: [], examCodes: ['MB-820'], source: '§3.8 advanced #5 ([seed 003] only, AMB-22)', lowConfidence: true }),

  // ---------------------------------------------------------------- Modern Work (RULES.md §4.8)
  c({ id: 'microsoft-365-fundamentals', name: 'Microsoft 365 Certified: Fundamentals', aliases: ['Microsoft 365 Fundamentals'], examCodes: ['MS-900'], source: '§4.8' }),
  c({ id: 'm365-messaging-administrator-associate', name: 'Microsoft 365 Certified: Messaging Administrator Associate', aliases: [], examCodes: ['MS-203'], source: '§4.8' }),
  c({ id: 'm365-teams-administrator-associate', name: 'Microsoft 365 Certified: Teams Administrator Associate', aliases: [], examCodes: ['MS-700'], source: '§4.8' }),
  c({ id: 'identity-and-access-administrator-associate', name: 'Microsoft Certified: Identity and Access Administrator Associate', aliases: ['Microsoft Identity and Access Administrator'], examCodes: ['SC-300'], source: '§4.8, §5.4' }),
  c({ id: 'm365-collaboration-communications-systems-engineer-associate', name: 'Microsoft 365 Certified: Collaboration Communications Systems Engineer Associate', aliases: [], examCodes: ['MS-721'], source: '§4.8' }),
  c({ id: 'm365-endpoint-administrator-associate', name: 'Microsoft 365 Certified: Endpoint Administrator Associate', aliases: ['Modern Desktop Administrator Associate', 'Microsoft 365 Certified: Modern Desktop Administrator Associate'], examCodes: ['MD-102', 'MD-100', 'MD-101'], source: '§4.8 (alias stated in both sources)' }),
  c({ id: 'm365-enterprise-administrator-expert', name: 'Microsoft 365 Certified: Enterprise Administrator Expert', aliases: [], examCodes: ['MS-102', 'MS-100', 'MS-101'], source: '§4.8 ([seed 003]: "Exam MS-100")' }),
  c({ id: 'teams-meetings-rooms-technical-assessment', name: 'Teams Meetings and Meeting Rooms Technical Assessment', aliases: [], examCodes: [], source: '§4.8 (a Partner University assessment)' }),

  // ---------------------------------------------------------------- Security (RULES.md §5.4)
  c({ id: 'azure-security-engineer-associate', name: 'Microsoft Certified: Azure Security Engineer Associate', aliases: [], examCodes: ['AZ-500'], source: '§5.4 step 1' }),
  c({ id: 'security-operations-analyst-associate', name: 'Microsoft Certified: Security Operations Analyst Associate', aliases: ['Microsoft Security Operations Analyst'], examCodes: ['SC-200'], source: '§5.4 step 2 (step 3 before 2023-12-01)' }),
  c({ id: 'm365-security-administrator-associate', name: 'Microsoft 365 Certified: Security Administrator Associate', aliases: ['Microsoft 365 Security Administrator Associate'], examCodes: ['MS-500'], retiredOn: '2023-06-30', eligibleThrough: '2024-06-30', source: '§5.4 † "eligible … through June 2024"' }),
  c({ id: 'cybersecurity-architect-expert', name: 'Microsoft Certified: Cybersecurity Architect Expert', aliases: ['Microsoft Cybersecurity Architect Expert'], examCodes: ['SC-100'], source: '§5.4 step 3' }),
  c({ id: 'information-protection-administrator-associate', name: 'Microsoft Certified: Information Protection and Compliance Administrator Associate', aliases: ['Information Protection Administrator Associate', 'Microsoft Information Protection Administrator', 'Microsoft Information Protection and Compliance Administrator Associate'], examCodes: ['SC-400'], source: '§5.4 step 3' }),
];
