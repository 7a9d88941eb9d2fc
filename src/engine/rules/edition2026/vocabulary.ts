/**
 * Filters, workload lists, spellings and the MCV rate card of edition 2026 (RULES-2026 §1.5, §1.7, §2, §3.3,
 * §3.5, §4.4, §4.6, §5.3; names and aliases AMB26-43).
 */
import { associations2024, bizapps2024 } from '../edition2024/vocabulary';
import type { Edition, RateCardEntry } from '../types';

/** §1.5: association spellings are those of edition 2024 (FORMATS.md: unchanged). */
export const associations2026: Edition['associations'] = associations2024;

export const azure2026: Edition['azure'] = {
  // §2.4 "CSP (T1, T2), DPOR, PAL"
  eligibleAssociations: ['PAL', 'DPOR', 'CSP'],
  // §2.4 "all except Support, Internal, Benefit Program, Trial"
  excludedOffers: ['Support', 'Internal', 'Benefit Program', 'Trial'],
  // AMB26-43: deployments count Service Level 2 names as the data gives them; only the spellings of the two
  // excluded VM services are merged (AMB26-13).
  serviceAliases: {
    'Virtual Machines Licenses': ['Virtual Machine Licenses', 'Virtual Machines License', 'VM Licenses'],
    'Virtual Machines': ['Virtual Machine'],
  },
  // §5.3 Azure security services (17).
  securityServices: [
    'Application Gateway',
    'Azure Active Directory B2C',
    'Azure Active Directory for External Identities',
    'Azure Bastion',
    'Azure DDoS Protection',
    'Azure Firewall',
    'Azure Firewall Manager',
    'Azure Front Door Service',
    'Azure IoT Security',
    'Key Vault',
    'Microsoft Defender for Cloud',
    'Microsoft Entra',
    'Microsoft Entra Domain Services',
    'Microsoft Entra Verified ID',
    'Microsoft Purview',
    'Microsoft Security Copilot',
    'Sentinel',
  ],
  // AMB26-37 / AMB26-43: renames, for Security eligibility only.
  securityServiceAliases: {
    'Microsoft Defender for Cloud': ['Azure Defender', 'Security Center'],
    'Microsoft Entra Domain Services': ['Azure Active Directory Domain Services'],
    Sentinel: ['Microsoft Sentinel', 'Azure Sentinel'],
  },
  // AMB26-36: Azure Security is PAL and CSP (Tier 1, Tier 2).
  securityAssociations: ['PAL', 'CSP'],
  // AMB26-17 (binding value list), compared after removing spaces, hyphens and underscores.
  sovereignClouds: [
    'china',
    'azurechina',
    'mooncake',
    '21vianet',
    'azurechinacloud',
    'usgov',
    'usgovernment',
    'azuregovernment',
    'azureusgovernment',
    'fairfax',
    'gcchigh',
    'dod',
    'sovereign',
    'isolated',
    'azuregermany',
    'azuregermancloud',
  ],
};

/** AMB26-17: the values that mean the commercial cloud; any other value loads as commercial and is reported. */
export const COMMERCIAL_CLOUDS_2026 = ['', 'public', 'commercial', 'global', 'azurecloud', 'azurecommercial'];

/** AMB26-26 / AMB26-37 / AMB26-43 spellings. A plan the rules exclude (Entra ID P2, Defender for Endpoint P1) is its own name. */
export const m365WorkloadAliases2026: Edition['m365WorkloadAliases'] = {
  'Exchange Online': ['Exchange', 'EXO'],
  Intune: ['Microsoft Intune'],
  'M365 Copilot': ['Microsoft 365 Copilot', 'Copilot for Microsoft 365'],
  'Microsoft 365 Apps': ['ProPlus', 'Office 365 ProPlus', 'Microsoft 365 Apps for enterprise'],
  'Microsoft Entra ID P1': ['Entra ID P1', 'Azure Active Directory Premium', 'Azure Active Directory Premium P1', 'Entra ID Premium', 'Microsoft Entra ID Premium', 'AAD Premium'],
  'Microsoft Entra ID P2': ['Entra ID P2', 'Azure Active Directory Premium P2'],
  'SharePoint Online': ['SharePoint', 'SPO'],
  Teams: ['Microsoft Teams'],
  'Teams Apps': ['Teams Platform'],
  'Teams for Frontline Workers': [],
  'Teams Meetings': [],
  'Teams Phone': [],
  'Teams Phone calling': ['TeamsPhonecalling1p', 'TeamsPhonecalling3p', 'TeamsPhonecalling1p/3p'],
  'Teams Phone Enabled Users': [],
  'Teams Premium': [],
  'Teams Rooms Monthly Active Devices': ['Teams Rooms'],
  'Viva Connections': [],
  'Viva Engage': ['Yammer'],
  'Viva Goals': [],
  'Viva Insights': ['VivaInsights'],
  'Viva Learning': [],
  'Viva Topics': [],
  'Windows 365': [],
  'Microsoft Defender for Office 365': ['Defender for Office 365'],
  'Microsoft Defender for Endpoints (only P2)': [
    'Microsoft Defender for Endpoint',
    'Microsoft Defender for Endpoints',
    'Microsoft Defender for Endpoint P2',
    'Defender for Endpoint P2',
    'Defender for Endpoint',
    'MDE P2',
  ],
  'Microsoft Defender for Endpoint P1': ['Defender for Endpoint P1', 'MDE P1'],
  'Microsoft Defender for Identity': ['Defender for Identity'],
  'Microsoft Purview Information Protection': ['Microsoft Information Protection', 'Information Protection'],
};

/** §4.4: the 21 net-customer-adds workloads (Teams Premium is not one, AMB26-26). */
export const MODERN_WORK_NCA_WORKLOADS_2026 = [
  'Exchange Online',
  'Intune',
  'M365 Copilot',
  'Microsoft 365 Apps',
  'Microsoft Entra ID P1',
  'SharePoint Online',
  'Teams',
  'Teams Apps',
  'Teams for Frontline Workers',
  'Teams Meetings',
  'Teams Phone',
  'Teams Phone calling',
  'Teams Phone Enabled Users',
  'Teams Rooms Monthly Active Devices',
  'Viva Connections',
  'Viva Engage',
  'Viva Goals',
  'Viva Insights',
  'Viva Learning',
  'Viva Topics',
  'Windows 365',
];
/** §4.6 / §4.7: the 22 usage-growth and deployments workloads (the 21 plus Teams Premium). */
export const MODERN_WORK_USAGE_WORKLOADS_2026 = [...MODERN_WORK_NCA_WORKLOADS_2026, 'Teams Premium'];

export const modernWork2026: Edition['modernWork'] = {
  workloads: MODERN_WORK_USAGE_WORKLOADS_2026,
  tracks: {
    // §4.2: Enterprise > 300 paid licences; SMB 11–300 plus the promotion rule (AMB26-25). §1.5 associations.
    enterprise: { associations: ['CPOR', 'DPOR'], paidSeatsOver: 300 },
    smb: { associations: ['CPOR', 'CSP'], paidSeatsOver: 10, paidSeatsAtMost: 300, promotion: true },
  },
  // AMB26-45: an option's band, promotion and active users use only that option's association.
  optionBand: 'option',
  // AMB26-45: the baseline in the association month is the tenant's contribution then (in the band).
  creditBaselineInBand: true,
  // AMB26-45: "already greater than 40%" when associated in the last 12 months, in the band then.
  alreadyDeployed: { activePercent: { over: 40 }, inBand: true },
};

export const security2026: Edition['security'] = {
  // §5.3 Microsoft 365 security workloads (AMB26-37).
  m365Workloads: [
    'Microsoft Entra ID P1',
    'Microsoft Defender for Office 365',
    'Microsoft Defender for Endpoints (only P2)',
    'Microsoft Defender for Identity',
    'Microsoft Purview Information Protection',
    'Intune',
  ],
  // AMB26-36: CPOR and CSP (Tier 1, Tier 2); DPOR is not listed.
  m365Associations: ['CPOR', 'CSP'],
};

/**
 * §3.5 rate card (2026): edition 2024's card with Portals now rated (100 per MAU) and Contact Center added (200 per
 * MAU, Dynamics 365); families per AMB26-44.
 */
const rateCard2026: RateCardEntry[] = [
  ...bizapps2024.rateCard.map((entry) => (entry.workload === 'Portals' ? { ...entry, rate: 100 } : entry)),
  { workload: 'Contact Center', members: [], rate: 200, usageUnit: 'MAU', platform: 'dynamics365' },
];

export const bizapps2026: Edition['bizapps'] = {
  // §3.3: the 26 net-customer-adds workloads (Fraud Protection and Marketing are gone).
  revenueWorkloads: [
    'AI Builder',
    'Business Central',
    'CE Bundle',
    'Commerce',
    'Contact Center',
    'Copilot Studio',
    'Copilot Studio PAYG',
    'Customer Insights',
    'Customer Service',
    'F&O Bundle',
    'Field Service',
    'Finance',
    'HR',
    'Intelligent Order Management',
    'Mixed Reality',
    'Omni Channel',
    'Power Apps',
    'Power Automate',
    'Power BI',
    'Power Pages',
    'Power Virtual Agent',
    'Project Operations',
    'Sales',
    'Supply Chain',
    'Non-workload specific (F&O)',
    'Non-workload specific',
  ],
  revenueWorkloadAliases: { HR: ['Human Resources'] },
  // §3.3: NCA associations (unchanged).
  revenueAssociations: ['CPOR RevRec', 'CPOR OSA', 'CPOR RevRec Performance', 'CSP', 'DPOR'],
  // AMB26-21 / AMB26-44: usage rows. Plain CPOR on a usage row is CPOR OSU; CPOR RevRec no longer counts.
  usageAssociations: {
    dynamics365: ['CPOR', 'CPOR OSU', 'CSP', 'DPOR'],
    powerPlatform: ['PAL'],
  },
  rateCard: rateCard2026,
};
