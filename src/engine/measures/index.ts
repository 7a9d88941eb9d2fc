/** The measure registry: rule data names a measure by `kind`; this maps the kind to its implementation. */
import type { Prepared } from '../prepare';
import type { MeasureSpec } from '../rules/types';
import { azureNetCustomerAdds, azureNewServices, azureServicesWithAcr, azureUsageGrowth } from './azure';
import { bizappsMcvGrowth, bizappsNetPairs } from './businessApplications';
import { specKey, type MeasureContext, type MeasureOutput } from './context';
import { m365ActiveUserGrowth, m365Deployments, m365NetTenants } from './modernWork';
import { securityAzureAcrGrowth, securityAzureTenants, securityM365Tenants, securityProtectedUserGrowth } from './security';
import { certifiedPeople } from './skilling';

type Implementations = { [K in MeasureSpec['kind']]: (ctx: MeasureContext, spec: Extract<MeasureSpec, { kind: K }>) => MeasureOutput };

const implementations: Implementations = {
  azureNetCustomerAdds,
  azureUsageGrowth,
  azureNewServices,
  azureServicesWithAcr,
  certifiedPeople,
  bizappsNetPairs,
  bizappsMcvGrowth,
  m365NetTenants,
  m365ActiveUserGrowth,
  m365Deployments,
  securityAzureTenants,
  securityM365Tenants,
  securityAzureAcrGrowth,
  securityProtectedUserGrowth,
};

/**
 * What each kind of measure reads, declared once: the parts of the prepared data (`data`: the objects it reads,
 * and any plain values such as a month), and whether the certification check day matters (`day`: a person valid
 * at month end may not be on an earlier day of the qualification window). Every measure also reads its spec, the
 * month and the edition's settings (one edition per Prepared); tenant names are read for explanation lines only.
 * The cache key below is made from this declaration alone, so a declaration names every part its measure reads.
 */
export const MEASURE_READS: { [K in MeasureSpec['kind']]: { data: (p: Prepared) => readonly unknown[]; day: boolean } } = {
  certifiedPeople: { data: (p) => [p.people], day: true },
  // A `day: false` turned `true` only adds the check day to the cache key: more recomputation, the same numbers,
  // so no test can see it (the guard test shows that `true` turned `false` where the day matters fails).
  // Stryker disable BooleanLiteral
  azureNetCustomerAdds: { data: (p) => [p.azure.acr], day: false },
  azureUsageGrowth: { data: (p) => [p.azure.totalByMonth, p.azure.acr], day: false },
  azureNewServices: { data: (p) => [p.azure.firstUse, p.azure.firstMonth], day: false },
  azureServicesWithAcr: { data: (p) => [p.azure.serviceTotals, p.azurePerService], day: false },
  bizappsNetPairs: { data: (p) => [p.bizapps.revenue, p.bizapps.mcv], day: false },
  bizappsMcvGrowth: { data: (p) => [p.bizapps.mcv, p.bizapps.mcvTotalByMonth], day: false },
  m365NetTenants: { data: (p) => [p.m365.cells, p.m365.associatedOn], day: false },
  m365ActiveUserGrowth: { data: (p) => [p.m365.cells, p.m365.associatedOn], day: false },
  m365Deployments: { data: (p) => [p.m365.cells, p.m365.associatedOn], day: false },
  securityAzureTenants: { data: (p) => [p.azure.security], day: false },
  securityM365Tenants: { data: (p) => [p.m365.cells, p.m365.associatedOn], day: false },
  securityAzureAcrGrowth: { data: (p) => [p.azure.security, p.azure.securityTotalByMonth], day: false },
  securityProtectedUserGrowth: { data: (p) => [p.m365.cells, p.m365.associatedOn], day: false },
  // Stryker restore BooleanLiteral
};

/**
 * Prepared data never changes once built (applyRows copies what it writes), so a measure's result depends only
 * on what MEASURE_READS declares: the identity of each part it reads, the plain values it reads, the spec, the
 * month, the check day where declared, and — for explanation lines — the tenant names. So the three Azure
 * designations share one computation, and after a scenario change only the measures whose parts changed run
 * again (a new customer's Azure Functions rows re-run the measures of all Azure ACR, not the Security ACR ones,
 * people, Microsoft 365 or Business Applications).
 */
interface CacheLevel {
  next: WeakMap<object, CacheLevel>;
  results: Map<string, MeasureOutput>;
}
const root: CacheLevel = { next: new WeakMap(), results: new Map() };
/** How many measures were computed past the cache (tests check that working ahead leaves none to compute). */
export const measureCacheStats = { computed: 0 };
/** Stands for "no tenant names read" in the cache (numbers only). */
const NO_NAMES = {};

export function measure(ctx: MeasureContext, spec: MeasureSpec): MeasureOutput {
  const reads = MEASURE_READS[spec.kind];
  let level = root;
  let values = '';
  for (const part of reads.data(ctx.prepared)) {
    if (typeof part === 'object' && part !== null) level = levelFor(level, part);
    else values += `|${String(part)}`;
  }
  level = levelFor(level, ctx.explain ? ctx.prepared.tenants : NO_NAMES);
  const key = `${specKey(spec)}|${ctx.month}|${reads.day ? ctx.checkDay : ''}|${ctx.explain}${values}`;
  let output = level.results.get(key);
  if (!output) {
    measureCacheStats.computed++;
    level.results.set(key, (output = measureUncached(ctx, spec)));
  }
  return output;
}

function levelFor(level: CacheLevel, part: object): CacheLevel {
  let next = level.next.get(part);
  if (!next) level.next.set(part, (next = { next: new WeakMap(), results: new Map() }));
  return next;
}

/** The measure computed afresh, past the cache (the cache's tests compare the two). */
export function measureUncached(ctx: MeasureContext, spec: MeasureSpec): MeasureOutput {
  const run = implementations[spec.kind] as (ctx: MeasureContext, spec: MeasureSpec) => MeasureOutput;
  return run(ctx, spec);
}

export type { MeasureContext, MeasureOutput } from './context';
