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

export type MeasureSpec =
  /** RULES.md §2.3: +1 for a tenant new in M-1/M-2 at the threshold with $0 in M-13 and M-14; -1 for one lost. */
  | { kind: 'azureNetCustomerAdds'; threshold: Threshold }
  /** RULES.md §2.5: whole percent of ACR growth M-13 → M-1, with a minimum TTM ACR (AMB-13). */
  | { kind: 'azureUsageGrowth'; minimumTtmUsd: number }
  /** RULES.md §2.6: distinct SL2 services first used by some customer in the TTM (AMB-12, AMB-48). */
  | { kind: 'azureNewServices'; excludedServices: string[] }
  /** People holding at least one listed certification on the check day; with `minPeople`, a yes/no gate (1 unit). */
  | { kind: 'certifiedPeople'; certifications: CertRef[]; minPeople?: number }
  /** RULES.md §3.3 and §3.6: tenant × workload pairs over a threshold in M-1 minus those in M-13. */
  | { kind: 'bizappsNetPairs'; source: 'revenue' | 'mcv'; threshold: Threshold }
  /** RULES.md §3.7: whole percent of MCV growth M-13 → M-1, with a minimum baseline MCV. */
  | { kind: 'bizappsMcvGrowth'; minimumBaselineMcv: number }
  /** RULES.md §4.4: tenants in the track's band in M-1 minus those in M-13. */
  | { kind: 'm365NetTenants'; track: 'enterprise' | 'smb' }
  /** RULES.md §4.6: active users of in-band tenants through one association, M-1 minus M-13. */
  | { kind: 'm365ActiveUserGrowth'; track: 'enterprise' | 'smb'; association: string }
  /** RULES.md §4.7: in-band tenants with a workload >= activePercent % active through one association, net. */
  | { kind: 'm365Deployments'; track: 'enterprise' | 'smb'; association: string; activePercent: Threshold }
  /** RULES.md §5.3/§5.5: tenants whose Security ACR over the TTM passes a test, current TTM minus previous TTM. */
  | { kind: 'securityAzureTenants'; ttmUsd: Threshold; basis: 'monthly-average' | 'total' }
  /** RULES.md §5.3/§5.5: tenants with a Security workload passing the seat (and active share) test, net. */
  | { kind: 'securityM365Tenants'; paidSeats: Threshold; activePercent?: Threshold }
  /** RULES.md §5.6: one unit per `usdPerUnit` of Security ACR growth M-13 → M-1. */
  | { kind: 'securityAzureAcrGrowth'; usdPerUnit: number }
  /** RULES.md §5.6: one unit per `usersPerUnit` of protected-user growth M-13 → M-1. */
  | { kind: 'securityProtectedUserGrowth'; usersPerUnit: number };

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
  /** RULES.md §2.1: ACR TTM >= $1M → enterprise; else >= 80 % SMB/SMC customers → smb; else enterprise. */
  | { kind: 'azureRevenueAndSegment'; acrTtmUsd: number; smbSharePercent: number; smbSegments: string[] }
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

export interface Edition {
  id: string;
  name: string;
  qualification: { minTotal: number; minPointsPerMetric: number };
  /** Association spellings → canonical value, and the canonical values' family (CPOR subtypes → CPOR). */
  associations: { canonical: string; aliases: string[]; family: string }[];
  azure: {
    eligibleAssociations: string[];
    excludedOffers: string[];
    /** Canonical service names with their other spellings (AMB-62). */
    serviceAliases: Record<string, string[]>;
    securityServices: string[];
    securityAssociations: string[];
  };
  modernWork: {
    workloads: string[];
    tracks: Record<'enterprise' | 'smb', { associations: string[]; paidSeatsOver: number; paidSeatsAtMost?: number }>;
  };
  security: { m365Workloads: string[]; m365Associations: string[] };
  /** Canonical Microsoft 365 workload names with their other spellings (AMB-62). */
  m365WorkloadAliases: Record<string, string[]>;
  bizapps: {
    revenueWorkloads: string[];
    revenueAssociations: string[];
    usageAssociations: Record<'dynamics365' | 'powerPlatform', string[]>;
    rateCard: RateCardEntry[];
  };
  certifications: CertificationDef[];
  designations: DesignationRule[];
  specializations: SpecializationDef[];
}
