/**
 * Loaded rows are prepared column by column (issue 9: no object per row), rows built by hand or by a scenario row
 * by row. Both paths must build the same Prepared: the same amounts, cells, exclusions with their reasons, first
 * months and association days, in the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDataset, getEdition, prepare, scorePrepared, type AzureRow, type M365Row } from '../../src/engine';
import { Dictionary } from '../../src/io/columnTable';
import { tableOf } from '../../src/io/tables';

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

describe('prepare reads loaded rows column by column exactly as it reads them row by row', () => {
  it.each(['2024', '2026'])('edition %s: the same Prepared and the same scores', (id) => {
    const edition = getEdition(id);
    fc.assert(
      fc.property(fc.array(azureRow, { maxLength: 30 }), fc.array(m365Row, { maxLength: 20 }), (azure, m365) => {
        const dictionary = new Dictionary();
        const azureTable = tableOf('azure', dictionary),
          m365Table = tableOf('m365', dictionary);
        for (const row of azure) azureTable.push(row as unknown as Record<string, unknown>);
        for (const row of m365) m365Table.push(row as unknown as Record<string, unknown>);
        expect(azureTable.asColumns().length).toBe(azure.length);
        const byColumns = prepare({ ...emptyDataset(), azure: azureTable, m365: m365Table, deduplicated: true }, edition);
        const byRows = prepare({ ...emptyDataset(), azure, m365, deduplicated: true }, edition);
        expect(byColumns).toEqual(byRows);
        // Map order is part of it: explanation lines list tenants in the order the maps hold them.
        expect([...byColumns.tenants.keys()]).toEqual([...byRows.tenants.keys()]);
        expect([...byColumns.m365.cells.keys()]).toEqual([...byRows.m365.cells.keys()]);
        expect([...byColumns.azure.exclusions.byReason]).toEqual([...byRows.azure.exclusions.byReason]);
        expect(scorePrepared(byColumns, '2024-06', { explain: true }).designations).toEqual(scorePrepared(byRows, '2024-06', { explain: true }).designations);
      }),
      { numRuns: 60 },
    );
  });
});
