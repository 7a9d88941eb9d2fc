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

/** The part of the prepared data each kind of measure reads. */
const domains: { [K in MeasureSpec['kind']]: (p: Prepared) => object } = {
  azureNetCustomerAdds: (p) => p.azure,
  azureUsageGrowth: (p) => p.azure,
  azureNewServices: (p) => p.azure,
  azureServicesWithAcr: (p) => p.azure,
  certifiedPeople: (p) => p.people,
  bizappsNetPairs: (p) => p.bizapps,
  bizappsMcvGrowth: (p) => p.bizapps,
  m365NetTenants: (p) => p.m365,
  m365ActiveUserGrowth: (p) => p.m365,
  m365Deployments: (p) => p.m365,
  securityAzureTenants: (p) => p.azure,
  securityM365Tenants: (p) => p.m365,
  securityAzureAcrGrowth: (p) => p.azure,
  securityProtectedUserGrowth: (p) => p.m365,
};

/**
 * Prepared data never changes once built (applyRows copies what it writes), so a measure's result depends only
 * on the identity of the part it reads, the tenants (for names), the spec, the month and — for people — the
 * check day. Caching on that identity means the three Azure designations share one computation, and after a
 * scenario change only the measures whose data changed run again.
 */
const cache = new WeakMap<object, WeakMap<object, Map<string, MeasureOutput>>>();
const specKeys = new WeakMap<MeasureSpec, string>();

export function measure(ctx: MeasureContext, spec: MeasureSpec): MeasureOutput {
  const domain = domains[spec.kind](ctx.prepared);
  let byTenants = cache.get(domain);
  if (!byTenants) cache.set(domain, (byTenants = new WeakMap()));
  let results = byTenants.get(ctx.prepared.tenants);
  if (!results) byTenants.set(ctx.prepared.tenants, (results = new Map()));
  let specKey = specKeys.get(spec);
  if (specKey === undefined) specKeys.set(spec, (specKey = JSON.stringify(spec)));
  const key = `${specKey}|${ctx.month}|${spec.kind === 'certifiedPeople' ? ctx.checkDay : ''}|${ctx.explain}`;
  let output = results.get(key);
  if (!output) {
    const run = implementations[spec.kind] as (ctx: MeasureContext, spec: MeasureSpec) => MeasureOutput;
    output = run(ctx, spec);
    results.set(key, output);
  }
  return output;
}

export type { MeasureContext, MeasureOutput } from './context';
