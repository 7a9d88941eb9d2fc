/**
 * Loaded rows are prepared column by column (issue 9: no object per row), rows built by hand or by a scenario row
 * by row. Both paths must build the same Prepared: the same amounts, cells, exclusions with their reasons, first
 * months and association days, in the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDataset, getEdition, prepare, scorePrepared, type AzureRow, type BizAppsRevenueRow, type BizAppsUsageRow, type M365Row } from '../../src/engine';
import { applyRows } from '../../src/engine/prepare';
import { Dictionary } from '../../src/io/columnTable';
import { tableOf, type TableKind } from '../../src/io/tables';

const tenant = fc.constantFrom('t1', 'T1', ' t2', 't3');
const month = fc.constantFrom('2023-10', '2024-01', '2024-05', '2024-06', '2025-06');
const azureRow: fc.Arbitrary<AzureRow> = fc
  .record({
    tenantId: tenant,
    month,
    // Security services by name and by alias (RULES-2026 AMB26-43), and others.
    service: fc.constantFrom('Virtual Machines', 'Microsoft Sentinel', 'Azure Sentinel', 'Key Vault', 'Storage'),
    association: fc.constantFrom('PAL', 'DPOR', 'CSP Tier 1', 'CPOR', 'Reseller of record'),
    offer: fc.constantFrom(undefined, 'Pay-As-You-Go', 'Trial', 'support', ''),
    cloud: fc.constantFrom(undefined, 'Public', 'Azure Government', 'us-gov', ''),
    acrUsd: fc.integer({ min: -5_000, max: 90_000 }).map((c) => c / 100),
  })
  .map(({ offer, cloud, ...row }) => ({ ...row, ...(offer !== undefined ? { offer } : {}), ...(cloud !== undefined ? { cloud } : {}) }));
const m365Row: fc.Arbitrary<M365Row> = fc
  .record({
    tenantId: tenant,
    month,
    workload: fc.constantFrom('Exchange', 'Teams', 'Intune', 'Microsoft Defender for Endpoint'),
    association: fc.constantFrom('CPOR', 'DPOR', 'CSP', 'Nobody'),
    paidSeats: fc.integer({ min: 0, max: 600 }),
    activeUsers: fc.integer({ min: 0, max: 600 }),
    associatedOn: fc.constantFrom(undefined, '2023-09-10', '2024-03-01'),
  })
  .map(({ associatedOn, ...row }) => ({ ...row, ...(associatedOn ? { associatedOn } : {}) }));

const revenueRow: fc.Arbitrary<BizAppsRevenueRow> = fc.record({
  tenantId: tenant,
  month,
  workload: fc.constantFrom('Sales', 'Power BI', 'Business Central', 'Finance', 'Office'),
  association: fc.constantFrom('CSP', 'DPOR', 'CPOR', 'CPOR RevRec', 'PAL'),
  revenueUsd: fc.integer({ min: 0, max: 800_000 }).map((c) => c / 100),
});
// Usage of workloads with a rate, without one (AMB-21) and off the rate card, through allowed and other associations.
const usageRow: fc.Arbitrary<BizAppsUsageRow> = fc.record({
  tenantId: tenant,
  month,
  workload: fc.constantFrom('Business Central', 'Power BI', 'Sales', 'Customer Insights', 'Paint'),
  association: fc.constantFrom('CSP', 'PAL', 'DPOR', 'CPOR'),
  usage: fc.integer({ min: 0, max: 80_000 }),
});

describe('prepare reads loaded rows column by column exactly as it reads them row by row', () => {
  it.each(['2024', '2026'])('edition %s: the same Prepared and the same scores', (id) => {
    const edition = getEdition(id);
    fc.assert(
      fc.property(
        fc.array(azureRow, { maxLength: 30 }),
        fc.array(m365Row, { maxLength: 20 }),
        fc.array(revenueRow, { maxLength: 15 }),
        fc.array(usageRow, { maxLength: 15 }),
        (azure, m365, bizappsRevenue, bizappsUsage) => {
          const dictionary = new Dictionary();
          const table = <K extends TableKind>(kind: K, rows: readonly object[]) => {
            const t = tableOf(kind, dictionary);
            for (const row of rows) t.push(row as Record<string, unknown>);
            expect(t.asColumns().length).toBe(rows.length);
            return t;
          };
          const byColumns = prepare(
            {
              ...emptyDataset(),
              azure: table('azure', azure),
              m365: table('m365', m365),
              bizappsRevenue: table('bizapps_revenue', bizappsRevenue),
              bizappsUsage: table('bizapps_usage', bizappsUsage),
              deduplicated: true,
            },
            edition,
          );
          const byRows = prepare({ ...emptyDataset(), azure, m365, bizappsRevenue, bizappsUsage, deduplicated: true }, edition);
          expect(byColumns).toEqual(byRows);
          // Map order is part of it: explanation lines list tenants in the order the maps hold them.
          expect([...byColumns.tenants.keys()]).toEqual([...byRows.tenants.keys()]);
          expect([...byColumns.m365.cells.keys()]).toEqual([...byRows.m365.cells.keys()]);
          expect([...byColumns.azure.exclusions.byReason]).toEqual([...byRows.azure.exclusions.byReason]);
          // A fresh build sums Azure amounts by slot and hands them to the maps afterwards: the same keys in the same order.
          const azureKeys = (p: typeof byRows) => ({
            acr: [...p.azure.acr.keys()],
            security: [...p.azure.security.keys()],
            services: [...p.azure.serviceTotals.keys()],
            perService: [...p.azurePerService].map(([tenant, byService]) => [tenant, ...byService.keys()]),
            firstUse: [...p.azure.firstUse].map(([service, byTenant]) => [service, ...byTenant.keys()]),
          });
          expect(azureKeys(byColumns)).toEqual(azureKeys(byRows));
          expect([...byColumns.bizapps.usageExclusions.byReason]).toEqual([...byRows.bizapps.usageExclusions.byReason]);
          expect([...byColumns.bizapps.mcv.keys()]).toEqual([...byRows.bizapps.mcv.keys()]);
          expect(scorePrepared(byColumns, '2024-06', { explain: true }).designations).toEqual(scorePrepared(byRows, '2024-06', { explain: true }).designations);
          // Added to a base (a build that copies what it writes): the tables' rows go through the staged path.
          const base = prepare({ ...emptyDataset(), m365: m365.slice(0, 3), azure: azure.slice(0, 3), deduplicated: true }, edition);
          const addedByColumns = applyRows(base, { azure: table('azure', azure), m365: table('m365', m365), bizappsUsage: table('bizapps_usage', bizappsUsage), deduplicated: true });
          const addedByRows = applyRows(base, { azure, m365, bizappsUsage, deduplicated: true });
          expect(addedByColumns).toEqual(addedByRows);
          expect([...addedByColumns.m365.cells.keys()]).toEqual([...addedByRows.m365.cells.keys()]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
