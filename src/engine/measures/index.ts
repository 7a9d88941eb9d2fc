/** The measure registry: rule data names a measure by `kind`; this maps the kind to its implementation. */
import type { MeasureSpec } from '../rules/types';
import { azureNetCustomerAdds, azureNewServices, azureUsageGrowth } from './azure';
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

export function measure(ctx: MeasureContext, spec: MeasureSpec): MeasureOutput {
  const run = implementations[spec.kind] as (ctx: MeasureContext, spec: MeasureSpec) => MeasureOutput;
  return run(ctx, spec);
}

export type { MeasureContext, MeasureOutput } from './context';
