/**
 * A large synthetic partner as CSV text, deterministic (seeded), for the benchmark:
 * `tenants` customers × `months` months across Azure, Microsoft 365 and Business Applications, plus people.
 */
const SERVICES = ['Virtual Machines', 'SQL Database', 'Storage', 'App Service', 'Key Vault', 'Azure Kubernetes Service', 'Azure Monitor', 'Microsoft Sentinel', 'Azure Cosmos DB', 'Azure Functions'];
const ASSOC = ['PAL', 'DPOR', 'CSP Tier 1', 'CSP Tier 2'];
const WORKLOADS = ['Exchange Online', 'Teams', 'SharePoint Online', 'Intune', 'Entra ID P1'];
const BA = ['Business Central', 'Power BI', 'Sales', 'Customer Service'];
const CERTS = ['AZ-104', 'AZ-305', 'AZ-204', 'AZ-400', 'AZ-700', 'AZ-800', 'DP-203', 'AI-102', 'MB-210', 'PL-200', 'PL-600', 'MS-700', 'MS-102', 'AZ-500', 'SC-200', 'SC-100'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticPartner {
  files: { name: string; text: string }[];
  rows: number;
  lastMonth: string;
}

export function syntheticPartner(tenants = 5000, months = 24, seed = 42): SyntheticPartner {
  const random = rng(seed);
  const monthList = Array.from({ length: months }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const azure: string[] = ['tenant_id,month,service,association,offer,acr_usd'];
  const m365: string[] = ['tenant_id,month,workload,association,paid_seats,active_users'];
  const revenue: string[] = ['tenant_id,month,workload,association,revenue_usd'];
  const usage: string[] = ['tenant_id,month,workload,association,usage'];
  const customers: string[] = ['tenant_id,customer_name,segment'];
  for (let t = 0; t < tenants; t++) {
    const id = `tenant-${String(t).padStart(6, '0')}`;
    customers.push(`${id},Customer ${t},${random() < 0.7 ? 'SMB' : 'Enterprise'}`);
    const start = Math.floor(random() * months * 0.3);
    const assoc = ASSOC[t % ASSOC.length];
    const services = SERVICES.slice(t % 3, (t % 3) + 5);
    const base = 200 + random() * 4000;
    const seats = 20 + Math.floor(random() * 900);
    for (let m = 0; m < months; m++) {
      const month = monthList[m]!;
      if (m >= start) {
        for (const service of services) azure.push(`${id},${month},${service},${assoc},Pay-As-You-Go,${(base * (1 + m / 40) * random()).toFixed(2)}`);
      }
      for (const workload of WORKLOADS.slice(t % 2, (t % 2) + 4)) {
        m365.push(`${id},${month},${workload},${t % 3 === 0 ? 'CSP' : 'CPOR'},${seats},${Math.floor(seats * random())}`);
      }
      if (t % 5 === 0) {
        for (const workload of BA.slice(t % 3, (t % 3) + 2)) {
          revenue.push(`${id},${month},${workload},CSP,${(random() * 3000).toFixed(2)}`);
          usage.push(`${id},${month},${workload},${workload === 'Power BI' ? 'PAL' : 'CSP'},${Math.floor(random() * 80)}`);
        }
      }
    }
  }
  const people: string[] = ['email,name,certification,earned date,expiry date'];
  for (let p = 0; p < Math.max(50, tenants / 5); p++) {
    for (let k = 0; k < 1 + (p % 3); k++) people.push(`person${p}@synthetic.example,Person ${p},${CERTS[(p * 7 + k) % CERTS.length]},2023-0${1 + (p % 9)}-15,2026-01-31`);
  }
  const files = [
    { name: 'azure.csv', text: azure.join('\n') + '\n' },
    { name: 'm365.csv', text: m365.join('\n') + '\n' },
    { name: 'bizapps_revenue.csv', text: revenue.join('\n') + '\n' },
    { name: 'bizapps_usage.csv', text: usage.join('\n') + '\n' },
    { name: 'customers.csv', text: customers.join('\n') + '\n' },
    { name: 'certifications.csv', text: people.join('\n') + '\n' },
  ];
  const rows = azure.length + m365.length + revenue.length + usage.length + customers.length + people.length - files.length;
  return { files, rows, lastMonth: monthList.at(-1)! };
}
