/**
 * The four monthly kinds as column tables (src/io/columnTable.ts): their columns, in the order of the kind's
 * fields (src/io/kinds.ts), and how each reads a row back. Optional cells that are absent stay absent.
 */
import type { AzureRow, BizAppsRevenueRow, BizAppsUsageRow, M365Row } from '../engine/types';
import { ColumnTable, type Column, type Dictionary, type RowReader } from './columnTable';
import { KIND_BY_ID, type FileKind } from './kinds';

export type TableKind = 'azure' | 'm365' | 'bizapps_revenue' | 'bizapps_usage';

interface RowOf {
  azure: AzureRow;
  m365: M365Row;
  bizapps_revenue: BizAppsRevenueRow;
  bizapps_usage: BizAppsUsageRow;
}

/** A kind's fields as columns: text (months and days too) as dictionary ids, amounts and counts as numbers. */
function columnsOf(kind: TableKind): Column[] {
  return KIND_BY_ID[kind].fields.map((f) => ({ prop: f.prop, text: f.type !== 'amount' && f.type !== 'count' && f.type !== 'share' }));
}

// Column numbers follow the field order of kinds.ts; test/io/columnTable.test.ts checks each reader gives back
// every field it was given, so a field added to a kind without its reader fails there.
const READERS: { [K in TableKind]: RowReader<RowOf[K]> } = {
  azure: (t, i) => {
    const row: AzureRow = { tenantId: t.text(0, i)!, month: t.text(1, i)!, service: t.text(2, i)!, association: t.text(3, i)!, acrUsd: t.number(5, i)! };
    const offer = t.text(4, i);
    if (offer !== undefined) row.offer = offer;
    const cloud = t.text(6, i);
    if (cloud !== undefined) row.cloud = cloud;
    return row;
  },
  m365: (t, i) => {
    const row: M365Row = { tenantId: t.text(0, i)!, month: t.text(1, i)!, workload: t.text(2, i)!, association: t.text(3, i)!, paidSeats: t.number(4, i)!, activeUsers: t.number(5, i)! };
    const associatedOn = t.text(6, i);
    if (associatedOn !== undefined) row.associatedOn = associatedOn;
    return row;
  },
  bizapps_revenue: (t, i) => ({ tenantId: t.text(0, i)!, month: t.text(1, i)!, workload: t.text(2, i)!, association: t.text(3, i)!, revenueUsd: t.number(4, i)! }),
  bizapps_usage: (t, i) => ({ tenantId: t.text(0, i)!, month: t.text(1, i)!, workload: t.text(2, i)!, association: t.text(3, i)!, usage: t.number(4, i)! }),
};

const COLUMNS: Record<TableKind, readonly Column[]> = {
  azure: columnsOf('azure'),
  m365: columnsOf('m365'),
  bizapps_revenue: columnsOf('bizapps_revenue'),
  bizapps_usage: columnsOf('bizapps_usage'),
};

export const isTableKind = (kind: FileKind): kind is TableKind => kind in COLUMNS;

/** An empty table of a kind; tables of one import share its dictionary, so appending one to another copies ids. */
export function tableOf<K extends TableKind>(kind: K, dictionary: Dictionary): ColumnTable<RowOf[K]> {
  return new ColumnTable(COLUMNS[kind], dictionary, READERS[kind] as RowReader<RowOf[K]>);
}
