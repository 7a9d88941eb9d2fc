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
import type { AzureRow, BizAppsRevenueRow, BizAppsUsageRow, CertificationRow, CustomerRow, Dataset, DesignationId, M365Row, RowColumns } from './types';
import { idKey, nameKey, vocabularyOf, type Vocabulary } from './vocabulary';

/**
 * Amounts by month, dense from the first month written to the last (issue 9): a prepare adds about five amounts
 * per Azure row, and a measure sums twelve months per tenant, both on an array instead of a hash map. A month
 * never written reads 0, as a missing amount did. The layout depends only on the months written (first to last),
 * so a series built in another order is equal.
 */
export class MonthSeries {
  private first = 0;
  private values: number[] = [];

  /** The amount of `month` (0 when none was written). */
  get(month: MonthIndex): number {
    const i = month - this.first;
    return i >= 0 && i < this.values.length ? this.values[i]! : 0;
  }

  add(month: MonthIndex, amount: number): void {
    if (this.values.length === 0) this.first = month;
    else if (month < this.first) {
      this.values = [...new Array<number>(this.first - month).fill(0), ...this.values];
      this.first = month;
    }
    const i = month - this.first;
    while (this.values.length <= i) this.values.push(0);
    this.values[i]! += amount;
  }

  /** The sum of the months `from` to `to`, both included. */
  sum(from: MonthIndex, to: MonthIndex): number {
    let total = 0;
    const last = Math.min(to - this.first, this.values.length - 1);
    for (let i = Math.max(0, from - this.first); i <= last; i++) total += this.values[i]!;
    return total;
  }

  /** The first month whose amount is above zero, or null. */
  firstPositive(): MonthIndex | null {
    for (let i = 0; i < this.values.length; i++) if (this.values[i]! > 0) return this.first + i;
    return null;
  }

  copy(): MonthSeries {
    const copy = new MonthSeries();
    copy.first = this.first;
    copy.values = this.values.slice();
    return copy;
  }
}

interface TenantInfo {
  id: string;
  name?: string;
  segment?: string;
  /** The segment trimmed and lower-cased, as the path selection compares it (made once, not per scoring). */
  segmentKey?: string;
}

export interface M365Cell {
  workload: string;
  /** Association family (AMB-56 keeps them apart; CPOR subtypes count as CPOR). */
  association: string;
  paidSeats: number;
  activeUsers: number;
  /** `cellNameId` of the workload and of the family: the seat measures test their scope by these. */
  workloadId: number;
  familyId: number;
}

/**
 * Microsoft 365 cells (one per tenant, workload, association family and month) in flat arrays (issue 9), month
 * by month and, within a month, tenant by tenant. A seat measure sweeps every tenant at one month (then at the
 * month a year before), so it reads these arrays front to back: the memory system sees a stream, where cells kept
 * per tenant were a scattered read for each tenant and month.
 */
interface SeatStore {
  /** The first month with cells. */
  readonly first: MonthIndex;
  readonly months: number;
  readonly tenants: number;
  /**
   * The cells of the store's tenant `t` in month `first + i` are `start[i * tenants + t]` up to, not including,
   * the next entry.
   */
  readonly start: Int32Array;
  /** CELL_STRIDE numbers per cell: the workload's id, the family's id (`cellNameId`), paid seats, active users. */
  readonly cells: Float64Array;
}
/**
 * One tenant's cells: its place in a store. Data loaded from files has one store for every tenant; a scenario or
 * planner step (applyRows) packs the tenants it touched into a store of their own and shares the others.
 */
export interface TenantSeats {
  readonly store: SeatStore;
  readonly index: number;
}
export const CELL_STRIDE = 4;

/**
 * Small integer ids for the workload and association family names of Microsoft 365 cells, shared by every
 * edition. A scope test is then two typed-array reads, not a Set lookup and an array search per cell: the seat
 * measures ask about a million tenant-months per scoring (measures/m365.ts).
 */
const cellNameIds = new Map<string, number>();
const cellNames: string[] = [];
export function cellNameId(name: string): number {
  let id = cellNameIds.get(name);
  if (id === undefined) {
    cellNameIds.set(name, (id = cellNames.length));
    cellNames.push(name);
  }
  return id;
}
/** The name of a `cellNameId`. */
const cellName = (id: number): string => cellNames[id]!;

/**
 * Where a month's cells lie in `seats.store.cells` (as cell numbers): from `cellsFrom` up to, not including,
 * `cellsTo`; both 0 when the month has none. Two numbers, not a pair: the seat measures ask about a million times
 * per scoring.
 */
export function cellsFrom(seats: TenantSeats | undefined, month: MonthIndex): number {
  if (!seats) return 0;
  const { store } = seats;
  const i = month - store.first;
  return i < 0 || i >= store.months ? 0 : store.start[i * store.tenants + seats.index]!;
}
export function cellsTo(seats: TenantSeats | undefined, month: MonthIndex): number {
  if (!seats) return 0;
  const { store } = seats;
  const i = month - store.first;
  return i < 0 || i >= store.months ? 0 : store.start[i * store.tenants + seats.index + 1]!;
}

/** The tenant's cells in `month` as objects: for explanation lines and the risk view, never for the numbers. */
export function seatCellsAt(seats: TenantSeats | undefined, month: MonthIndex): M365Cell[] {
  const from = cellsFrom(seats, month),
    to = cellsTo(seats, month);
  const out: M365Cell[] = [];
  for (let c = from; c < to; c++) {
    const at = c * CELL_STRIDE,
      cells = seats!.store.cells;
    const workloadId = cells[at]!,
      familyId = cells[at + 1]!;
    out.push({ workload: cellName(workloadId), association: cellName(familyId), paidSeats: cells[at + 2]!, activeUsers: cells[at + 3]!, workloadId, familyId });
  }
  return out;
}

/**
 * The Microsoft 365 rows a build adds, to be packed into one store by build(): per row, the tenant's position in
 * that store (`tenants`), the month, the workload and family ids, seats and users. A build on a base first copies in
 * the base's cells of each tenant it touches.
 */
class SeatRows {
  readonly tenants: string[] = [];
  private readonly positions = new Map<string, number>();
  length = 0;
  tenant = new Int32Array(64);
  month = new Int32Array(64);
  workload = new Int32Array(64);
  family = new Int32Array(64);
  paid = new Float64Array(64);
  active = new Float64Array(64);

  /** The tenant's position, given at its first row (after its cells in `base`, if any). */
  positionOf(tenant: string, base: TenantSeats | undefined): number {
    let position = this.positions.get(tenant);
    if (position !== undefined) return position;
    this.positions.set(tenant, (position = this.tenants.push(tenant) - 1));
    if (base)
      for (let month = base.store.first; month < base.store.first + base.store.months; month++)
        for (let c = cellsFrom(base, month); c < cellsTo(base, month); c++) {
          const at = c * CELL_STRIDE,
            cells = base.store.cells;
          this.push(position, month, cells[at]!, cells[at + 1]!, cells[at + 2]!, cells[at + 3]!);
        }
    return position;
  }

  /** Room for `capacity` rows. Typed arrays, grown by copying: JS arrays of numbers took half as long again to fill. */
  reserve(capacity: number): void {
    if (capacity <= this.month.length) return;
    const grow = <A extends Int32Array | Float64Array>(from: A): A => {
      const to = new (from.constructor as new (n: number) => A)(capacity);
      to.set(from);
      return to;
    };
    this.tenant = grow(this.tenant);
    this.month = grow(this.month);
    this.workload = grow(this.workload);
    this.family = grow(this.family);
    this.paid = grow(this.paid);
    this.active = grow(this.active);
  }

  push(tenant: number, month: MonthIndex, workload: number, family: number, paid: number, active: number): void {
    if (this.length === this.month.length) this.reserve(this.length * 2);
    const k = this.length++;
    this.tenant[k] = tenant;
    this.month[k] = month;
    this.workload[k] = workload;
    this.family[k] = family;
    this.paid[k] = paid;
    this.active[k] = active;
  }
}

/**
 * The rows of `tenants` tenants in one store, month by month and tenant by tenant (a stable counting sort: within
 * a tenant and month, cells keep the order they arrived in), rows of the same workload, family and month summed
 * into the first (AMB-53: rows sharing a key are summed).
 */
function packStore(rows: SeatRows): SeatStore {
  const n = rows.length,
    tenants = rows.tenants.length;
  let first = Infinity,
    last = -Infinity;
  for (let r = 0; r < n; r++) {
    if (rows.month[r]! < first) first = rows.month[r]!;
    if (rows.month[r]! > last) last = rows.month[r]!;
  }
  const months = n === 0 ? 0 : last - first + 1;
  if (n === 0) first = 0;
  const slots = months * tenants;
  // Rows per slot (month, tenant), then where each slot's rows begin: the sort's positions.
  const next = new Int32Array(slots + 1);
  for (let r = 0; r < n; r++) next[(rows.month[r]! - first) * tenants + rows.tenant[r]! + 1]!++;
  for (let k = 1; k <= slots; k++) next[k]! += next[k - 1]!;
  const begins = next.slice();
  const cells = new Float64Array(n * CELL_STRIDE);
  for (let r = 0; r < n; r++) {
    const at = next[(rows.month[r]! - first) * tenants + rows.tenant[r]!]!++ * CELL_STRIDE;
    cells[at] = rows.workload[r]!;
    cells[at + 1] = rows.family[r]!;
    cells[at + 2] = rows.paid[r]!;
    cells[at + 3] = rows.active[r]!;
  }
  // Each slot's rows, merged in place (a cell is never written past the row being read): a slot has a few cells,
  // so a repeat is found by a scan.
  const start = new Int32Array(slots + 1);
  let kept = 0;
  for (let k = 0; k < slots; k++) {
    start[k] = kept;
    for (let row = begins[k]!; row < begins[k + 1]!; row++) {
      const from = row * CELL_STRIDE;
      let c = start[k]!;
      while (c < kept && (cells[c * CELL_STRIDE] !== cells[from] || cells[c * CELL_STRIDE + 1] !== cells[from + 1])) c++;
      const at = c * CELL_STRIDE;
      if (c < kept) {
        cells[at + 2]! += cells[from + 2]!;
        cells[at + 3]! += cells[from + 3]!;
        continue;
      }
      cells[at] = cells[from]!;
      cells[at + 1] = cells[from + 1]!;
      cells[at + 2] = cells[from + 2]!;
      cells[at + 3] = cells[from + 3]!;
      kept++;
    }
  }
  start[slots] = kept;
  return { first, months, tenants, start, cells: kept === n ? cells : cells.slice(0, kept * CELL_STRIDE) };
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

interface Exclusions {
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
    /** service → month → eligible ACR in cents over every tenant (RULES-2026 §2.7 reads the service's total). */
    serviceTotals: Map<string, MonthSeries>;
    /** service → tenant → first month with eligible ACR > 0 (summed per tenant, service and month). */
    firstUse: Map<string, Map<string, MonthIndex>>;
    /** tenant → month → eligible Security ACR in cents (PAL, security services, offer not excluded). */
    security: Map<string, MonthSeries>;
    securityTotalByMonth: MonthSeries;
    firstMonth: MonthIndex | null;
    exclusions: Exclusions;
  };
  m365: {
    /** tenant → its cells by month (one per workload and association family and month). */
    cells: Map<string, TenantSeats>;
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
  /** Designation → anniversary date, from the `partner` file (FORMATS.md §7), for the Enrolled statuses. */
  enrolled: Partial<Record<DesignationId, Day>>;
  /** Keys of the rows seen, per kind, for exact-duplicate detection (AMB-53); a chain so additions share the base's. */
  seen: Record<RowKind, Set<string>[]>;
  /** tenant → service → month → eligible ACR in cents (for first use, kept so additions can update it). */
  azurePerService: Map<string, Map<string, MonthSeries>>;
  /** Latest month in the usage and revenue rows (the default scoring month). */
  lastDataMonth: MonthIndex | null;
  /**
   * Built by applyRows on a base (a scenario or a planner step). Measures keep their per-tenant parts only for
   * such data: a derived Prepared shares its unchanged tenants with the base and with its siblings, so the next
   * scenario re-reads only its own tenants, while a first scoring pays no bookkeeping.
   */
  derived?: boolean;
  /**
   * Of derived data: the Prepared it extends and the tenants whose Azure ACR or customer record it changed, so a
   * count over every tenant (the Azure customers of the SMB test) starts from the base's and re-reads only those.
   */
  change?: { base: Prepared; tenants: ReadonlySet<string> };
  firstDataMonth: MonthIndex | null;
}

export const SEP = '\u241f';

type RowKind = 'azure' | 'm365' | 'bizappsRevenue' | 'bizappsUsage' | 'certifications';

const cents = (usd: number): number => Math.round(usd * 100);

/** What a function gives for each text of a column's dictionary, worked out once per id (rows repeat a few texts). */
class IdCache<T> {
  private readonly known: (T | undefined)[] = [];
  constructor(
    private readonly texts: readonly string[],
    private readonly compute: (text: string, id: number) => T,
  ) {}
  get(id: number): T {
    let value = this.known[id];
    if (value === undefined) this.known[id] = value = this.compute(this.texts[id]!, id);
    return value;
  }
}

/**
 * An IdCache of integers (a month, a slot, 1 or 0 for yes or no) in a typed array. The columns' per-row reads use
 * these: one element type for every cache, where IdCache's arrays of strings, numbers and booleans made each read a
 * generic one (a tenth of a prepare on the bench partner, issue 9).
 */
class IdNumbers {
  private static readonly UNKNOWN = -0x80000000;
  private readonly known: Int32Array;
  constructor(
    private readonly texts: readonly string[],
    private readonly compute: (text: string, id: number) => number,
  ) {
    this.known = new Int32Array(texts.length).fill(IdNumbers.UNKNOWN);
  }
  get(id: number): number {
    let value = this.known[id]!;
    if (value === IdNumbers.UNKNOWN) this.known[id] = value = this.compute(this.texts[id]!, id);
    return value;
  }
}
const yes = (test: boolean): number => (test ? 1 : 0);

/** Slots numbered in the order their keys are first met, found by text id (the ids of one key share its slot). */
class KeySlots {
  readonly keys: string[] = [];
  private readonly slotOfKey = new Map<string, number>();
  private readonly slotOfId: Int32Array;
  constructor(
    ids: number,
    private readonly keyOf: IdCache<string>,
  ) {
    this.slotOfId = new Int32Array(ids).fill(-1);
  }
  of(id: number): number {
    let slot = this.slotOfId[id]!;
    if (slot >= 0) return slot;
    const key = this.keyOf.get(id);
    const known = this.slotOfKey.get(key);
    if (known === undefined) this.slotOfKey.set(key, (slot = this.keys.push(key) - 1));
    else slot = known;
    return (this.slotOfId[id] = slot);
  }
}

/**
 * Amounts summed by slot (a tenant, a service, a tenant and service pair) and month in one typed array, with the
 * first and last month written per slot: a fresh build sums half a million Azure rows here instead of in a map
 * of MonthSeries per key (issue 9), then hands each slot to its series once (`addTo`), which gives the layout the
 * row path gives (first to last month written).
 */
class SlotSums {
  private values: Float64Array;
  private lo: Int32Array;
  private hi: Int32Array;
  constructor(
    slots: number,
    private readonly span: number,
  ) {
    this.values = new Float64Array(slots * span);
    this.lo = new Int32Array(slots).fill(span);
    this.hi = new Int32Array(slots).fill(-1);
  }
  /** Adds `amount` to the slot's month `first + i`. */
  add(slot: number, i: number, amount: number): void {
    this.values[slot * this.span + i]! += amount;
    if (i < this.lo[slot]!) this.lo[slot] = i;
    if (i > this.hi[slot]!) this.hi[slot] = i;
  }
  written(slot: number): boolean {
    return this.hi[slot]! >= 0;
  }
  /** Adds the slot's months (first to last written, months between them included as 0) to `series`. */
  addTo(series: MonthSeries, slot: number, first: MonthIndex): MonthSeries {
    for (let i = this.lo[slot]!; i <= this.hi[slot]!; i++) series.add(first + i, this.values[slot * this.span + i]!);
    return series;
  }
}

/** FORMATS.md "Edition 2026": cloud values compare after trimming, lower-casing and removing spaces, hyphens and underscores. */
export const cloudKey = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

/** The edition's filters as sets and maps, built once per edition (the planner builds thousands of Prepared). */
const lookupCache = new WeakMap<Edition, ReturnType<typeof buildLookups>>();
function buildLookups(edition: Edition) {
  return {
    azureEligible: new Set(edition.azure.eligibleAssociations),
    excludedOffers: new Set(edition.azure.excludedOffers.map(nameKey)),
    securityServices: new Set(edition.azure.securityServices),
    // Security eligibility by name: the listed names, their Security-only aliases (RULES-2026 AMB26-43).
    securityServiceKeys: new Set([...edition.azure.securityServices, ...Object.values(edition.azure.securityServiceAliases ?? {}).flat()].map(nameKey)),
    sovereignClouds: new Set((edition.azure.sovereignClouds ?? []).map(cloudKey)),
    securityAssociations: new Set(edition.azure.securityAssociations),
    revenueAssociations: new Set(edition.bizapps.revenueAssociations),
    usageAssociations: { dynamics365: new Set(edition.bizapps.usageAssociations.dynamics365), powerPlatform: new Set(edition.bizapps.usageAssociations.powerPlatform) },
    rateByWorkload: new Map(edition.bizapps.rateCard.map((e) => [e.workload, e])),
    certById: new Map(edition.certifications.map((c) => [c.id, c])),
  };
}
function lookupsOf(edition: Edition) {
  let lookups = lookupCache.get(edition);
  if (!lookups) lookupCache.set(edition, (lookups = buildLookups(edition)));
  return lookups;
}

/** The columns of loaded Azure rows. */
function azureColumnsOf(c: RowColumns) {
  return {
    tenants: c.text('tenantId')!,
    months: c.text('month')!,
    services: c.text('service')!,
    associations: c.text('association')!,
    offers: c.text('offer')!,
    clouds: c.text('cloud')!,
    amounts: c.number('acrUsd')!,
  };
}

/**
 * Builds a Prepared, either from nothing (every structure is new and written in place) or on top of a base
 * (copy on write: a map or series of the base is copied the first time this build writes to it, so the base
 * stays valid and unchanged — the scenario and window code can keep both).
 */
class Builder {
  private owned = new WeakSet<object>();
  /** A build from nothing owns everything it touches: no copy checks needed. */
  private fresh: boolean;
  readonly p: Prepared;
  private localSeen: Record<RowKind, Set<string>>;
  private azureEligible: Set<string>;
  private excludedOffers: Set<string>;
  private securityServices: Set<string>;
  private securityServiceKeys: Set<string>;
  private sovereignClouds: Set<string>;
  private securityAssociations: Set<string>;
  private revenueAssociations: Set<string>;
  private usageAssociations: Record<'dynamics365' | 'powerPlatform', Set<string>>;
  private rateByWorkload: Map<string, Edition['bizapps']['rateCard'][number]>;
  private certById: Map<string, CertificationDef>;

  /** Of an extending build: the tenants whose ACR or customer record it wrote (Prepared.change). */
  private changedTenants = new Set<string>();
  private readonly base: Prepared | undefined;

  constructor(edition: Edition, base?: Prepared) {
    this.base = base;
    const fresh = <T extends object>(value: T): T => (this.owned.add(value), value);
    const ex = (): Exclusions => fresh({ byReason: fresh(new Map()) });
    this.localSeen = { azure: new Set(), m365: new Set(), bizappsRevenue: new Set(), bizappsUsage: new Set(), certifications: new Set() };
    const chain = (kind: RowKind) => [...(base?.seen[kind] ?? []), this.localSeen[kind]];
    this.fresh = !base;
    this.p = base
      ? {
          ...base,
          derived: true,
          seen: { azure: chain('azure'), m365: chain('m365'), bizappsRevenue: chain('bizappsRevenue'), bizappsUsage: chain('bizappsUsage'), certifications: chain('certifications') },
        }
      : {
          edition,
          vocabulary: vocabularyOf(edition),
          tenants: fresh(new Map()),
          azure: {
            acr: fresh(new Map()),
            totalByMonth: fresh(new MonthSeries()),
            serviceTotals: fresh(new Map()),
            firstUse: fresh(new Map()),
            security: fresh(new Map()),
            securityTotalByMonth: fresh(new MonthSeries()),
            firstMonth: null,
            exclusions: ex(),
          },
          m365: { cells: fresh(new Map()), associatedOn: fresh(new Map()), exclusions: ex() },
          bizapps: { revenue: fresh(new Map()), mcv: fresh(new Map()), mcvTotalByMonth: fresh(new MonthSeries()), revenueExclusions: ex(), usageExclusions: ex() },
          people: fresh(new Map()),
          partnerOverrides: {},
          enrolled: {},
          seen: { azure: chain('azure'), m365: chain('m365'), bizappsRevenue: chain('bizappsRevenue'), bizappsUsage: chain('bizappsUsage'), certifications: chain('certifications') },
          azurePerService: fresh(new Map()),
          lastDataMonth: null,
          firstDataMonth: null,
        };
    const lookups = lookupsOf(edition);
    this.azureEligible = lookups.azureEligible;
    this.excludedOffers = lookups.excludedOffers;
    this.securityServices = lookups.securityServices;
    this.securityServiceKeys = lookups.securityServiceKeys;
    this.sovereignClouds = lookups.sovereignClouds;
    this.securityAssociations = lookups.securityAssociations;
    this.revenueAssociations = lookups.revenueAssociations;
    this.usageAssociations = lookups.usageAssociations;
    this.rateByWorkload = lookups.rateByWorkload;
    this.certById = lookups.certById;
  }

  /** The writable copy of a map held at `holder[key]`. */
  private own<H extends object, K extends keyof H>(holder: H, key: K): H[K] {
    const value = holder[key] as object;
    const writable = this.mine(value);
    if (writable !== value) holder[key] = writable as H[K];
    return writable as H[K];
  }

  /** The writable copy of `outer.get(key)` (a map or array), created when absent. */
  private ownEntry<V extends Map<unknown, unknown> | unknown[]>(outer: Map<string | number, V>, key: string | number, create: () => V): V {
    const value = outer.get(key);
    if (value && (this.fresh || this.owned.has(value))) return value;
    const copy = value ? ((Array.isArray(value) ? [...value] : new Map(value)) as V) : create();
    if (!this.fresh) this.owned.add(copy);
    outer.set(key, copy);
    return copy;
  }

  /**
   * `value` if this build may write to it, else its copy (to be stored where `value` was). The hot paths use this
   * with a named field (`az.acr = this.mine(az.acr)`): `own`'s keyed access over holders of many shapes was a
   * tenth of a prepare.
   */
  private mine<T extends object>(value: T): T {
    if (this.fresh || this.owned.has(value)) return value;
    const copy = (value instanceof Map ? new Map(value) : value instanceof MonthSeries ? value.copy() : { ...value }) as T;
    this.owned.add(copy);
    return copy;
  }

  /** The writable copy of the map at `outer.get(key)`, created when absent (no closure: this runs per row). */
  private entryIn<K, V extends Map<unknown, unknown>>(outer: Map<K, V>, key: K): V {
    const value = outer.get(key);
    if (value && (this.fresh || this.owned.has(value))) return value;
    const copy = (value ? new Map(value) : new Map()) as V;
    if (!this.fresh) this.owned.add(copy);
    outer.set(key, copy);
    return copy;
  }

  /** The writable copy of the series at `outer.get(key)`, created when absent. */
  private seriesIn<K>(outer: Map<K, MonthSeries>, key: K): MonthSeries {
    const value = outer.get(key);
    if (value && (this.fresh || this.owned.has(value))) return value;
    const copy = value ? value.copy() : new MonthSeries();
    if (!this.fresh) this.owned.add(copy);
    outer.set(key, copy);
    return copy;
  }

  /** Off for rows the importer already de-duplicated (Dataset.deduplicated). */
  checkDuplicates = true;

  private isDuplicate(kind: RowKind, key: () => string): boolean {
    if (!this.checkDuplicates) return false;
    return this.seenBefore(kind, key());
  }

  private seenBefore(kind: RowKind, key: string): boolean {
    for (const set of this.p.seen[kind]) if (set.has(key)) return true;
    this.localSeen[kind].add(key);
    return false;
  }

  private seeMonth(month: MonthIndex): void {
    if (this.p.firstDataMonth === null || month < this.p.firstDataMonth) this.p.firstDataMonth = month;
    if (this.p.lastDataMonth === null || month > this.p.lastDataMonth) this.p.lastDataMonth = month;
  }

  private offers = new Map<string, boolean>();
  private offerExcluded(offer: string): boolean {
    let excluded = this.offers.get(offer);
    if (excluded === undefined) this.offers.set(offer, (excluded = this.excludedOffers.has(nameKey(offer))));
    return excluded;
  }

  /** Tenant ids as written → their key, once the tenant is in `tenants` (tenants are never removed). */
  private noted = new Map<string, string>();
  private noteTenant(id: string): string {
    const known = this.noted.get(id);
    if (known !== undefined) return known;
    const key = idKey(id);
    if (!this.p.tenants.has(key)) {
      (this.p.tenants = this.mine(this.p.tenants)).set(key, { id: id.trim() });
      if (!this.fresh) this.changedTenants.add(key);
    }
    this.noted.set(id, key);
    return key;
  }

  private add(holder: { [k: string]: unknown }, field: string, key: string, month: MonthIndex, amount: number): void {
    this.seriesIn(this.own(holder, field) as Map<string, MonthSeries>, key).add(month, amount);
  }

  private addTotal(holder: { [k: string]: unknown }, field: string, month: MonthIndex, amount: number): void {
    (this.own(holder, field) as MonthSeries).add(month, amount);
  }

  private exclude(holder: { [k: string]: unknown }, field: string, reason: string, amount: number): void {
    const exclusions = this.own(holder, field) as Exclusions;
    const byReason = this.own(exclusions, 'byReason');
    const entry = byReason.get(reason);
    byReason.set(reason, entry ? { rows: entry.rows + 1, amount: entry.amount + amount } : { rows: 1, amount });
  }

  customer(c: CustomerRow): void {
    const key = idKey(c.tenantId);
    const info = { ...(this.p.tenants.get(key) ?? { id: c.tenantId.trim() }) };
    if (c.customerName) info.name = c.customerName;
    if (c.segment) {
      info.segment = c.segment;
      info.segmentKey = c.segment.trim().toLowerCase();
    }
    this.own(this.p, 'tenants').set(key, info);
    if (!this.fresh) this.changedTenants.add(key);
  }

  azure(row: AzureRow): void {
    if (this.isDuplicate('azure', () => `${row.tenantId}${SEP}${row.month}${SEP}${row.service}${SEP}${row.association}${SEP}${row.offer ?? ''}${SEP}${row.acrUsd}`)) return;
    const month = monthIndex(row.month);
    this.seeMonth(month);
    const amount = cents(row.acrUsd);
    const association = this.p.vocabulary.association(row.association)?.canonical;
    const excluded = this.azureExclusion(row.association, association, row.offer, row.cloud);
    if (excluded !== null) return this.excludeAzure(excluded, amount);
    const service = this.p.vocabulary.azureService(row.service);
    this.addAzure(this.noteTenant(row.tenantId), service, this.isSecurityService(row.service, service) && this.securityAssociations.has(association!), month, amount);
  }

  /**
   * Loaded Azure rows, read column by column (issue 9: no object per row): what a row's texts decide is worked out
   * once per distinct text, by the same functions the row path calls.
   */
  private azureColumns(c: RowColumns): void {
    const texts = c.texts;
    const columns = azureColumnsOf(c);
    const { tenants, months, services, associations, offers, clouds, amounts } = columns;
    const monthOf = new IdNumbers(texts, monthIndex);
    const tenantOf = new IdCache(texts, (text) => this.noteTenant(text));
    // The canonical association when it is eligible, else ''.
    const eligibleOf = new IdCache(texts, (text) => {
      const association = this.p.vocabulary.association(text)?.canonical;
      return association && this.azureEligible.has(association) ? association : '';
    });
    const eligible = new IdNumbers(texts, (_, id) => yes(!!eligibleOf.get(id)));
    const offerOut = new IdNumbers(texts, (text) => yes(!!text && this.offerExcluded(text)));
    const cloudOut = new IdNumbers(texts, (text) => yes(!!text && this.sovereignClouds.size > 0 && this.sovereignClouds.has(cloudKey(text))));
    const serviceOf = new IdCache(texts, (text) => this.p.vocabulary.azureService(text));
    const securityServiceOf = new IdNumbers(texts, (text, id) => yes(this.isSecurityService(text, serviceOf.get(id))));
    const securityAssociationOf = new IdNumbers(texts, (_, id) => yes(this.securityAssociations.has(eligibleOf.get(id))));
    if (this.fresh) return this.azureColumnsSummed(c, columns, { monthOf, tenantOf, eligible, offerOut, cloudOut, serviceOf, securityServiceOf, securityAssociationOf });
    for (let r = 0; r < c.length; r++) {
      const month = monthOf.get(months[r]!);
      this.seeMonth(month);
      const amount = cents(amounts[r]!);
      if (!eligible.get(associations[r]!) || (offers[r]! >= 0 && offerOut.get(offers[r]!)) || (clouds[r]! >= 0 && cloudOut.get(clouds[r]!))) {
        this.excludeAzureRow(texts, columns, r);
        continue;
      }
      const security = securityServiceOf.get(services[r]!) === 1 && securityAssociationOf.get(associations[r]!) === 1;
      this.addAzure(tenantOf.get(tenants[r]!), serviceOf.get(services[r]!), security, month, amount);
    }
  }

  /**
   * azureColumns of a fresh build: the same tests per row, the amounts summed in typed arrays (SlotSums) and then
   * handed to the maps. A first pass gives each eligible row its tenant, service and pair slot (numbered in the
   * order of their first eligible row, so the maps keep the row path's order) and excludes the rest; the second sums.
   */
  private azureColumnsSummed(
    c: RowColumns,
    columns: ReturnType<typeof azureColumnsOf>,
    of: {
      monthOf: IdNumbers;
      tenantOf: IdCache<string>;
      eligible: IdNumbers;
      offerOut: IdNumbers;
      cloudOut: IdNumbers;
      serviceOf: IdCache<string>;
      securityServiceOf: IdNumbers;
      securityAssociationOf: IdNumbers;
    },
  ): void {
    const texts = c.texts,
      n = c.length;
    const { tenants, months, services, associations, offers, clouds, amounts } = columns;
    // Per row: its month, its pair's slot (-1: excluded) and whether it is Security ACR.
    const rowMonth = new Int32Array(n),
      rowPair = new Int32Array(n),
      rowSecurity = new Uint8Array(n);
    // Ids written differently can be one tenant (idKey) or service: the slot is the key's.
    const tenantSlots = new KeySlots(texts.length, of.tenantOf),
      serviceSlots = new KeySlots(texts.length, of.serviceOf);
    const { keys: tenantKeys } = tenantSlots,
      { keys: serviceKeys } = serviceSlots;
    // Pair slots by tenant slot: service slot → pair slot (a tenant has a few services).
    const pairsOfTenant: Map<number, number>[] = [];
    const pairTenant: number[] = [],
      pairService: number[] = [];
    let first = Infinity,
      last = -Infinity;
    for (let r = 0; r < n; r++) {
      const month = of.monthOf.get(months[r]!);
      this.seeMonth(month);
      if (!of.eligible.get(associations[r]!) || (offers[r]! >= 0 && of.offerOut.get(offers[r]!)) || (clouds[r]! >= 0 && of.cloudOut.get(clouds[r]!))) {
        this.excludeAzureRow(texts, columns, r);
        rowPair[r] = -1;
        continue;
      }
      const tenant = tenantSlots.of(tenants[r]!),
        service = serviceSlots.of(services[r]!);
      const pairs = (pairsOfTenant[tenant] ??= new Map());
      let pair = pairs.get(service);
      if (pair === undefined) {
        pairs.set(service, (pair = pairTenant.push(tenant) - 1));
        pairService.push(service);
      }
      rowPair[r] = pair;
      rowMonth[r] = month;
      rowSecurity[r] = of.securityServiceOf.get(services[r]!) & of.securityAssociationOf.get(associations[r]!);
      if (month < first) first = month;
      if (month > last) last = month;
    }
    if (pairTenant.length === 0) return;
    const span = last - first + 1;
    const acr = new SlotSums(tenantKeys.length, span),
      security = new SlotSums(tenantKeys.length, span),
      byService = new SlotSums(serviceKeys.length, span),
      byPair = new SlotSums(pairTenant.length, span),
      total = new SlotSums(1, span),
      securityTotal = new SlotSums(1, span);
    // The tenants in the order of their first Security row (the order of `security`'s keys in the row path).
    const securityOrder: number[] = [];
    for (let r = 0; r < n; r++) {
      const pair = rowPair[r]!;
      if (pair < 0) continue;
      const tenant = pairTenant[pair]!,
        i = rowMonth[r]! - first,
        amount = cents(amounts[r]!);
      acr.add(tenant, i, amount);
      total.add(0, i, amount);
      byService.add(pairService[pair]!, i, amount);
      byPair.add(pair, i, amount);
      if (rowSecurity[r]) {
        if (!security.written(tenant)) securityOrder.push(tenant);
        security.add(tenant, i, amount);
        securityTotal.add(0, i, amount);
      }
    }
    const az = this.p.azure;
    if (az.firstMonth === null || first < az.firstMonth) az.firstMonth = first;
    const seriesOf = <K>(map: Map<K, MonthSeries>, key: K) => this.seriesIn(map, key);
    tenantKeys.forEach((key, t) => acr.addTo(seriesOf(az.acr, key), t, first));
    total.addTo(az.totalByMonth, 0, first);
    serviceKeys.forEach((key, s) => byService.addTo(seriesOf(az.serviceTotals, key), s, first));
    for (let pair = 0; pair < pairTenant.length; pair++) byPair.addTo(seriesOf(this.entryIn(this.p.azurePerService, tenantKeys[pairTenant[pair]!]!), serviceKeys[pairService[pair]!]!), pair, first);
    for (const t of securityOrder) security.addTo(seriesOf(az.security, tenantKeys[t]!), t, first);
    if (securityTotal.written(0)) securityTotal.addTo(az.securityTotalByMonth, 0, first);
  }

  /** Leaves out loaded row `r`, with the reason from the same tests as the row path. */
  private excludeAzureRow(texts: readonly string[], { associations, offers, clouds, amounts }: ReturnType<typeof azureColumnsOf>, r: number): void {
    const text = (id: number) => (id < 0 ? undefined : texts[id]);
    const association = texts[associations[r]!]!;
    this.excludeAzure(this.azureExclusion(association, this.p.vocabulary.association(association)?.canonical, text(offers[r]!), text(clouds[r]!))!, cents(amounts[r]!));
  }

  /** Why an Azure row is left out, or null when it counts (association, offer, cloud: §1, AMB-54, RULES-2026 §1.7). */
  private azureExclusion(associationText: string, association: string | undefined, offer: string | undefined, cloud: string | undefined): string | null {
    if (!association || !this.azureEligible.has(association)) return `association '${associationText}' is not PAL, DPOR or CSP`;
    if (offer && this.offerExcluded(offer)) return `offer '${offer}' is excluded (Support, Internal, Benefit Program and Trial do not count)`;
    // RULES-2026 §1.7 / AMB26-17: sovereign-cloud subscriptions are left out of every Azure quantity.
    if (cloud && this.sovereignClouds.size > 0 && this.sovereignClouds.has(cloudKey(cloud))) return `sovereign cloud '${cloud}'`;
    return null;
  }

  private excludeAzure(reason: string, amount: number): void {
    const az = (this.p.azure = this.mine(this.p.azure));
    this.exclude(az as unknown as { [k: string]: unknown }, 'exclusions', reason, amount);
  }

  /** An eligible Azure amount of a tenant (its key) and service (canonical), in cents. */
  private addAzure(tenant: string, service: string, security: boolean, month: MonthIndex, amount: number): void {
    const az = (this.p.azure = this.mine(this.p.azure));
    if (az.firstMonth === null || month < az.firstMonth) az.firstMonth = month;
    this.seriesIn((az.acr = this.mine(az.acr)), tenant).add(month, amount);
    (az.totalByMonth = this.mine(az.totalByMonth)).add(month, amount);
    this.seriesIn((az.serviceTotals = this.mine(az.serviceTotals)), service).add(month, amount);
    // Nested maps, not a `tenant␟service` key: no string to build and hash for each of a million rows.
    const byService = this.entryIn((this.p.azurePerService = this.mine(this.p.azurePerService)), tenant);
    this.seriesIn(byService, service).add(month, amount);
    if (!this.fresh) {
      this.touchedServices.push([tenant, service]);
      this.changedTenants.add(tenant);
    }
    if (security) {
      this.seriesIn((az.security = this.mine(az.security)), tenant).add(month, amount);
      (az.securityTotalByMonth = this.mine(az.securityTotalByMonth)).add(month, amount);
    }
  }

  /** Security services by the name as written (a million rows repeat a few names: the name key is made once each). */
  private securityByName = new Map<string, boolean>();
  private isSecurityService(written: string, service: string): boolean {
    let security = this.securityByName.get(written);
    if (security === undefined) this.securityByName.set(written, (security = this.securityServices.has(service) || this.securityServiceKeys.has(nameKey(written))));
    return security;
  }

  /** The tenant and service pairs an extending build wrote (a fresh build recomputes every pair). */
  private touchedServices: [string, string][] = [];

  /** The Microsoft 365 rows this build adds, packed into a store by build(). */
  private seats = new SeatRows();

  m365(row: M365Row): void {
    if (this.isDuplicate('m365', () => `${row.tenantId}${SEP}${row.month}${SEP}${row.workload}${SEP}${row.association}${SEP}${row.paidSeats}${SEP}${row.activeUsers}${SEP}${row.associatedOn ?? ''}`))
      return;
    const month = monthIndex(row.month);
    this.seeMonth(month);
    const family = this.p.vocabulary.association(row.association)?.family;
    if (!family) return this.excludeSeats(row.association, row.paidSeats);
    const tenant = this.noteTenant(row.tenantId);
    this.seats.push(this.seats.positionOf(tenant, this.p.m365.cells.get(tenant)), month, cellNameId(this.p.vocabulary.m365Workload(row.workload)), cellNameId(family), row.paidSeats, row.activeUsers);
    if (row.associatedOn) this.noteAssociationDay(tenant, family, row.associatedOn);
  }

  /** Loaded Microsoft 365 rows, read column by column (as azureColumns). */
  private m365Columns(c: RowColumns): void {
    const texts = c.texts;
    const tenants = c.text('tenantId')!,
      months = c.text('month')!,
      workloads = c.text('workload')!,
      associations = c.text('association')!,
      days = c.text('associatedOn')!,
      paid = c.number('paidSeats')!,
      active = c.number('activeUsers')!;
    const monthOf = new IdNumbers(texts, monthIndex);
    const tenantOf = new IdCache(texts, (text) => this.noteTenant(text));
    const familyOf = new IdCache(texts, (text) => this.p.vocabulary.association(text)?.family ?? '');
    // -1: not a known association (the row is left out).
    const familyIdOf = new IdNumbers(texts, (_, id) => (familyOf.get(id) ? cellNameId(familyOf.get(id)) : -1));
    const workloadOf = new IdNumbers(texts, (text) => cellNameId(this.p.vocabulary.m365Workload(text)));
    this.seats.reserve(this.seats.length + c.length);
    const positionOf = new IdNumbers(texts, (_, id) => this.seats.positionOf(tenantOf.get(id), this.p.m365.cells.get(tenantOf.get(id))));
    for (let r = 0; r < c.length; r++) {
      const month = monthOf.get(months[r]!);
      this.seeMonth(month);
      const family = familyIdOf.get(associations[r]!);
      if (family < 0) {
        this.excludeSeats(texts[associations[r]!]!, paid[r]!);
        continue;
      }
      this.seats.push(positionOf.get(tenants[r]!), month, workloadOf.get(workloads[r]!), family, paid[r]!, active[r]!);
      const day = days[r]! < 0 ? '' : texts[days[r]!]!;
      if (day) this.noteAssociationDay(tenantOf.get(tenants[r]!), familyOf.get(associations[r]!), day);
    }
  }

  private excludeSeats(association: string, seats: number): void {
    const m365 = this.own(this.p, 'm365');
    this.exclude(m365 as unknown as { [k: string]: unknown }, 'exclusions', `association '${association}' is not known`, seats);
  }

  /** AMB-58: the earliest association day given per tenant and family. */
  private noteAssociationDay(tenant: string, family: string, day: string): void {
    const k = `${tenant}${SEP}${family}`;
    const known = this.p.m365.associatedOn.get(k);
    if (!known || day < known) this.own(this.own(this.p, 'm365'), 'associatedOn').set(k, day);
  }

  bizappsRevenue(row: BizAppsRevenueRow): void {
    if (this.isDuplicate('bizappsRevenue', () => `${row.tenantId}${SEP}${row.month}${SEP}${row.workload}${SEP}${row.association}${SEP}${row.revenueUsd}`)) return;
    const month = monthIndex(row.month);
    this.seeMonth(month);
    const amount = cents(row.revenueUsd);
    const excluded = this.revenueExclusion(row.association, row.workload);
    if (excluded !== null) return this.excludeBizapps('revenueExclusions', excluded, amount);
    this.addBizapps('revenue', `${this.noteTenant(row.tenantId)}${SEP}${this.p.vocabulary.revenueWorkload(row.workload)!}`, month, amount);
  }

  /** Why a revenue row is left out (AMB-54, an ineligible workload), or null when it counts. */
  private revenueExclusion(associationText: string, workloadText: string): string | null {
    const association = this.p.vocabulary.association(associationText)?.canonical;
    if (!association || !this.revenueAssociations.has(association)) return `association '${associationText}' does not attribute revenue (AMB-54)`;
    if (!this.p.vocabulary.revenueWorkload(workloadText)) return `workload '${workloadText}' is not an eligible Business Applications workload`;
    return null;
  }

  bizappsUsage(row: BizAppsUsageRow): void {
    if (this.isDuplicate('bizappsUsage', () => `${row.tenantId}${SEP}${row.month}${SEP}${row.workload}${SEP}${row.association}${SEP}${row.usage}`)) return;
    const month = monthIndex(row.month);
    this.seeMonth(month);
    const excluded = this.usageExclusion(row.workload, row.association);
    if (excluded !== null) return this.excludeBizapps('usageExclusions', excluded, row.usage);
    const entry = this.rateByWorkload.get(this.p.vocabulary.usageWorkload(row.workload)!)!;
    this.addUsage(`${this.noteTenant(row.tenantId)}${SEP}${entry.workload}`, month, row.usage, entry.rate!);
  }

  /** Why a usage row is left out (not on the rate card, no rate: AMB-21, association: AMB-54), or null when it counts. */
  private usageExclusion(workloadText: string, associationText: string): string | null {
    const workload = this.p.vocabulary.usageWorkload(workloadText);
    const entry = workload ? this.rateByWorkload.get(workload) : undefined;
    if (!entry) return `workload '${workloadText}' is not on the rate card`;
    if (entry.rate === null) return `${entry.workload} has no consumption rate in the rules (AMB-21)`;
    const association = this.p.vocabulary.association(associationText)?.canonical;
    if (!association || !this.usageAssociations[entry.platform].has(association)) {
      const allowed = [...this.usageAssociations[entry.platform]].join(', ');
      return `association '${associationText}' does not count for ${entry.workload} usage (${allowed}; AMB-54)`;
    }
    return null;
  }

  /** MCV = usage × rate (§3.5), in thousandths so 0.2 per profile stays exact. */
  private addUsage(key: string, month: MonthIndex, usage: number, rate: number): void {
    const milli = usage * Math.round(rate * 1000);
    this.addBizapps('mcv', key, month, milli);
    const ba = this.own(this.p, 'bizapps') as unknown as { [k: string]: unknown };
    this.addTotal(ba, 'mcvTotalByMonth', month, milli);
  }

  private addBizapps(field: 'revenue' | 'mcv', key: string, month: MonthIndex, amount: number): void {
    this.add(this.own(this.p, 'bizapps') as unknown as { [k: string]: unknown }, field, key, month, amount);
  }

  private excludeBizapps(field: 'revenueExclusions' | 'usageExclusions', reason: string, amount: number): void {
    this.exclude(this.own(this.p, 'bizapps') as unknown as { [k: string]: unknown }, field, reason, amount);
  }

  /**
   * Loaded revenue or usage rows, read column by column (as azureColumns): a row's exclusion is decided once per
   * distinct association and workload pair, and its `tenant␟workload` key made once per pair.
   */
  private bizappsColumns(c: RowColumns, kind: 'revenue' | 'usage'): void {
    const texts = c.texts;
    const tenants = c.text('tenantId')!,
      months = c.text('month')!,
      workloads = c.text('workload')!,
      associations = c.text('association')!,
      amounts = c.number(kind === 'revenue' ? 'revenueUsd' : 'usage')!;
    const monthOf = new IdNumbers(texts, monthIndex);
    const pairs = new Map<number, string | null>();
    // Per tenant and workload: the `tenant␟workload` key and, for usage, the rate.
    const targets = new Map<number, { key: string; rate: number }>();
    const n = texts.length;
    for (let r = 0; r < c.length; r++) {
      const month = monthOf.get(months[r]!);
      this.seeMonth(month);
      const pair = workloads[r]! * n + associations[r]!;
      let excluded = pairs.get(pair);
      if (excluded === undefined) {
        const workload = texts[workloads[r]!]!,
          association = texts[associations[r]!]!;
        pairs.set(pair, (excluded = kind === 'revenue' ? this.revenueExclusion(association, workload) : this.usageExclusion(workload, association)));
      }
      const amount = kind === 'revenue' ? cents(amounts[r]!) : amounts[r]!;
      if (excluded !== null) {
        this.excludeBizapps(kind === 'revenue' ? 'revenueExclusions' : 'usageExclusions', excluded, amount);
        continue;
      }
      const tenantWorkload = tenants[r]! * n + workloads[r]!;
      let target = targets.get(tenantWorkload);
      if (target === undefined) {
        const written = texts[workloads[r]!]!;
        const entry = kind === 'usage' ? this.rateByWorkload.get(this.p.vocabulary.usageWorkload(written)!)! : null;
        const workload = entry ? entry.workload : this.p.vocabulary.revenueWorkload(written)!;
        targets.set(tenantWorkload, (target = { key: `${this.noteTenant(texts[tenants[r]!]!)}${SEP}${workload}`, rate: entry?.rate ?? 0 }));
      }
      if (kind === 'revenue') this.addBizapps('revenue', target.key, month, amount);
      else this.addUsage(target.key, month, amount, target.rate);
    }
  }

  certification(row: CertificationRow): void {
    const key = idKey(row.personId);
    if (this.isDuplicate('certifications', () => `${key}${SEP}${row.certificationId ?? row.certificationName}${SEP}${row.earnedOn ?? ''}${SEP}${row.expiresOn ?? ''}`)) return;
    const people = this.own(this.p, 'people');
    const existing = people.get(key);
    const person: Person =
      existing && this.owned.has(existing) ? existing : { id: existing?.id ?? row.personId.trim(), ...(existing?.name ? { name: existing.name } : {}), holdings: [...(existing?.holdings ?? [])] };
    this.owned.add(person);
    people.set(key, person);
    if (row.personName && !person.name) person.name = row.personName;
    const cert = (row.certificationId ? this.certById.get(row.certificationId) : undefined) ?? this.p.vocabulary.certification(row.certificationName) ?? null;
    person.holdings.push({ cert, name: row.certificationName, ...(row.earnedOn ? { earnedOn: row.earnedOn } : {}), ...(row.expiresOn ? { expiresOn: row.expiresOn } : {}) });
  }

  partner(partner: Dataset['partner']): void {
    if (partner.enrolled) this.p.enrolled = { ...this.p.enrolled, ...partner.enrolled };
    this.p.partnerOverrides = {
      ...this.p.partnerOverrides,
      ...(partner.acrTtmUsd !== undefined ? { acrTtmUsd: partner.acrTtmUsd } : {}),
      ...(partner.smbCustomerShare !== undefined ? { smbCustomerShare: partner.smbCustomerShare } : {}),
    };
  }

  rows(rows: Partial<Dataset>): this {
    this.checkDuplicates = !rows.deduplicated;
    for (const c of rows.customers ?? []) this.customer(c);
    // Loaded rows (de-duplicated by the import, kept as columns) are read column by column.
    const azure = rows.deduplicated ? rows.azure?.asColumns?.() : undefined;
    if (azure) this.azureColumns(azure);
    else for (const r of rows.azure ?? []) this.azure(r);
    const m365 = rows.deduplicated ? rows.m365?.asColumns?.() : undefined;
    if (m365) this.m365Columns(m365);
    else for (const r of rows.m365 ?? []) this.m365(r);
    const revenue = rows.deduplicated ? rows.bizappsRevenue?.asColumns?.() : undefined;
    if (revenue) this.bizappsColumns(revenue, 'revenue');
    else for (const r of rows.bizappsRevenue ?? []) this.bizappsRevenue(r);
    const usage = rows.deduplicated ? rows.bizappsUsage?.asColumns?.() : undefined;
    if (usage) this.bizappsColumns(usage, 'usage');
    else for (const r of rows.bizappsUsage ?? []) this.bizappsUsage(r);
    for (const r of rows.certifications ?? []) this.certification(r);
    if (rows.partner) this.partner(rows.partner);
    return this;
  }

  /** First month with eligible ACR > 0 per tenant and service (§2.6), for the pairs this build touched. */
  build(): Prepared {
    const pairs: [string, string][] = this.fresh
      ? [...this.p.azurePerService].flatMap(([tenant, byService]) => [...byService.keys()].map((service): [string, string] => [tenant, service]))
      : this.touchedServices;
    const az = pairs.length > 0 ? this.own(this.p, 'azure') : this.p.azure;
    for (const [tenant, service] of pairs) {
      const series = this.p.azurePerService.get(tenant)!.get(service)!;
      const first = series.firstPositive();
      const firstUse = this.own(az, 'firstUse');
      if (first === null) {
        if (firstUse.get(service)?.has(tenant)) (this.ownEntry(firstUse, service, () => new Map()) as Map<string, MonthIndex>).delete(tenant);
        continue;
      }
      (this.ownEntry(firstUse, service, () => new Map()) as Map<string, MonthIndex>).set(tenant, first);
    }
    this.touchedServices = [];
    if (this.seats.tenants.length > 0) {
      const cells = this.own(this.own(this.p, 'm365'), 'cells');
      const store = packStore(this.seats);
      this.seats.tenants.forEach((tenant, index) => cells.set(tenant, { store, index }));
      this.seats = new SeatRows();
    }
    if (this.base) this.p.change = { base: this.base, tenants: this.changedTenants };
    return this.p;
  }
}

export function prepare(dataset: Dataset, edition: Edition): Prepared {
  return new Builder(edition).rows(dataset).build();
}

/**
 * The Prepared of `base`'s data plus `rows`, without rebuilding what the rows do not touch (a scenario's
 * added people and customers). `base` is left unchanged. Equal to `prepare` of the merged data.
 */
export function applyRows(base: Prepared, rows: Partial<Dataset>): Prepared {
  return new Builder(base.edition, base).rows(rows).build();
}
