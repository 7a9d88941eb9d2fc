/**
 * Scenarios: a named list of changes on top of the loaded data (people certified, customers added or removed,
 * usage grown or shrunk, certifications let expire, another scoring month). Changes are plain data, so they
 * serialise to JSON and to a link. `applyScenario` is the reference meaning (the data with the changes merged
 * in); `prepareScenario` gets the same result faster by adding rows to the prepared base when every change is
 * an addition.
 */
import type { Day, Month } from './months';
import { monthIndex, monthsBetween } from './months';
import { applyRows, prepare, type Prepared } from './prepare';
import { concatRows } from './rows';
import type { Edition } from './rules/types';
import type { AzureRow, BizAppsRevenueRow, BizAppsUsageRow, CertificationRow, Dataset, M365Row, RowList } from './types';
import { idKey } from './vocabulary';

interface CertificationGrant {
  certificationId: string;
  earnedOn?: Day;
  expiresOn?: Day;
}

export type Change =
  | { type: 'addPerson'; personId: string; name?: string; certifications: CertificationGrant[] }
  | { type: 'certifyPerson'; personId: string; certificationId: string; earnedOn?: Day; expiresOn?: Day }
  | { type: 'expireCertification'; personId: string; certificationId: string; on: Day }
  | {
      type: 'addCustomer';
      tenantId: string;
      name?: string;
      segment?: string;
      fromMonth: Month;
      azure?: { service: string; association: string; acrUsd: number }[];
      m365?: { workload: string; association: string; paidSeats: number; activeUsers: number }[];
      bizappsRevenue?: { workload: string; association: string; revenueUsd: number }[];
      bizappsUsage?: { workload: string; association: string; usage: number }[];
    }
  | { type: 'growUsage'; tenantId: string; kind: 'azure' | 'm365' | 'bizappsRevenue' | 'bizappsUsage'; name: string; association: string; delta: number; fromMonth: Month }
  | { type: 'removeCustomer'; tenantId: string };

export interface Scenario {
  id: string;
  name: string;
  /** Score the scenario for this month instead of the data's. */
  month?: Month;
  changes: Change[];
}

/** True when the change only adds rows (so the prepared base can be extended instead of rebuilt). */
function isAddition(change: Change): boolean {
  if (change.type === 'removeCustomer' || change.type === 'expireCertification') return false;
  if (change.type === 'growUsage') return change.delta >= 0 || change.kind === 'azure' || change.kind === 'bizappsRevenue';
  return true;
}

/** The rows a change adds, for months up to `through` (monthly rows from the change's first month). */
function rowsOf(change: Change, through: Month): Partial<Dataset> {
  switch (change.type) {
    case 'addPerson':
      return { certifications: change.certifications.map((c) => certRow(change.personId, c, change.name)) };
    case 'certifyPerson':
      return { certifications: [certRow(change.personId, change)] };
    case 'addCustomer': {
      const months = monthsBetween(change.fromMonth, through);
      const t = change.tenantId;
      return {
        customers: [{ tenantId: t, ...(change.name ? { customerName: change.name } : {}), ...(change.segment ? { segment: change.segment } : {}) }],
        azure: months.flatMap((month) => (change.azure ?? []).map((r): AzureRow => ({ tenantId: t, month, service: r.service, association: r.association, acrUsd: r.acrUsd }))),
        m365: months.flatMap((month) => (change.m365 ?? []).map((r): M365Row => ({ tenantId: t, month, ...r }))),
        bizappsRevenue: months.flatMap((month) => (change.bizappsRevenue ?? []).map((r): BizAppsRevenueRow => ({ tenantId: t, month, ...r }))),
        bizappsUsage: months.flatMap((month) => (change.bizappsUsage ?? []).map((r): BizAppsUsageRow => ({ tenantId: t, month, ...r }))),
      };
    }
    case 'growUsage': {
      // Rows sharing a key are added together (AMB-53): a row holding the delta grows (or, for money, shrinks) the value.
      const months = monthsBetween(change.fromMonth, through);
      const base = { tenantId: change.tenantId, association: change.association };
      if (change.kind === 'azure') return { azure: months.map((month) => ({ ...base, month, service: change.name, acrUsd: change.delta })) };
      if (change.kind === 'bizappsRevenue') return { bizappsRevenue: months.map((month) => ({ ...base, month, workload: change.name, revenueUsd: change.delta })) };
      if (change.kind === 'bizappsUsage') return { bizappsUsage: months.map((month) => ({ ...base, month, workload: change.name, usage: change.delta })) };
      return { m365: months.map((month) => ({ ...base, month, workload: change.name, paidSeats: 0, activeUsers: change.delta })) };
    }
    default:
      return {};
  }
}

function certRow(personId: string, grant: CertificationGrant, name?: string): CertificationRow {
  return {
    personId,
    ...(name ? { personName: name } : {}),
    certificationId: grant.certificationId,
    certificationName: grant.certificationId,
    ...(grant.earnedOn ? { earnedOn: grant.earnedOn } : {}),
    ...(grant.expiresOn ? { expiresOn: grant.expiresOn } : {}),
  };
}

const ROW_KINDS = ['certifications', 'customers', 'azure', 'm365', 'bizappsRevenue', 'bizappsUsage'] as const;

function merge(into: Dataset, rows: Partial<Dataset>): Dataset {
  return {
    ...into,
    certifications: rows.certifications?.length ? [...into.certifications, ...rows.certifications] : into.certifications,
    customers: rows.customers?.length ? [...into.customers, ...rows.customers] : into.customers,
    azure: rows.azure?.length ? concatRows(into.azure, rows.azure) : into.azure,
    m365: rows.m365?.length ? concatRows(into.m365, rows.m365) : into.m365,
    bizappsRevenue: rows.bizappsRevenue?.length ? concatRows(into.bizappsRevenue, rows.bizappsRevenue) : into.bizappsRevenue,
    bizappsUsage: rows.bizappsUsage?.length ? concatRows(into.bizappsUsage, rows.bizappsUsage) : into.bizappsUsage,
  };
}

/** Changes that rewrite loaded rows: removals, expiries, shrinking counts below what was loaded. */
function rewrite(dataset: Dataset, change: Change, through: Month): Dataset {
  switch (change.type) {
    case 'removeCustomer': {
      const key = idKey(change.tenantId);
      const stays = (r: { tenantId: string }) => idKey(r.tenantId) !== key;
      const keep = <T extends { tenantId: string }>(rows: RowList<T>) => rows.filter(stays);
      return {
        ...dataset,
        customers: dataset.customers.filter(stays),
        azure: keep(dataset.azure),
        m365: keep(dataset.m365),
        bizappsRevenue: keep(dataset.bizappsRevenue),
        bizappsUsage: keep(dataset.bizappsUsage),
      };
    }
    case 'expireCertification': {
      const person = idKey(change.personId);
      return {
        ...dataset,
        certifications: dataset.certifications.map((r) =>
          idKey(r.personId) === person && r.certificationId === change.certificationId && (!r.expiresOn || r.expiresOn > change.on) ? { ...r, expiresOn: change.on } : r,
        ),
      };
    }
    case 'growUsage': {
      // Shrinking a count: lower the matching rows from the month on, never below 0.
      const from = monthIndex(change.fromMonth),
        until = monthIndex(through);
      const tenant = idKey(change.tenantId);
      const hit = (r: { tenantId: string; month: Month; workload: string; association: string }) =>
        idKey(r.tenantId) === tenant && r.workload === change.name && r.association === change.association && monthIndex(r.month) >= from && monthIndex(r.month) <= until;
      if (change.kind === 'm365') return { ...dataset, m365: dataset.m365.map((r) => (hit(r) ? { ...r, activeUsers: Math.max(0, r.activeUsers + change.delta) } : r)) };
      return { ...dataset, bizappsUsage: dataset.bizappsUsage.map((r) => (hit(r) ? { ...r, usage: Math.max(0, r.usage + change.delta) } : r)) };
    }
    default:
      return dataset;
  }
}

/** The last month rows are generated for: the later of the scoring month and the data's last month. */
export function scenarioThrough(scenario: Scenario, scoringMonth: Month, lastDataMonth: Month | null): Month {
  const month = scenario.month ?? scoringMonth;
  return lastDataMonth && monthIndex(lastDataMonth) > monthIndex(month) ? lastDataMonth : month;
}

/** The loaded data with the scenario's changes merged in (the reference meaning of a scenario). */
export function applyScenario(dataset: Dataset, scenario: Scenario, through: Month): Dataset {
  let result = dataset;
  for (const change of scenario.changes) result = isAddition(change) ? merge(result, rowsOf(change, through)) : rewrite(result, change, through);
  return result;
}

/** Prepared data for the scenario: extends `base` when every change is an addition, else rebuilds. */
export function prepareScenario(base: Prepared, dataset: Dataset, edition: Edition, scenario: Scenario, through: Month): Prepared {
  if (scenario.changes.length === 0) return base;
  if (scenario.changes.every(isAddition)) {
    // The added rows, in change order (one array per kind, appended to: the planner merges thousands of scenarios).
    const rows: Required<Pick<Dataset, (typeof ROW_KINDS)[number]>> = { certifications: [], customers: [], azure: [], m365: [], bizappsRevenue: [], bizappsUsage: [] };
    for (const change of scenario.changes) {
      const added = rowsOf(change, through);
      for (const kind of ROW_KINDS) for (const row of added[kind] ?? []) (rows[kind] as unknown[]).push(row);
    }
    return applyRows(base, rows);
  }
  return prepare(applyScenario(dataset, scenario, through), edition);
}

/**
 * What a scenario names that the data and the rules do not know: a certification not in the edition's
 * catalogue, a tenant or person to change that is not in the data. The change still applies (and does nothing);
 * the user is told, so a typo or a link for other data is not silently ±0.
 */
export function unknownReferences(scenario: Scenario, prepared: Prepared): string[] {
  const certs = new Set(prepared.edition.certifications.map((c) => c.id));
  const added = new Set(scenario.changes.filter((c) => c.type === 'addCustomer').map((c) => idKey(c.tenantId)));
  const addedPeople = new Set(scenario.changes.filter((c) => c.type === 'addPerson').map((c) => idKey(c.personId)));
  const out = new Set<string>();
  for (const change of scenario.changes) {
    const certIds =
      change.type === 'addPerson' ? change.certifications.map((c) => c.certificationId) : change.type === 'certifyPerson' || change.type === 'expireCertification' ? [change.certificationId] : [];
    for (const id of certIds) if (!certs.has(id)) out.add(`certification '${id}' is not in rule edition ${prepared.edition.id}`);
    if ((change.type === 'certifyPerson' || change.type === 'expireCertification') && !prepared.people.has(idKey(change.personId)) && !addedPeople.has(idKey(change.personId)))
      out.add(`person '${change.personId}' is not in your data`);
    if ((change.type === 'growUsage' || change.type === 'removeCustomer') && !prepared.tenants.has(idKey(change.tenantId)) && !added.has(idKey(change.tenantId)))
      out.add(`customer '${change.tenantId}' is not in your data`);
  }
  return [...out];
}
