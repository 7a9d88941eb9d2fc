/**
 * One pass over the typed rows that builds the indexes every metric reads: eligible amounts per tenant and
 * month, first use of each Azure service, Microsoft 365 cells, Business Applications pairs, people and their
 * certifications. It does not depend on the scoring month, so the six window months and every scenario that
 * leaves a kind of rows unchanged reuse it.
 *
 * Money is kept in integer cents and MCV in integer thousandths, so sums and threshold tests are exact.
 * AMB-53: exact duplicate rows count once; rows sharing a key are summed. Excluded rows are excluded everywhere.
 */
import type { Day, MonthIndex } from './months';
import { monthIndex } from './months';
import type { CertificationDef, Edition } from './rules/types';
import type { Dataset } from './types';
import { idKey, nameKey, vocabularyOf, type Vocabulary } from './vocabulary';

export type MonthSeries = Map<MonthIndex, number>;

export interface TenantInfo {
  id: string;
  name?: string;
  segment?: string;
}

export interface M365Cell {
  workload: string;
  /** Association family (AMB-56 keeps them apart; CPOR subtypes count as CPOR). */
  association: string;
  paidSeats: number;
  activeUsers: number;
}

export interface Holding {
  cert: CertificationDef | null;
  name: string;
  earnedOn?: Day;
  expiresOn?: Day;
}

export interface Person {
  id: string;
  name?: string;
  holdings: Holding[];
}

export interface Exclusions {
  /** reason → rows and amount (in the kind's unit) left out, for the explanations. */
  byReason: Map<string, { rows: number; amount: number }>;
}

export interface Prepared {
  edition: Edition;
  vocabulary: Vocabulary;
  tenants: Map<string, TenantInfo>;
  azure: {
    /** tenant → month → eligible ACR in cents (PAL/DPOR/CSP, offer not excluded; all services). */
    acr: Map<string, MonthSeries>;
    totalByMonth: MonthSeries;
    /** service → tenant → first month with eligible ACR > 0 (summed per tenant, service and month). */
    firstUse: Map<string, Map<string, MonthIndex>>;
    /** tenant → month → eligible Security ACR in cents (PAL, security services, offer not excluded). */
    security: Map<string, MonthSeries>;
    securityTotalByMonth: MonthSeries;
    firstMonth: MonthIndex | null;
    exclusions: Exclusions;
  };
  m365: {
    /** tenant → month → cells (one per workload and association family). */
    cells: Map<string, Map<MonthIndex, M365Cell[]>>;
    /** `tenant␟family` → the earliest association day given (AMB-58). */
    associatedOn: Map<string, Day>;
    exclusions: Exclusions;
  };
  bizapps: {
    /** `tenant␟workload` → month → eligible adjusted revenue in cents. */
    revenue: Map<string, MonthSeries>;
    /** `tenant␟rate-card workload` → month → MCV in thousandths. */
    mcv: Map<string, MonthSeries>;
    mcvTotalByMonth: MonthSeries;
    revenueExclusions: Exclusions;
    usageExclusions: Exclusions;
  };
  people: Map<string, Person>;
  /** `partner` file values that override computed path inputs (FORMATS.md §7, AMB-51). */
  partnerOverrides: { acrTtmUsd?: number; smbCustomerShare?: number };
  /** Latest month in the usage and revenue rows (the default scoring month). */
  lastDataMonth: MonthIndex | null;
  firstDataMonth: MonthIndex | null;
}

export const SEP = '\u241f';

const cents = (usd: number): number => Math.round(usd * 100);

function add(series: Map<string, MonthSeries>, key: string, month: MonthIndex, amount: number): void {
  let s = series.get(key);
  if (!s) series.set(key, (s = new Map()));
  s.set(month, (s.get(month) ?? 0) + amount);
}

function addTotal(series: MonthSeries, month: MonthIndex, amount: number): void {
  series.set(month, (series.get(month) ?? 0) + amount);
}

function exclude(exclusions: Exclusions, reason: string, amount: number): void {
  const entry = exclusions.byReason.get(reason);
  if (entry) {
    entry.rows += 1;
    entry.amount += amount;
  } else exclusions.byReason.set(reason, { rows: 1, amount });
}

/** AMB-53: the first occurrence of each exact row is kept. */
function unique<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const row of rows) {
    const k = key(row);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(row);
    }
  }
  return out.length === rows.length ? rows : out;
}

export function prepare(dataset: Dataset, edition: Edition): Prepared {
  const vocabulary = vocabularyOf(edition);
  const tenants = new Map<string, TenantInfo>();
  const noteTenant = (id: string): string => {
    const key = idKey(id);
    if (!tenants.has(key)) tenants.set(key, { id: id.trim() });
    return key;
  };
  for (const c of dataset.customers) {
    const key = idKey(c.tenantId);
    const info = tenants.get(key) ?? { id: c.tenantId.trim() };
    if (c.customerName) info.name = c.customerName;
    if (c.segment) info.segment = c.segment;
    tenants.set(key, info);
  }

  let firstData: MonthIndex | null = null;
  let lastData: MonthIndex | null = null;
  const seeMonth = (m: MonthIndex) => {
    if (firstData === null || m < firstData) firstData = m;
    if (lastData === null || m > lastData) lastData = m;
  };

  // ---------------------------------------------------------------------------------------------- Azure
  const azureEligible = new Set(edition.azure.eligibleAssociations);
  const excludedOffers = new Set(edition.azure.excludedOffers.map(nameKey));
  const securityServices = new Set(edition.azure.securityServices);
  const securityAssociations = new Set(edition.azure.securityAssociations);
  const acr = new Map<string, MonthSeries>();
  const totalByMonth: MonthSeries = new Map();
  const security = new Map<string, MonthSeries>();
  const securityTotalByMonth: MonthSeries = new Map();
  const perService = new Map<string, MonthSeries>(); // `tenant␟service` → month → cents
  const azureExclusions: Exclusions = { byReason: new Map() };
  let azureFirst: MonthIndex | null = null;
  const azureRows = unique(dataset.azure, (r) => `${r.tenantId}${SEP}${r.month}${SEP}${r.service}${SEP}${r.association}${SEP}${r.offer ?? ''}${SEP}${r.acrUsd}`);
  for (const row of azureRows) {
    const month = monthIndex(row.month);
    seeMonth(month);
    const amount = cents(row.acrUsd);
    const association = vocabulary.association(row.association)?.canonical;
    if (!association || !azureEligible.has(association)) {
      exclude(azureExclusions, `association '${row.association}' is not PAL, DPOR or CSP`, amount);
      continue;
    }
    if (row.offer && excludedOffers.has(nameKey(row.offer))) {
      exclude(azureExclusions, `offer '${row.offer}' is excluded (Support, Internal, Benefit Program and Trial do not count)`, amount);
      continue;
    }
    if (azureFirst === null || month < azureFirst) azureFirst = month;
    const tenant = noteTenant(row.tenantId);
    const service = vocabulary.azureService(row.service);
    add(acr, tenant, month, amount);
    addTotal(totalByMonth, month, amount);
    add(perService, `${tenant}${SEP}${service}`, month, amount);
    if (securityServices.has(service) && securityAssociations.has(association)) {
      add(security, tenant, month, amount);
      addTotal(securityTotalByMonth, month, amount);
    }
  }
  const firstUse = new Map<string, Map<string, MonthIndex>>();
  for (const [key, series] of perService) {
    let first: MonthIndex | null = null;
    for (const [month, amount] of series) if (amount > 0 && (first === null || month < first)) first = month;
    if (first === null) continue;
    const [tenant, service] = key.split(SEP) as [string, string];
    let byTenant = firstUse.get(service);
    if (!byTenant) firstUse.set(service, (byTenant = new Map()));
    byTenant.set(tenant, first);
  }

  // ------------------------------------------------------------------------------------- Microsoft 365
  const cellSums = new Map<string, { tenant: string; month: MonthIndex; cell: M365Cell }>();
  const associatedOn = new Map<string, Day>();
  const m365Exclusions: Exclusions = { byReason: new Map() };
  const m365Rows = unique(dataset.m365, (r) => `${r.tenantId}${SEP}${r.month}${SEP}${r.workload}${SEP}${r.association}${SEP}${r.paidSeats}${SEP}${r.activeUsers}${SEP}${r.associatedOn ?? ''}`);
  for (const row of m365Rows) {
    const month = monthIndex(row.month);
    seeMonth(month);
    const family = vocabulary.association(row.association)?.family;
    if (!family) {
      exclude(m365Exclusions, `association '${row.association}' is not known`, row.paidSeats);
      continue;
    }
    const tenant = noteTenant(row.tenantId);
    const workload = vocabulary.m365Workload(row.workload);
    const key = `${tenant}${SEP}${month}${SEP}${workload}${SEP}${family}`;
    const sum = cellSums.get(key);
    if (sum) {
      sum.cell.paidSeats += row.paidSeats;
      sum.cell.activeUsers += row.activeUsers;
    } else cellSums.set(key, { tenant, month, cell: { workload, association: family, paidSeats: row.paidSeats, activeUsers: row.activeUsers } });
    if (row.associatedOn) {
      const k = `${tenant}${SEP}${family}`;
      const known = associatedOn.get(k);
      if (!known || row.associatedOn < known) associatedOn.set(k, row.associatedOn);
    }
  }
  const cells = new Map<string, Map<MonthIndex, M365Cell[]>>();
  for (const { tenant, month, cell } of cellSums.values()) {
    let byMonth = cells.get(tenant);
    if (!byMonth) cells.set(tenant, (byMonth = new Map()));
    const list = byMonth.get(month);
    if (list) list.push(cell);
    else byMonth.set(month, [cell]);
  }

  // ------------------------------------------------------------------------------ Business Applications
  const revenueAssociations = new Set(edition.bizapps.revenueAssociations);
  const revenue = new Map<string, MonthSeries>();
  const revenueExclusions: Exclusions = { byReason: new Map() };
  const revenueRows = unique(dataset.bizappsRevenue, (r) => `${r.tenantId}${SEP}${r.month}${SEP}${r.workload}${SEP}${r.association}${SEP}${r.revenueUsd}`);
  for (const row of revenueRows) {
    const month = monthIndex(row.month);
    seeMonth(month);
    const amount = cents(row.revenueUsd);
    const association = vocabulary.association(row.association)?.canonical;
    if (!association || !revenueAssociations.has(association)) {
      exclude(revenueExclusions, `association '${row.association}' does not attribute revenue (AMB-54)`, amount);
      continue;
    }
    const workload = vocabulary.revenueWorkload(row.workload);
    if (!workload) {
      exclude(revenueExclusions, `workload '${row.workload}' is not an eligible Business Applications workload`, amount);
      continue;
    }
    add(revenue, `${noteTenant(row.tenantId)}${SEP}${workload}`, month, amount);
  }

  const rateByWorkload = new Map(edition.bizapps.rateCard.map((e) => [e.workload, e]));
  const usageAssociations = {
    dynamics365: new Set(edition.bizapps.usageAssociations.dynamics365),
    powerPlatform: new Set(edition.bizapps.usageAssociations.powerPlatform),
  };
  const mcv = new Map<string, MonthSeries>();
  const mcvTotalByMonth: MonthSeries = new Map();
  const usageExclusions: Exclusions = { byReason: new Map() };
  const usageRows = unique(dataset.bizappsUsage, (r) => `${r.tenantId}${SEP}${r.month}${SEP}${r.workload}${SEP}${r.association}${SEP}${r.usage}`);
  for (const row of usageRows) {
    const month = monthIndex(row.month);
    seeMonth(month);
    const workload = vocabulary.usageWorkload(row.workload);
    const entry = workload ? rateByWorkload.get(workload) : undefined;
    if (!entry) {
      exclude(usageExclusions, `workload '${row.workload}' is not on the rate card`, row.usage);
      continue;
    }
    if (entry.rate === null) {
      exclude(usageExclusions, `${entry.workload} has no consumption rate in the rules (AMB-21)`, row.usage);
      continue;
    }
    const association = vocabulary.association(row.association)?.canonical;
    if (!association || !usageAssociations[entry.platform].has(association)) {
      const allowed = [...usageAssociations[entry.platform]].join(', ');
      exclude(usageExclusions, `association '${row.association}' does not count for ${entry.workload} usage (${allowed}; AMB-54)`, row.usage);
      continue;
    }
    // MCV = usage × rate (§3.5), in thousandths so 0.2 per profile stays exact.
    const milli = row.usage * Math.round(entry.rate * 1000);
    add(mcv, `${noteTenant(row.tenantId)}${SEP}${entry.workload}`, month, milli);
    addTotal(mcvTotalByMonth, month, milli);
  }

  // ---------------------------------------------------------------------------------------------- people
  const people = new Map<string, Person>();
  const certRows = unique(dataset.certifications, (r) => `${idKey(r.personId)}${SEP}${r.certificationId ?? r.certificationName}${SEP}${r.earnedOn ?? ''}${SEP}${r.expiresOn ?? ''}`);
  const certById = new Map(edition.certifications.map((c) => [c.id, c]));
  for (const row of certRows) {
    const key = idKey(row.personId);
    let person = people.get(key);
    if (!person) people.set(key, (person = { id: row.personId.trim(), holdings: [] }));
    if (row.personName && !person.name) person.name = row.personName;
    const cert = row.certificationId ? (certById.get(row.certificationId) ?? vocabulary.certification(row.certificationName) ?? null) : (vocabulary.certification(row.certificationName) ?? null);
    person.holdings.push({
      cert,
      name: row.certificationName,
      ...(row.earnedOn ? { earnedOn: row.earnedOn } : {}),
      ...(row.expiresOn ? { expiresOn: row.expiresOn } : {}),
    });
  }

  return {
    edition,
    vocabulary,
    tenants,
    azure: { acr, totalByMonth, firstUse, security, securityTotalByMonth, firstMonth: azureFirst, exclusions: azureExclusions },
    m365: { cells, associatedOn, exclusions: m365Exclusions },
    bizapps: { revenue, mcv, mcvTotalByMonth, revenueExclusions, usageExclusions },
    people,
    partnerOverrides: {
      ...(dataset.partner.acrTtmUsd !== undefined ? { acrTtmUsd: dataset.partner.acrTtmUsd } : {}),
      ...(dataset.partner.smbCustomerShare !== undefined ? { smbCustomerShare: dataset.partner.smbCustomerShare } : {}),
    },
    lastDataMonth: lastData,
    firstDataMonth: firstData,
  };
}
