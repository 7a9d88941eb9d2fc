/**
 * Filters, workload lists, spellings and the MCV rate card of edition 2024.
 */
import type { Edition, RateCardEntry } from '../types';

/** §1.5 and FORMATS.md §3: `CSP Tier 1`, `CSP T2`, … mean CSP; CPOR subtypes are their own values (AMB-54). */
export const associations2024: Edition['associations'] = [
  { canonical: 'PAL', aliases: ['Partner Admin Link'], family: 'PAL' },
  { canonical: 'DPOR', aliases: ['Digital Partner of Record'], family: 'DPOR' },
  { canonical: 'CSP', aliases: ['CSP Tier 1', 'CSP Tier 2', 'CSP T1', 'CSP T2', 'Cloud Solution Provider', 'CSP 1T', 'CSP 2T'], family: 'CSP' },
  { canonical: 'CPOR', aliases: ['Claiming Partner of Record'], family: 'CPOR' },
  { canonical: 'CPOR OSA', aliases: [], family: 'CPOR' },
  { canonical: 'CPOR OSU', aliases: [], family: 'CPOR' },
  { canonical: 'CPOR RevRec', aliases: [], family: 'CPOR' },
  { canonical: 'CPOR RevRec Performance', aliases: [], family: 'CPOR' },
];

export const azure2024: Edition['azure'] = {
  // §2.3 "PAL, DPOR, CSP (Tier 1 & 2)"
  eligibleAssociations: ['PAL', 'DPOR', 'CSP'],
  // §2.3 "All except Support, Internal, Benefit Program, Trial"
  excludedOffers: ['Support', 'Internal', 'Benefit Program', 'Trial'],
  serviceAliases: {
    'Microsoft Sentinel': ['Sentinel', 'Azure Sentinel'], // AMB-62
    'Virtual Machines Licenses': ['Virtual Machine Licenses', 'VM Licenses'],
    'Virtual Machines': ['Virtual Machine'],
  },
  // §5.3 Azure security services ([docs]); Sentinel under its current name (AMB-62).
  securityServices: [
    'Advanced Data Security',
    'Advanced Threat Protection',
    'Application Gateway',
    'Azure Active Directory B2C',
    'Azure Active Directory Domain Services',
    'Azure Active Directory for External Identities',
    'Azure Bastion',
    'Azure DDOS Protection',
    'Azure Defender',
    'Azure Firewall',
    'Azure Firewall Manager',
    'Azure Front Door Service',
    'Azure IoT Security',
    'Key Vault',
    'Network Watcher',
    'Security Center',
    'Microsoft Sentinel',
  ],
  // AMB-37: Azure Security is PAL only.
  securityAssociations: ['PAL'],
};

/** AMB-62 spellings; Microsoft 365 associations are matched by family (CPOR subtypes count as CPOR, see GAPS.md G-02). */
export const m365WorkloadAliases2024: Edition['m365WorkloadAliases'] = {
  'Exchange Online': ['Exchange', 'EXO'],
  'SharePoint Online': ['SharePoint', 'SPO'],
  'Microsoft 365 Apps': ['ProPlus', 'Office 365 ProPlus', 'Microsoft 365 Apps for enterprise'],
  Teams: ['Microsoft Teams'],
  'Teams Meetings': [],
  'Teams Phone': ['TeamsPhonecalling1p', 'TeamsPhonecalling3p', 'TeamsPhonecalling1p/3p', 'Teams Phone calling'],
  'Teams Platform': [],
  Yammer: [],
  Intune: ['Microsoft Intune'],
  'Entra ID Premium': [
    'Microsoft Entra ID (previously Azure Active Directory) Premium',
    'Azure Active Directory Premium',
    'Entra ID P1',
    'Entra ID P2',
    'Microsoft Entra ID P1',
    'Microsoft Entra ID P2',
    'AAD Premium',
  ],
  'Microsoft Defender for Office 365': ['Defender for Office 365'],
  'Microsoft Defender for Endpoint': ['Microsoft Defender for Endpoints', 'Defender for Endpoint'],
  'Microsoft Defender for Identity': ['Defender for Identity'],
  'Microsoft Information Protection': ['Information Protection'],
};

export const modernWork2024: Edition['modernWork'] = {
  // §4.2 / AMB-26: the [seed 003] list.
  workloads: ['Intune', 'Exchange Online', 'Microsoft 365 Apps', 'SharePoint Online', 'Teams', 'Teams Meetings', 'Teams Phone', 'Teams Platform', 'Yammer'],
  tracks: {
    // §4.2 / AMB-25: enterprise > 300 paid seats; SMB 11–300. §4.4: associations per track.
    enterprise: { associations: ['CPOR', 'DPOR'], paidSeatsOver: 300 },
    smb: { associations: ['CPOR', 'CSP'], paidSeatsOver: 10, paidSeatsAtMost: 300 },
  },
  // GAPS.md G-06: the band of every option is tested through the track's associations.
  optionBand: 'track',
  // GAPS.md G-07: the baseline in the association month is taken whether or not the tenant was in the band.
  creditBaselineInBand: false,
  // AMB-58: already at least 40 % active in the association month (band not tested).
  alreadyDeployed: { activePercent: { atLeast: 40 }, inBand: false },
};

export const security2024: Edition['security'] = {
  // §5.3 Microsoft 365 security workloads.
  m365Workloads: ['Entra ID Premium', 'Microsoft Defender for Office 365', 'Microsoft Defender for Endpoint', 'Microsoft Defender for Identity', 'Microsoft Information Protection', 'Intune'],
  // AMB-37: Microsoft 365 Security is CPOR only.
  m365Associations: ['CPOR'],
};

/** §3.5 rate card; AMB-18 (Customer Engagement 200), AMB-21 (Portals has no rate), AMB-55 (groups). */
const rateCard2024: RateCardEntry[] = [
  { workload: 'Business Central', members: [], rate: 1000, usageUnit: 'MAU', platform: 'dynamics365' },
  { workload: 'Core HR', members: [], rate: 1000, usageUnit: 'MAU', platform: 'dynamics365' },
  {
    workload: 'Customer Engagement',
    members: ['Common data service (Customer Engagement)', 'Common Data Service', 'Sales', 'Sales Insights', 'Customer Service', 'Field Service'],
    rate: 200,
    usageUnit: 'MAU',
    platform: 'dynamics365',
  },
  { workload: 'Customer Insights', members: ['Customer Insights Partner', 'Dynamics 365 Customer Insights'], rate: 0.2, usageUnit: 'profiles', platform: 'powerPlatform' },
  { workload: 'Finance & Operations', members: ['Finance and Operations', 'Finance', 'Project Operations'], rate: 100, usageUnit: 'MAU', platform: 'dynamics365' },
  { workload: 'Guides', members: [], rate: 1000, usageUnit: 'MAU', platform: 'dynamics365' },
  { workload: 'Power Apps', members: ['Power App'], rate: 200, usageUnit: 'MAU', platform: 'powerPlatform' },
  { workload: 'Power Automate', members: [], rate: 200, usageUnit: 'MAU', platform: 'powerPlatform' },
  { workload: 'Power BI', members: [], rate: 200, usageUnit: 'MAU', platform: 'powerPlatform' },
  { workload: 'Remote Assist', members: [], rate: 1000, usageUnit: 'MAU', platform: 'dynamics365' },
  { workload: 'Retail', members: [], rate: 100, usageUnit: 'MAU', platform: 'dynamics365' },
  { workload: 'Talent Attract', members: [], rate: 1000, usageUnit: 'MAU', platform: 'dynamics365' },
  { workload: 'Talent Onboard', members: [], rate: 1000, usageUnit: 'MAU', platform: 'dynamics365' },
  { workload: 'Portals', members: ['Power Pages'], rate: null, usageUnit: 'MAU', platform: 'powerPlatform' },
];

export const bizapps2024: Edition['bizapps'] = {
  // §3.3 eligible workloads ([seed 003] list plus "Non-workload specific" per [docs]).
  revenueWorkloads: [
    'AI Builder',
    'Business Central',
    'CE Bundle',
    'Commerce',
    'Customer Insights',
    'Customer Service',
    'F&O Bundle',
    'Field Service',
    'Finance',
    'Fraud Protection',
    'HR',
    'Intelligent Order Management',
    'Marketing',
    'Mixed Reality',
    'Omni-channel',
    'Power Apps',
    'Power Automate',
    'Power BI',
    'Power Pages',
    'Power Virtual Agent',
    'Project Operations',
    'Sales',
    'Supply Chain',
    'Non-workload specific',
  ],
  // AMB-54: revenue rows.
  revenueAssociations: ['CPOR RevRec', 'CPOR OSA', 'CPOR RevRec Performance', 'CSP', 'DPOR'],
  // AMB-54: usage rows.
  usageAssociations: {
    dynamics365: ['CPOR', 'CPOR OSU', 'CPOR RevRec', 'CSP', 'DPOR'],
    powerPlatform: ['PAL'],
  },
  rateCard: rateCard2024,
};
