/** The measure registry: rule data names a measure by `kind`; this maps the kind to its implementation. */
import type { Prepared } from '../prepare';
import type { MeasureSpec } from '../rules/types';
import { azureNetCustomerAdds, azureNewServices, azureServicesWithAcr, azureUsageGrowth } from './azure';
import { bizappsMcvGrowth, bizappsNetPairs } from './businessApplications';
import type { MeasureContext, MeasureOutput } from './context';
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
 * What each kind of measure reads, declared once: the part of the prepared data (`data`), and whether the
 * certification check day matters (`day`: a person valid at month end may not be on an earlier day of the
 * qualification window). Every measure also reads its spec and the month; tenant names are read for explanation
 * lines only. The cache key below is made from this declaration alone.
 */
export const MEASURE_READS: { [K in MeasureSpec['kind']]: { data: (p: Prepared) => object; day: boolean } } = {
  certifiedPeople: { data: (p) => p.people, day: true },
  // A `day: false` turned `true` only adds the check day to the cache key: more recomputation, the same numbers,
  // so no test can see it (the guard test shows that `true` turned `false` where the day matters fails).
  // Stryker disable BooleanLiteral
  azureNetCustomerAdds: { data: (p) => p.azure, day: false },
  azureUsageGrowth: { data: (p) => p.azure, day: false },
  azureNewServices: { data: (p) => p.azure, day: false },
  azureServicesWithAcr: { data: (p) => p.azure, day: false },
  bizappsNetPairs: { data: (p) => p.bizapps, day: false },
  bizappsMcvGrowth: { data: (p) => p.bizapps, day: false },
  m365NetTenants: { data: (p) => p.m365, day: false },
  m365ActiveUserGrowth: { data: (p) => p.m365, day: false },
  m365Deployments: { data: (p) => p.m365, day: false },
  securityAzureTenants: { data: (p) => p.azure, day: false },
  securityM365Tenants: { data: (p) => p.m365, day: false },
  securityAzureAcrGrowth: { data: (p) => p.azure, day: false },
  securityProtectedUserGrowth: { data: (p) => p.m365, day: false },
  // Stryker restore BooleanLiteral
};

/**
 * Prepared data never changes once built (applyRows copies what it writes), so a measure's result depends only
 * on what MEASURE_READS declares: the identity of its part of the data, the spec, the month, the check day where
 * declared, and — for explanation lines — the tenant names. So the three Azure designations share one
 * computation, and after a scenario change only the measures whose data changed run again (a new customer's
 * Azure rows re-run the Azure measures, not people, Microsoft 365 or Business Applications).
 */
const cache = new WeakMap<object, WeakMap<object, Map<string, MeasureOutput>>>();
const specKeys = new WeakMap<MeasureSpec, string>();
/** Stands for "no tenant names read" in the cache (numbers only). */
const NO_NAMES = {};

export function measure(ctx: MeasureContext, spec: MeasureSpec): MeasureOutput {
  const reads = MEASURE_READS[spec.kind];
  const domain = reads.data(ctx.prepared);
  let byNames = cache.get(domain);
  if (!byNames) cache.set(domain, (byNames = new WeakMap()));
  const names = ctx.explain ? ctx.prepared.tenants : NO_NAMES;
  let results = byNames.get(names);
  if (!results) byNames.set(names, (results = new Map()));
  let specKey = specKeys.get(spec);
  // Stryker disable next-line ConditionalExpression: recomputing the key each time gives the same key
  if (specKey === undefined) specKeys.set(spec, (specKey = JSON.stringify(spec)));
  const key = `${specKey}|${ctx.month}|${reads.day ? ctx.checkDay : ''}|${ctx.explain}`;
  let output = results.get(key);
  if (!output) {
    const run = implementations[spec.kind] as (ctx: MeasureContext, spec: MeasureSpec) => MeasureOutput;
    output = run(ctx, spec);
    results.set(key, output);
  }
  return output;
}

export type { MeasureContext, MeasureOutput } from './context';
