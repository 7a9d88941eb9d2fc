/**
 * The shape of rule data. An edition (e.g. `2024`) is one value of `Edition`: designations, paths, metrics,
 * thresholds, association and offer filters, workload lists, the MCV rate card, the certification catalog and
 * the specialization map. The engine reads it generically; a later edition is another value beside it.
 */
import type { Day } from '../months';
import type { DesignationId, MetricId, PathId } from '../types';

/** A comparison with a threshold: `over` is strictly greater, `atLeast` is greater or equal. */
export type Threshold = { over: number } | { atLeast: number };

export interface CertificationDef {
  id: string;
  /** Full name as Microsoft Learn writes it (with the "Microsoft Certified:" prefix where it has one). */
  name: string;
  /** Other names it is known by: renamed titles, names without the prefix are matched automatically. */
  aliases: string[];
  examCodes: string[];
  /** Retirement day, where a source gives one. */
  retiredOn?: Day;
  /** Last day on which it still counts for points (RULES.md §1.4: one year after retirement unless a source says otherwise). */
  eligibleThrough?: Day;
  /**
   * Known to the catalogue (so files naming it load and explanations can say why) but listed by no metric of
   * this edition: the sentence says so (RULES-2026 AMB26-07).
   */
  notListed?: string;
  /** Where the entry comes from (RULES.md section / AMB id). */
  source: string;
  lowConfidence?: boolean;
}

/** A certification as named in one metric, optionally only for some days (e.g. App Maker until 2023-10-31). */
export interface CertRef {
  id: string;
  from?: Day;
  until?: Day;
}

/**
 * A band of paid seats for one Microsoft 365 workload: more than `over` (or at least `atLeast`) and at most
 * `atMost`. With `promotion`, a tenant above the band now that was inside it 12 months earlier still counts
 * (RULES-2026 §4.2 / AMB26-25: "a customer tenant promoted to Enterprise remains eligible for SMB").
 */
export type SeatBand = Threshold & { atMost?: number; promotion?: boolean };

/**
 * A band of Security ACR over a trailing 12 months, in USD; `carryOver` keeps a tenant above `atMost` that was
 * inside the band over the 12 months a year earlier (RULES-2026 §5.6 / AMB26-25).
 */
export type UsdBand = Threshold & { atMost?: number; carryOver?: boolean };

export type MeasureSpec =
  /**
   * Azure net customer adds. `newCustomers` (RULES.md §2.3, AMB-05): +1 for a tenant at the threshold in M-1/M-2
   * with $0 in M-13 and M-14, -1 for one lost. `countDifference` (RULES-2026 §2.4, AMB26-11): tenants at the
   * threshold in M-1 or M-2 minus tenants at it in M-13 or M-14.
   */
  | { kind: 'azureNetCustomerAdds'; threshold: Threshold; definition: 'newCustomers' | 'countDifference' }
  /** RULES.md §2.5: whole percent of ACR growth M-13 → M-1, with a minimum TTM ACR (AMB-13). */
  | { kind: 'azureUsageGrowth'; minimumTtmUsd: number }
  /** RULES.md §2.6: distinct SL2 services first used by some customer in the TTM (AMB-12, AMB-48). */
  | { kind: 'azureNewServices'; excludedServices: string[] }
  /** RULES-2026 §2.7 / AMB26-13: distinct SL2 services (not excluded) whose eligible ACR over the TTM is > 0. */
  | { kind: 'azureServicesWithAcr'; excludedServices: string[] }
  /** People holding at least one listed certification on the check day; with `minPeople`, a yes/no gate (1 unit). */
  | { kind: 'certifiedPeople'; certifications: CertRef[]; minPeople?: number }
  /** RULES.md §3.3 and §3.6: tenant × workload pairs over a threshold in M-1 minus those in M-13. */
  | { kind: 'bizappsNetPairs'; source: 'revenue' | 'mcv'; threshold: Threshold }
  /** RULES.md §3.7: whole percent of MCV growth M-13 → M-1, with a minimum baseline MCV. */
  | { kind: 'bizappsMcvGrowth'; minimumBaselineMcv: number }
  /**
   * RULES.md §4.4: tenants in the track's band in M-1 minus those in M-13. `workloads`: the metric's own list
   * (RULES-2026 AMB26-26), else the edition's Modern Work list.
   */
  | { kind: 'm365NetTenants'; track: 'enterprise' | 'smb'; workloads?: string[] }
  /** RULES.md §4.6: active users of in-band tenants through one association, M-1 minus M-13. */
  | { kind: 'm365ActiveUserGrowth'; track: 'enterprise' | 'smb'; association: string; workloads?: string[] }
  /** RULES.md §4.7: in-band tenants with a workload >= activePercent % active through one association, net. */
  | { kind: 'm365Deployments'; track: 'enterprise' | 'smb'; association: string; activePercent: Threshold; workloads?: string[] }
  /**
   * RULES.md §5.3/§5.5: tenants whose Security ACR over the TTM passes a test, current TTM minus previous TTM.
   * `atMost` / `carryOver`: the RULES-2026 SMB band ($750–$12,000 plus carry-over, AMB26-33).
   */
  | { kind: 'securityAzureTenants'; ttmUsd: UsdBand; basis: 'monthly-average' | 'total' }
  /**
   * RULES.md §5.3/§5.5: tenants with a Security workload in the seat band, net. `activePercent`: the active
   * share test, on the in-band workload itself (`sameWorkload`, ed. 2024) or on any eligible workload of an
   * in-band tenant (`anyWorkload`, RULES-2026 AMB26-46).
   */
  | { kind: 'securityM365Tenants'; paidSeats: SeatBand; activePercent?: Threshold; activeOn?: 'sameWorkload' | 'anyWorkload' }
  /**
   * RULES.md §5.6: one unit per `usdPerUnit` of Security ACR growth M-13 → M-1. `tenants`: only tenants whose
   * TTM Security ACR at each end month is in the band (RULES-2026 §5.7 / AMB26-34); all tenants without it.
   */
  | { kind: 'securityAzureAcrGrowth'; usdPerUnit: number; tenants?: UsdBand }
  /**
   * RULES.md §5.6: one unit per `usersPerUnit` of protected-user growth M-13 → M-1. `perTenant`: the sum of the
   * Security workloads' active users (ed. 2024) or the largest min(active, paid) (RULES-2026 AMB26-28);
   * `band`: only tenants in the seat band at each end month.
   */
  | { kind: 'securityProtectedUserGrowth'; usersPerUnit: number; perTenant?: 'sumActive' | 'maxProtected'; band?: SeatBand };

export interface ComponentRule {
  id: string;
  label: string;
  measure: MeasureSpec;
  /** Points are linear in whole units: min(pointsAtMax, max(0, units) × pointsAtMax / unitsForMax), exact. */
  unitsForMax: number;
  pointsAtMax: number;
  /** Prerequisite components gate others and are not part of the metric's measured value. */
  prerequisite?: boolean;
  /** Components that must have at least one unit before this one earns points (skilling gates). */
  requires?: string[];
  /** The component applies only on check days in this range (rule changes with a date, e.g. Security 2023-12-01). */
  effectiveFrom?: Day;
  effectiveUntil?: Day;
}

export interface MetricRule {
  id: MetricId;
  label: string;
  maxPoints: number;
  /** `sum`: component points are added (pooled, prerequisites); `best`: the best component counts (options). */
  combine: 'sum' | 'best';
  unit: string;
  /** The rule in one plain sentence, with its thresholds. */
  rule: string;
  source: string;
  components: ComponentRule[];
}

export interface PathRule {
  id: PathId;
  metrics: MetricRule[];
}

export type PathSelection =
  /**
   * The Azure path, one per partner. RULES.md §2.1: ACR TTM >= `acrTtmUsd` → enterprise; else >= 80 % SMB/SMC
   * among customers with ACR over the TTM → smb. RULES-2026 §2.1 (AMB26-08): no ACR test (`acrTtmUsd` null)
   * and the customers are those with ACR in the scoring month (`customerBase: 'month'`).
   */
  | { kind: 'azureRevenueAndSegment'; acrTtmUsd: number | null; customerBase: 'ttm' | 'month'; smbSharePercent: number; smbSegments: string[] }
  /** RULES.md §3.1 / AMB-15: >= minPairs tenant × workload pairs over the revenue in M-1 and M-13 → enterprise. */
  | { kind: 'bizappsWorkloadClassification'; revenueOverUsd: number; minPairs: number }
  /** RULES.md §4.1 / AMB-23 / AMB-63: every path is scored; a qualifying path wins, else the higher total. */
  | { kind: 'bestTotal' };

export interface DesignationRule {
  id: DesignationId;
  name: string;
  solutionArea: 'Azure' | 'Business Applications' | 'Modern Work' | 'Security';
  pathSelection: PathSelection;
  paths: PathRule[];
}

export interface RateCardEntry {
  /** The workload the rate applies to; usage reported under `members` belongs to it (AMB-55). */
  workload: string;
  members: string[];
  /** MCV per unit of usage; null where no source states a rate (Portals, AMB-21). */
  rate: number | null;
  usageUnit: 'MAU' | 'profiles';
  /** Which association list applies to its usage rows (AMB-54). */
  platform: 'dynamics365' | 'powerPlatform';
}

export interface SpecializationDef {
  id: string;
  name: string;
  solutionArea: string;
  requiresAnyOf: DesignationId[];
  aliases?: string[];
}

/** One change from the previous edition (RULES-2026 §10 rows), for "what changed for you". */
export interface EditionChange {
  /** The row number in the edition's change table. */
  id: string;
  designations: DesignationId[];
  /** The metrics it can move; `path` for path selection; empty for list or wording changes with no metric of its own. */
  metrics: (MetricId | 'path')[];
  /** In plain words, as a partner manager would say it. */
  text: string;
  /** Marked ◆: it changes scores for typical data. */
  scoreChanging: boolean;
}

export interface Edition {
  id: string;
  name: string;
  /** The edition this one is compared with in "what changed", and the changes from it. */
  changesFrom?: { edition: string; changes: EditionChange[] };
  qualification: { minTotal: number; minPointsPerMetric: number };
  /** Association spellings → canonical value, and the canonical values' family (CPOR subtypes → CPOR). */
  associations: { canonical: string; aliases: string[]; family: string }[];
  azure: {
    eligibleAssociations: string[];
    excludedOffers: string[];
    /** Canonical service names with their other spellings (AMB-62). */
    serviceAliases: Record<string, string[]>;
    securityServices: string[];
    /** Other names of Security services that decide Security eligibility only (RULES-2026 AMB26-43). */
    securityServiceAliases?: Record<string, string[]>;
    securityAssociations: string[];
    /**
     * The optional `cloud` column (RULES-2026 AMB26-17): normalised values whose rows are excluded from every
     * Azure quantity. Absent where the edition has no such rule (the column is then ignored).
     */
    sovereignClouds?: string[];
  };
  modernWork: {
    workloads: string[];
    /** `promotion`: RULES-2026 AMB26-25 (a tenant promoted to Enterprise stays in the SMB band for a year). */
    tracks: Record<'enterprise' | 'smb', { associations: string[]; paidSeatsOver: number; paidSeatsAtMost?: number; promotion?: boolean }>;
    /**
     * Which associations the band test of a usage-growth or deployments option reads: the track's (ed. 2024
     * G-06) or the option's own (RULES-2026 AMB26-45).
     */
    optionBand: 'track' | 'option';
    /** The credit window's baseline in the association month counts only when the tenant is in the band then (AMB26-45). */
    creditBaselineInBand: boolean;
    /** A deployment associated in the last 12 months that was already deployed then does not count: the test in that month. */
    alreadyDeployed: { activePercent: Threshold; inBand: boolean };
  };
  security: { m365Workloads: string[]; m365Associations: string[] };
  /**
   * Seats of one tenant, workload and month reported under several associations: `any` row may pass a band
   * (ed. 2024), or the band reads the largest value (`max`, RULES-2026 AMB26-28); active users likewise.
   */
  m365SeatsAcrossAssociations: 'any' | 'max';
  /** RULES-2026 AMB26-47: a certification earned after its retirement date does not count. */
  certificationRules: { earnedAfterRetirementCounts: boolean };
  /** Canonical Microsoft 365 workload names with their other spellings (AMB-62). */
  m365WorkloadAliases: Record<string, string[]>;
  bizapps: {
    revenueWorkloads: string[];
    /** Other names of revenue workloads (RULES-2026 AMB26-43: HR ← Human Resources). */
    revenueWorkloadAliases?: Record<string, string[]>;
    revenueAssociations: string[];
    usageAssociations: Record<'dynamics365' | 'powerPlatform', string[]>;
    rateCard: RateCardEntry[];
  };
  certifications: CertificationDef[];
  /** The simulator's one-click "+1 person" actions: certification ids (prerequisites and common scoring ones). */
  quickCertifications: string[];
  designations: DesignationRule[];
  specializations: SpecializationDef[];
  /** Said wherever the specializations are shown, when the edition carries them unverified (RULES-2026 AMB26-42). */
  specializationsNote?: string;
}
