/** What changed from edition 2024, one entry per row of RULES-2026 §10 (◆ rows: `scoreChanging`). */
import type { DesignationId } from '../../types';
import type { EditionChange } from '../types';

const AZURE: DesignationId[] = ['data-ai', 'digital-app-innovation', 'infrastructure'];
const ALL: DesignationId[] = [...AZURE, 'business-applications', 'modern-work', 'security'];
const c = (id: string, designations: DesignationId[], metrics: EditionChange['metrics'], scoreChanging: boolean, text: string): EditionChange => ({ id, designations, metrics, text, scoreChanging });

export const changesFrom2024: EditionChange[] = [
  c('1', AZURE, ['path'], true, 'The Azure path no longer looks at ACR: SMB when 80 % or more of last month’s Azure customers are SMB, otherwise Enterprise'),
  c('2', AZURE, [], false, 'An enrolled partner’s Enrollment track is SMB if any month of the qualification window was SMB (information only)'),
  c('3', AZURE, ['net-customer-adds'], true, 'Azure net customer adds are now a difference of two counts: customers at the threshold in the last two months minus those a year earlier'),
  c('4', AZURE, [], false, 'The SMB threshold of $500 for a net new Azure customer is now stated by Microsoft (same value)'),
  c('5', AZURE, ['deployments'], true, 'Virtual Machines no longer count as a deployment'),
  c('6', AZURE, ['deployments'], true, 'Every Azure service with ACR in the last 12 months counts as a deployment, not only services new in those 12 months'),
  c('7', [...AZURE, 'security'], ['net-customer-adds', 'usage-growth', 'deployments'], false, 'Azure revenue in sovereign clouds (Azure China, US Government) is left out'),
  c('8', ['data-ai'], ['intermediate-certifications'], false, 'Data & AI: five certifications added (Fabric Data Engineer, SQL AI Developer, AI Apps and Agents Developer, MLOps Engineer, Databricks Data Engineer); Azure Data Engineer and Customer Data Platform no longer count'),
  c('9', ['data-ai'], ['intermediate-certifications'], false, 'Azure AI Engineer and Azure Data Scientist retire in 2026 and count one more year'),
  c('10', ['digital-app-innovation'], ['intermediate-certifications'], false, 'Digital & App Innovation intermediate: Azure AI Cloud Developer and GitHub Agentic AI Developer added; Azure Developer retires on 2026-07-31'),
  c('11', ['digital-app-innovation'], ['advanced-certifications'], false, 'Digital & App Innovation advanced: four GitHub certifications added, Azure IoT Developer gone; Power Platform Solution Architect retires on 2026-06-30'),
  c('12', ['infrastructure'], ['intermediate-certifications'], false, 'Infrastructure intermediate: Azure Stack Hub Operator no longer counts'),
  c('13', ['business-applications'], ['net-customer-adds', 'path'], false, 'Business Applications net customer adds: Contact Center, Copilot Studio, Copilot Studio PAYG and Non-workload specific (F&O) added; Fraud Protection and Marketing gone'),
  c('14', ['business-applications'], ['usage-growth', 'deployments'], false, 'Business Applications rate card: Contact Center 200 and Portals 100 per monthly active user'),
  c('15', ['business-applications'], ['usage-growth', 'deployments'], false, 'Contact Center usage counts for usage growth and deployments'),
  c('16', ['business-applications'], ['usage-growth', 'deployments'], true, 'Business Applications usage through CPOR RevRec no longer counts; CSP counts by name'),
  c('17', ['business-applications'], ['intermediate-certifications'], false, 'Business Applications intermediate list: four certifications added, eight gone (Sales, Commerce, Marketing/Journeys, App Maker, …)'),
  c('18', ['business-applications'], ['intermediate-certifications'], false, 'Power Automate RPA, Field Service, Customer Experience Analyst and Power Platform Functional Consultant retire in 2026 and count one more year'),
  c('19', ['business-applications'], ['advanced-certifications'], false, 'Business Applications advanced: Agentic AI Business Solutions Architect added; three Expert certifications retire on 2026-06-30'),
  c('20', ['modern-work'], ['net-customer-adds', 'usage-growth', 'deployments'], true, 'Modern Work counts 21 workloads for net customer adds (22 with Teams Premium for usage and deployments): Copilot, Entra ID P1, Windows 365, Teams Phone, Viva and more'),
  c('21', ['modern-work', 'security'], ['net-customer-adds', 'usage-growth', 'deployments'], true, 'A customer that grew past 300 seats still counts as SMB for a year'),
  c('22', ['modern-work'], [], false, 'Modern Work’s best-path rule is now stated by Microsoft (same rule)'),
  c('23', ['modern-work'], ['intermediate-certifications'], false, 'Modern Work intermediate: Copilot and Agent Administration Fundamentals added, Messaging Administrator gone; Microsoft 365 Fundamentals retired on 2026-03-31 and counts until 2027-03-31'),
  c('24', ['modern-work'], ['advanced-certifications'], false, 'Modern Work advanced: Enterprise Administrator Expert (2026-11-30) and the Teams Meetings assessment (2026-06-15) retire and count one more year'),
  c('25', ['security'], ['path'], true, 'Security now has an SMB path beside Enterprise; the better one counts'),
  c('26', ['security'], ['net-customer-adds'], true, 'Security SMB path: 4 points for each net new customer, 5 for the maximum'),
  c('27', ['security'], ['net-customer-adds'], true, 'A Security Azure customer needs $600 of Security ACR over 12 months (was about $1,200)'),
  c('28', ['security'], ['net-customer-adds'], true, 'A Security Microsoft 365 customer needs more than 300 paid seats (Enterprise) or 5 to 300 (SMB), not more than 25'),
  c('29', ['security'], ['net-customer-adds', 'usage-growth', 'deployments'], true, 'Security counts CSP customers: Azure PAL or CSP, Microsoft 365 CPOR or CSP'),
  c('30', ['security'], ['net-customer-adds', 'usage-growth', 'deployments'], false, 'Security Azure services renamed and extended (Defender for Cloud, Entra, Purview, Security Copilot); Advanced Data Security, Advanced Threat Protection and Network Watcher gone'),
  c('31', ['security'], ['net-customer-adds', 'usage-growth', 'deployments'], true, 'Security Microsoft 365 workloads: Entra ID P1 (not P2), Defender for Endpoint P2 only, Purview Information Protection'),
  c('32', ['security'], ['intermediate-certifications'], false, 'Security step 1 also accepts Cloud and AI Security Engineer; on the SMB path 1 person earns 4 points'),
  c('33', ['security'], ['intermediate-certifications'], false, 'Security step 2 is Security Operations Analyst only; on the SMB path 1 person earns 4 points'),
  c('34', ['security'], ['intermediate-certifications'], false, 'Security step 3 adds Information Security Administrator; Information Protection Administrator counted until 2026-05-31'),
  c('35', ['security'], ['intermediate-certifications'], true, 'Security SMB path: 8 points for each step-3 person, plus 4 + 4 for steps 1 and 2'),
  c('36', ['security'], ['deployments'], true, 'Security Azure deployments: more than $12,000 a year (Enterprise) or $750 to $12,000 (SMB)'),
  c('37', ['security'], ['deployments'], true, 'Security Microsoft 365 deployments: in the path’s seat band with at least 15 % active'),
  c('38', ['security'], ['usage-growth'], true, 'Security ACR growth counts per path: $1,250 a point among customers above $12,000 a year, $750 a point among smaller ones'),
  c('39', ['security'], ['usage-growth'], true, 'Protected-user growth counts per path: 125 users a point (Enterprise band), 50 a point (SMB band)'),
  c('40', ['security'], [], false, 'The Security skilling maximum of 40 is now derived, not printed (same value)'),
  c('41', ALL, [], false, 'A retired certification counts for one year after retirement, and not at all if earned after it (same rule, new wording)'),
  c('42', ALL, ['intermediate-certifications', 'advanced-certifications'], false, 'Certifications no longer listed do not count in edition 2026'),
  c('43', ALL, [], false, 'Badges, fee and specializations are carried from 2024 and not re-verified'),
];
