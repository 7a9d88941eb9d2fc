/** Typed input rows (what src/io produces from FORMATS.md files) and the engine's results. */
import type { Day, Month } from './months';

export type DesignationId = 'data-ai' | 'digital-app-innovation' | 'infrastructure' | 'business-applications' | 'modern-work' | 'security';

export type MetricId = 'net-customer-adds' | 'intermediate-certifications' | 'advanced-certifications' | 'usage-growth' | 'deployments';

export type PathId = 'enterprise' | 'smb' | 'standard';

// ---------------------------------------------------------------------------------------------- input rows

export interface CertificationRow {
  personId: string;
  personName?: string;
  /** Catalog id, or null when the name is not in the catalog (reported at import; never counts). */
  certificationId: string | null;
  /** The certification as written in the file. */
  certificationName: string;
  earnedOn?: Day;
  expiresOn?: Day;
}

export interface CustomerRow {
  tenantId: string;
  customerName?: string;
  segment?: string;
}

export interface AzureRow {
  tenantId: string;
  month: Month;
  service: string;
  association: string;
  offer?: string;
  acrUsd: number;
  /** The optional `cloud` column (FORMATS.md "Edition 2026"): sovereign-cloud rows are excluded where an edition says so. */
  cloud?: string;
}

export interface M365Row {
  tenantId: string;
  month: Month;
  workload: string;
  association: string;
  paidSeats: number;
  activeUsers: number;
  associatedOn?: Day;
}

export interface BizAppsRevenueRow {
  tenantId: string;
  month: Month;
  workload: string;
  association: string;
  revenueUsd: number;
}

export interface BizAppsUsageRow {
  tenantId: string;
  month: Month;
  workload: string;
  association: string;
  usage: number;
}

export interface PartnerSettings {
  month?: Month;
  acrTtmUsd?: number;
  smbCustomerShare?: number;
  enrolled?: Partial<Record<DesignationId, Day>>;
}

/**
 * The rows of one monthly kind: a plain array, or the import's column table (src/io/columnTable.ts), which keeps
 * a million rows as typed arrays and makes each row object only while it is read.
 */
export interface RowList<T> extends Iterable<T> {
  readonly length: number;
  filter(keep: (row: T) => boolean): RowList<T>;
  map(change: (row: T) => T): RowList<T>;
  /** The rows as columns, when they are kept that way (the import's tables): prepare then makes no object per row. */
  asColumns?(): RowColumns;
}

/** Rows as columns: each text cell an id into `texts` (-1 when the row has none), each number a Float64 (NaN: none). */
export interface RowColumns {
  readonly length: number;
  readonly texts: readonly string[];
  /** The ids of a text property's cells, or undefined when the property is not a text column. */
  text(prop: string): Int32Array | undefined;
  /** The cells of a number property, or undefined when the property is not a number column. */
  number(prop: string): Float64Array | undefined;
}

export interface Dataset {
  certifications: CertificationRow[];
  customers: CustomerRow[];
  azure: RowList<AzureRow>;
  m365: RowList<M365Row>;
  bizappsRevenue: RowList<BizAppsRevenueRow>;
  bizappsUsage: RowList<BizAppsUsageRow>;
  partner: PartnerSettings;
  /**
   * True when exact duplicate rows were already removed (src/io does this, and reports them): prepare then
   * skips its own check (AMB-53), which costs a retained key per row.
   */
  deduplicated?: boolean;
}

export function emptyDataset(): Dataset {
  return { certifications: [], customers: [], azure: [], m365: [], bizappsRevenue: [], bizappsUsage: [], partner: {} };
}

// ------------------------------------------------------------------------------------------------- results

/** One line of a metric's explanation: who or what was looked at, whether it counted, and why. */
export interface ExplanationItem {
  subject: string;
  subjectKind: 'tenant' | 'person' | 'service' | 'pair' | 'total';
  /** Display name where one is known (customer name, person name). */
  name?: string;
  counted: boolean;
  /** +1 / -1 for net metrics, the units contributed otherwise. */
  effect?: number;
  reason: string;
  /** Which component (prerequisite, option, Azure/Microsoft 365 part) the line belongs to. */
  component?: string;
  values?: Record<string, number | string>;
}

export interface ComponentResult {
  id: string;
  label: string;
  units: number;
  value: number;
  /** Points, rounded for display; `pointsExact` holds the exact fraction. */
  points: number;
  pointsExact: string;
  maxPoints: number;
  /** For gated components: the gate was not met, so the component earned nothing. */
  gated?: boolean;
  summary: string;
}

export interface MetricResult {
  id: MetricId;
  label: string;
  points: number;
  pointsExact: string;
  max: number;
  value: number;
  unit: string;
  /** RULES.md §1.1 / AMB-02: every metric needs at least 1 point. */
  meetsMinimum: boolean;
  /** The rule in one plain sentence, with its thresholds. */
  rule: string;
  components: ComponentResult[];
  /** For best-of metrics: the component whose points count. */
  bestComponent?: string;
  summary: string;
  items: ExplanationItem[];
  /** Set when `items` holds only the first lines (counted first); the full count. */
  itemCount?: number;
}

export interface PathResult {
  path: PathId;
  score: number;
  scoreExact: string;
  qualified: boolean;
  /** Plain reasons the path does not qualify (total below 70, metrics at zero or below 1). */
  blockers: string[];
  metrics: MetricResult[];
}

/** RULES.md §7.1: In progress, Qualified, Enrolled, Enrolled (Renewal due). */
export type DesignationStatus = 'in-progress' | 'qualified' | 'enrolled' | 'enrolled-renewal-due';

export interface DesignationResult {
  id: DesignationId;
  name: string;
  path: PathId;
  pathReason: string;
  score: number;
  scoreExact: string;
  qualified: boolean;
  status: DesignationStatus;
  statusReason: string;
  paths: PathResult[];
}

export interface WindowMonth {
  month: Month;
  score: number;
  qualified: boolean;
  path: PathId;
  /** Day(s) other than the month's last day on which the month was evaluated (certification changes, AMB-38). */
  qualifiedOn?: Day;
}

export interface DesignationWindow {
  id: DesignationId;
  months: WindowMonth[];
  qualifiedInWindow: boolean;
  lastQualifiedMonth: Month | null;
}

export interface SpecializationAccess {
  id: string;
  name: string;
  solutionArea: string;
  requiresAnyOf: DesignationId[];
  /** The qualified designations that open it (empty when it is not open). */
  openedBy: DesignationId[];
}

export interface ScoreReport {
  edition: string;
  month: Month;
  designations: DesignationResult[];
  window: DesignationWindow[];
  microsoftCloud: { qualified: boolean; missing: DesignationId[] };
  specializations: SpecializationAccess[];
  /** Facts about the data the scores rest on (months covered, counts), for the explanation views. */
  notes: string[];
}
