/**
 * Writes the built-in sample partner, "Larkspur Cloud Partners" (fictional), to public/samples/:
 * 18 months of data (2023-01 to 2024-06) in all six kinds of file. Run: npx tsx scripts/make-sample.ts
 *
 * The story, scoring month 2024-06 (worked out in test/engine/sample.test.ts):
 * - Business Applications qualifies on the SMB path; Modern Work qualifies (Enterprise is its best path).
 * - Digital & App Innovation misses by 4 points (66) with Advanced certifications at 0: only one Azure
 *   Solutions Architect Expert where the Enterprise path needs two. Infrastructure (62) has the same gap.
 * - Azure is on the Enterprise path: ACR is under $1M but only 7 of 11 Azure customers are SMB/SMC.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = join(import.meta.dirname, '..', 'public', 'samples');
mkdirSync(out, { recursive: true });

const months: string[] = [];
for (let i = 0; i < 18; i++) months.push(`${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const idx = (month: string) => months.indexOf(month);
const tid = (n: number) => `3f2a${String(n).padStart(4, '0')}-5c1d-4e8b-9a7f-${String(n * 7919).padStart(12, '0')}`;
/**
 * The story below is written on its original calendar (2023-01 to 2024-06, the scoring month 2024-06); every
 * month and day in the files is moved forward by SHIFT months when written, so the sample partner lives on
 * today's calendar (2025-05 to 2026-10, scored for 2026-10) under the rules in force (edition 2026).
 */
const SHIFT = 28;
function shifted(cell: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(cell);
  if (!m) return cell;
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + SHIFT;
  const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  if (m[3] === undefined) return month;
  const last = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return `${month}-${String(Math.min(Number(m[3]), last)).padStart(2, '0')}`;
}
const csv = (rows: (string | number)[][]) =>
  rows
    .map((r) =>
      r
        .map((c) => shifted(String(c)))
        .map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
        .join(','),
    )
    .join('\n') + '\n';

// ------------------------------------------------------------------------------------------ customers
const customers: [number, string, string][] = [
  [1, 'Alder Logistics', 'Enterprise'],
  [2, 'Birchwood Dental Group', 'Enterprise'],
  [3, 'Cobalt Mining Co.', 'Enterprise'],
  [4, 'Driftwood Hotels', 'Enterprise'],
  [5, 'Ember Foods', 'SMC'],
  [6, 'Fjord Shipping', 'SMC'],
  [7, 'Granite Legal LLP', 'SMB'],
  [8, 'Heron Health Clinics', 'SMB'],
  [9, 'Iris Boutique Retail', 'SMB'],
  [10, 'Juniper Schools Trust', 'SMB'],
  [11, 'Kestrel Aero Parts', 'SMB'],
  [21, 'Lumen Energy', 'SMB'],
  [22, 'Maple Credit Union', 'SMB'],
  [23, 'Nimbus Media', 'SMB'],
  [24, 'Osprey Insurance Brokers', 'SMB'],
  [25, 'Pinecrest Manufacturing', 'SMC'],
  [39, 'Zephyr Consulting', 'Enterprise'],
  [31, 'Quartz Labs', 'Enterprise'],
  [32, 'Redwood Civic Trust', 'Enterprise'],
  [33, 'Sable Fashion House', 'Enterprise'],
  [34, 'Tamarack Farms Co-op', 'SMC'],
  [35, 'Umber Architects', 'SMC'],
  [36, 'Vireo Travel', 'SMC'],
  [37, 'Willow Vets', 'SMB'],
  [38, 'Yarrow Bakeries', 'SMB'],
];
writeFileSync(join(out, 'customers.csv'), csv([['tenant_id', 'customer_name', 'segment'], ...customers.map(([n, name, seg]) => [tid(n), name, seg])]));

// ---------------------------------------------------------------------------------------------- Azure
const azure: (string | number)[][] = [['Customer Tenant ID', 'Month', 'Service Level 2', 'Partner Attribution Type', 'Offer Type', 'ACR (USD)']];
const acr = (n: number, month: string, service: string, assoc: string, amount: number, offer = 'Pay-As-You-Go') => azure.push([tid(n), month, service, assoc, offer, amount.toFixed(2)]);
// Six established customers (1–6) all 18 months, growing about 2.5 % a month.
const established: [number, string, number][] = [
  [1, 'PAL', 14000],
  [2, 'CSP Tier 1', 9000],
  [3, 'DPOR', 8000],
  [4, 'PAL', 6000],
  [5, 'CSP Tier 2', 4000],
  [6, 'PAL', 3000],
];
for (const [n, assoc, start] of established) {
  months.forEach((month, i) => {
    const total = start * Math.pow(1.025, i);
    acr(n, month, 'Virtual Machines', assoc, total * 0.55);
    acr(n, month, 'SQL Database', assoc, total * 0.3);
    acr(n, month, 'Storage', assoc, total * 0.15);
  });
}
// New services inside the TTM (2023-07..2024-06) → deployments; Key Vault and Sentinel are also Security ACR (PAL).
for (const month of months.slice(idx('2023-08'))) acr(1, month, 'Key Vault', 'PAL', 150);
for (const month of months.slice(idx('2023-08'))) acr(4, month, 'Microsoft Sentinel', 'PAL', 1200);
for (const month of months.slice(idx('2023-09'))) acr(3, month, 'Azure Monitor', 'DPOR', 420);
for (const month of months.slice(idx('2024-01'))) acr(2, month, 'Azure Cosmos DB', 'CSP Tier 1', 880);
for (const month of months.slice(idx('2023-11'))) acr(5, month, 'Virtual Machines Licenses', 'CSP Tier 2', 310);
// Net customer adds (Enterprise, >= $1,000): 7, 8 and 10 are new; 9 is lost; 11 stays below the threshold.
for (const month of months.slice(idx('2023-10'))) acr(7, month, 'Azure Kubernetes Service', 'PAL', 1650);
for (const month of months.slice(idx('2023-12'))) acr(8, month, 'Azure OpenAI', 'CSP Tier 2', 1300 + 40 * idx(month));
for (const month of months.slice(idx('2024-03'))) acr(10, month, 'App Service', 'PAL', 1210);
for (const month of months.slice(0, idx('2023-12'))) acr(9, month, 'App Service', 'DPOR', 2100);
for (const month of months) acr(11, month, 'Storage', 'PAL', 320);
// 11 grows past $1,000 with Azure Functions: a net add under edition 2026 (a difference of two counts, AMB26-11),
// not under edition 2024 (it had ACR a year ago, so it is not "new", AMB-05/49).
for (const month of months.slice(idx('2024-04'))) acr(11, month, 'Azure Functions', 'PAL', 1150);
// Rows the rules exclude, so the explanations have something to say: a Trial offer and a CPOR association.
acr(6, '2024-06', 'Azure Databricks', 'PAL', 5000, 'Trial');
acr(11, '2024-06', 'Azure Databricks', 'CPOR', 2500);
writeFileSync(join(out, 'azure.csv'), csv(azure));

// ------------------------------------------------------------------------------------ Microsoft 365
const m365: (string | number)[][] = [['tenant_id', 'month', 'workload', 'association', 'paid_seats', 'active_users', 'associated_on']];
const seat = (n: number, month: string, workload: string, assoc: string, paid: number, active: number, associatedOn = '') => m365.push([tid(n), month, workload, assoc, paid, active, associatedOn]);
const ramp = (i: number, from: number, to: number) => Math.round(from + ((to - from) * i) / 17);
months.forEach((month, i) => {
  // 31, 32: enterprise-band (> 300 seats) CPOR customers all along.
  seat(31, month, 'Exchange Online', 'CPOR', ramp(i, 780, 900), ramp(i, 360, 600));
  seat(32, month, 'Teams', 'CPOR', 1000, ramp(i, 300, 500));
  // 31 also holds Entra ID P1 (a Security workload) through CPOR.
  seat(31, month, 'Entra ID P1', 'CPOR', 800, ramp(i, 250, 500));
});
const mwNew: [number, string, string, number, number, string][] = [
  // tenant, first month, workload, paid seats, active users in 2024-06, associated_on
  [33, '2023-08', 'SharePoint Online', 600, 350, ''],
  [34, '2023-10', 'Teams', 700, 300, '2023-09-12'],
  [35, '2023-11', 'Intune', 700, 250, ''],
  [36, '2024-01', 'Exchange Online', 400, 200, ''],
];
for (const [n, first, workload, paid, active, associatedOn] of mwNew) {
  const start = idx(first);
  months.slice(start).forEach((month, k) => seat(n, month, workload, 'CPOR', paid, Math.round((active * (k + 1)) / (months.length - start)), associatedOn));
}
for (const month of months.slice(idx('2023-12'))) seat(33, month, 'Microsoft Defender for Endpoint', 'CPOR', 600, 200);
// Two small (SMB band) customers through CSP.
for (const month of months.slice(idx('2023-09'))) {
  seat(37, month, 'Exchange Online', 'CSP Tier 1', 45, 30);
  seat(38, month, 'Teams', 'CSP Tier 1', 25, 8);
}
// A new Enterprise customer on Windows 365, a workload edition 2026 added (§4.4): counts only under 2026.
for (const month of months.slice(idx('2024-02'))) seat(39, month, 'Windows 365', 'CPOR', 350, 160);
// Security workloads at small customers through CSP: edition 2026's SMB path (5–300 seats, CSP counts) makes
// them net new customers and deployments (>= 15 % active); edition 2024 counted CPOR only.
const securitySmb: [number, string, string, number, number][] = [
  [37, '2023-09', 'Microsoft Defender for Office 365', 45, 30],
  [38, '2023-09', 'Intune', 25, 10],
  [21, '2023-10', 'Microsoft Entra ID P1', 60, 40],
  [22, '2023-11', 'Microsoft Entra ID P1', 40, 25],
  [24, '2024-01', 'Microsoft Defender for Office 365', 30, 12],
];
for (const [n, first, workload, paid, active] of securitySmb) for (const month of months.slice(idx(first))) seat(n, month, workload, 'CSP Tier 1', paid, active);
writeFileSync(join(out, 'm365.csv'), csv(m365));

// ----------------------------------------------------------------------------- Business Applications
const revenue: (string | number)[][] = [['Customer Tenant ID', 'Fiscal Month Name', 'Workloads', 'Partner Association Type', 'Adjusted Revenue']];
const rev = (n: number, month: string, workload: string, assoc: string, amount: number) => revenue.push([tid(n), month, workload, assoc, amount.toFixed(2)]);
for (const month of months) {
  rev(21, month, 'Business Central', 'CSP', 2400);
  rev(22, month, 'Power BI', 'CPOR RevRec', 900);
  rev(23, month, 'Sales', 'DPOR', 700);
}
for (const month of months.slice(idx('2023-09'))) rev(24, month, 'Business Central', 'CSP', 1400);
for (const month of months.slice(idx('2023-11'))) rev(25, month, 'Customer Service', 'CSP', 620);
for (const month of months.slice(idx('2024-01'))) rev(21, month, 'Power Apps', 'CSP', 380);
for (const month of months.slice(idx('2024-02'))) rev(22, month, 'Power Automate', 'CPOR RevRec', 310);
for (const month of months.slice(idx('2024-04'))) rev(23, month, 'Customer Insights', 'DPOR', 275);
// Exactly $250 is not "over $250" (AMB-17), and plain CPOR does not attribute revenue (AMB-54).
for (const month of months.slice(idx('2024-03'))) rev(24, month, 'Power BI', 'CSP', 250);
for (const month of months.slice(idx('2024-03'))) rev(25, month, 'Field Service', 'CPOR', 900);
writeFileSync(join(out, 'bizapps_revenue.csv'), csv(revenue));

const usage: (string | number)[][] = [['tenant_id', 'month', 'workload', 'association', 'usage']];
const addUsage = (n: number, month: string, workload: string, assoc: string, amount: number) => usage.push([tid(n), month, workload, assoc, amount]);
months.forEach((month, i) => {
  addUsage(21, month, 'Business Central', 'CSP Tier 1', i < 12 ? 20 : 12);
  addUsage(22, month, 'Power BI', 'PAL', ramp(i, 45, 60));
});
for (const month of months.slice(idx('2023-10'))) addUsage(24, month, 'Business Central', 'CSP Tier 1', 12);
for (const month of months.slice(idx('2023-11'))) addUsage(25, month, 'Customer Service', 'CSP Tier 1', 10);
for (const month of months.slice(idx('2024-02'))) addUsage(23, month, 'Customer Insights', 'PAL', 30000);
// Portals (Power Pages): a rate of 100 per user in edition 2026 (§3.5), none in edition 2024 (AMB-21).
for (const month of months.slice(idx('2024-02'))) addUsage(22, month, 'Portals', 'PAL', 60);
writeFileSync(join(out, 'bizapps_usage.csv'), csv(usage));

// ------------------------------------------------------------------------------------------ people
const people: [string, string, string, string, string][] = [
  // email, name, certification (as people write them), earned, expires
  ['ava.reyes', 'Ava Reyes', 'Microsoft Certified: Azure Administrator Associate', '2022-11-04', '2024-11-04'],
  ['ben.okafor', 'Ben Okafor', 'AZ-104', '2023-03-18', '2025-03-18'],
  ['chloe.martin', 'Chloe Martin', 'Azure Administrator Associate', '2023-06-02', '2025-06-02'],
  ['dev.patel', 'Dev Patel', 'Microsoft Certified: Azure Solutions Architect Expert', '2023-05-20', '2025-05-20'],
  ['elena.rossi', 'Elena Rossi', 'AZ-305', '2022-02-15', '2024-02-15'],
  ['farid.haddad', 'Farid Haddad', 'Microsoft Certified: Azure Developer Associate', '2023-08-09', '2025-08-09'],
  ['grace.kim', 'Grace Kim', 'AZ-204', '2023-10-01', '2025-10-01'],
  ['hugo.silva', 'Hugo Silva', 'Azure Developer Associate', '2024-01-22', '2025-01-22'],
  ['ines.moreau', 'Ines Moreau', 'Power Platform Developer Associate', '2023-04-11', '2025-04-11'],
  ['jonas.berg', 'Jonas Berg', 'Microsoft Certified: DevOps Engineer Expert', '2023-07-07', '2025-07-07'],
  ['kai.nakamura', 'Kai Nakamura', 'AZ-400', '2023-12-12', '2024-12-12'],
  ['lena.fischer', 'Lena Fischer', 'Azure IoT Developer Specialty', '2023-03-30', '2025-03-30'],
  ['mateo.garcia', 'Mateo Garcia', 'Azure Network Engineer Associate', '2023-02-14', '2024-08-31'],
  ['nora.walsh', 'Nora Walsh', 'AZ-800', '2023-09-19', '2025-09-19'],
  ['omar.aziz', 'Omar Aziz', 'Azure Stack Hub Operator Associate', '2022-10-10', '2024-10-10'],
  ['priya.nair', 'Priya Nair', 'Azure Virtual Desktop Specialty', '2023-06-06', '2025-06-06'],
  ['quinn.oconnor', "Quinn O'Connor", 'AZ-120', '2023-11-28', '2025-11-28'],
  ['rosa.lopez', 'Rosa Lopez', 'Azure Data Engineer Associate', '2023-01-15', '2025-01-15'],
  ['sam.taylor', 'Sam Taylor', 'AI-102', '2023-09-01', '2025-09-01'],
  ['tara.singh', 'Tara Singh', 'PL-300', '2023-05-05', '2025-05-05'],
  ['uma.brooks', 'Uma Brooks', 'Dynamics 365 Business Central Functional Consultant Associate', '2023-02-01', '2025-02-01'],
  ['victor.hugo', 'Victor Hugo', 'MB-210', '2023-06-30', '2025-06-30'],
  ['wen.li', 'Wen Li', 'Microsoft Certified: Power Platform Functional Consultant Associate', '2023-08-15', '2025-08-15'],
  ['xena.park', 'Xena Park', 'Dynamics 365 Customer Service Functional Consultant Associate', '2023-10-20', '2025-10-20'],
  ['yusuf.demir', 'Yusuf Demir', 'Power Platform App Maker Associate', '2023-03-03', '2025-03-03'],
  ['zoe.adams', 'Zoe Adams', 'Dynamics 365: Finance and Operations Apps Solution Architect Expert', '2023-04-04', '2025-04-04'],
  ['aaron.cole', 'Aaron Cole', 'MB-820', '2024-02-02', '2025-02-02'],
  ['bea.novak', 'Bea Novak', 'Microsoft 365 Certified: Teams Administrator Associate', '2023-01-09', '2025-01-09'],
  ['carl.jensen', 'Carl Jensen', 'MD-102', '2023-07-21', '2025-07-21'],
  ['dina.costa', 'Dina Costa', 'Messaging Administrator Associate', '2023-05-12', '2025-05-12'],
  ['eli.grant', 'Eli Grant', 'MS-900', '2024-03-03', ''],
  ['fay.morgan', 'Fay Morgan', 'Microsoft 365 Certified: Enterprise Administrator Expert', '2023-02-27', '2025-02-27'],
  ['gus.ahmed', 'Gus Ahmed', 'Teams Meetings and Meeting Rooms Technical Assessment', '2023-09-09', ''],
  ['hana.sato', 'Hana Sato', 'AZ-500', '2023-04-18', '2025-04-18'],
  ['ivan.petrov', 'Ivan Petrov', 'Microsoft Certified: Azure Security Engineer Associate', '2023-08-08', '2025-08-08'],
  ['jade.wu', 'Jade Wu', 'SC-200', '2023-06-14', '2025-06-14'],
  ['kofi.mensah', 'Kofi Mensah', 'Microsoft Certified: Cybersecurity Architect Expert', '2023-10-30', '2025-10-30'],
  ['lucia.ferri', 'Lucia Ferri', 'SC-300', '2023-03-25', '2025-03-25'],
  ['max.weber', 'Max Weber', 'Information Protection and Compliance Administrator Associate', '2023-12-01', '2025-12-01'],
  ['nina.olsen', 'Nina Olsen', 'Certified Scrum Master', '2022-05-05', ''],
  // Two more Security step-3 people (one with a certification new in edition 2026).
  ['omar.farouk', 'Omar Farouk', 'Microsoft Certified: Information Security Administrator Associate', '2024-01-20', '2026-01-20'],
  ['pia.lund', 'Pia Lund', 'SC-100', '2023-11-05', '2025-11-05'],
];
const certRows: (string | number)[][] = [['Email', 'First Name', 'Last Name', 'Certification Name', 'Earned Date', 'Expiration Date']];
for (const [id, name, cert, earned, expires] of people) {
  const [first, ...last] = name.split(' ');
  certRows.push([`${id}@larkspur.example`, first!, last.join(' '), cert, earned, expires]);
}
// Ava also holds the Teams Administrator certification: one person, two designations.
certRows.push(['ava.reyes@larkspur.example', 'Ava', 'Reyes', 'MS-700', '2023-09-30', '2025-09-30']);
writeFileSync(join(out, 'certifications.csv'), csv(certRows));

writeFileSync(
  join(out, 'partner.csv'),
  csv([
    ['key', 'value'],
    ['month', '2024-06'],
  ]),
);
console.log(`wrote ${out}`);
