/**
 * The rules reference a successor reads without the specification outside this repository: one Markdown page
 * per edition, written from the rule data itself (docs/rules/<edition>.md, by scripts/make-rules-docs.ts; a
 * test fails when the checked-in pages differ from what the data says).
 */
import type { CertRef, ComponentRule, Edition, MeasureSpec, PathSelection, SeatBand, Threshold, UsdBand } from './types';

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;
const num = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 4 });
const threshold = (t: Threshold, f: (n: number) => string = num) => ('over' in t ? `more than ${f(t.over)}` : `at least ${f(t.atLeast)}`);
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function seatBand(b: SeatBand): string {
  return `${threshold(b)}${b.atMost !== undefined ? ` and at most ${num(b.atMost)}` : ''} paid seats${b.promotion ? ', or above that if inside it 12 months earlier (promotion rule)' : ''}`;
}
function usdBand(b: UsdBand): string {
  return `${threshold(b, usd)}${b.atMost !== undefined ? ` and at most ${usd(b.atMost)}` : ''}${b.carryOver ? ', or above that if inside it over the 12 months a year earlier (carry-over)' : ''}`;
}

/** What a measure counts, in words, with its parameters. */
function describeMeasure(spec: MeasureSpec, edition: Edition): string {
  switch (spec.kind) {
    case 'azureNetCustomerAdds':
      return spec.definition === 'countDifference'
        ? `customers with eligible Azure ACR ${threshold(spec.threshold, usd)} in M-1 or M-2, minus customers with it in M-13 or M-14`
        : `+1 for a customer with eligible Azure ACR ${threshold(spec.threshold, usd)} in M-1 or M-2 and $0 in M-13 and M-14; −1 for one that had it a year ago and no longer has`;
    case 'azureUsageGrowth':
      return `whole percent of growth of total eligible ACR from M-13 to M-1; needs ${usd(spec.minimumTtmUsd)} ACR over the trailing 12 months and ACR in M-13`;
    case 'azureNewServices':
      return `distinct Service Level 2 services that some customer first used (eligible ACR > 0) in the trailing 12 months; excluded: ${spec.excludedServices.join(', ')}`;
    case 'azureServicesWithAcr':
      return `distinct Service Level 2 services with eligible ACR summed over all customers and the trailing 12 months above $0; excluded: ${spec.excludedServices.join(', ')}`;
    case 'certifiedPeople':
      return `${spec.minPeople !== undefined ? `met (1 unit) with at least ${spec.minPeople} ${spec.minPeople === 1 ? 'person' : 'people'}` : 'people'} holding, on the last day of M-1, one of: ${certList(spec.certifications, edition)}`;
    case 'bizappsNetPairs':
      return spec.source === 'revenue'
        ? `customer × workload pairs with attributed revenue ${threshold(spec.threshold, usd)} in M-1, minus those in M-13`
        : `customer × rate-card workload pairs with monthly consumption value ${threshold(spec.threshold)} in M-1, minus those in M-13`;
    case 'bizappsMcvGrowth':
      return `whole percent of growth of total monthly consumption value from M-13 to M-1; the M-13 value must be at least ${num(spec.minimumBaselineMcv)}`;
    case 'm365NetTenants':
      return `customers with a workload in the ${spec.track} band in M-1, minus those in M-13${spec.workloads ? ` (workloads: ${spec.workloads.join(', ')})` : ''}`;
    case 'm365ActiveUserGrowth':
      return `active users of in-band customers through ${spec.association}, M-1 minus M-13 (a customer's users: its largest eligible workload)${spec.workloads ? `; workloads: ${spec.workloads.join(', ')}` : ''}`;
    case 'm365Deployments':
      return `in-band customers with a workload ${threshold(spec.activePercent)} % of paid seats active through ${spec.association}, M-1 minus M-13`;
    case 'securityAzureTenants':
      return spec.basis === 'monthly-average'
        ? `customers whose Security ACR averages ${threshold(spec.ttmUsd, usd)} a month over the trailing 12 months, minus those over the 12 months before`
        : `customers with Security ACR over the trailing 12 months ${usdBand(spec.ttmUsd)}, minus those over the 12 months before`;
    case 'securityM365Tenants':
      return `customers with a Security workload of ${seatBand(spec.paidSeats)}${spec.activePercent ? ` and ${threshold(spec.activePercent)} % active (${spec.activeOn === 'anyWorkload' ? 'any eligible workload' : 'the same workload'})` : ''}, M-1 minus M-13`;
    case 'securityAzureAcrGrowth':
      return `one unit per ${usd(spec.usdPerUnit)} of Security ACR growth from M-13 to M-1${spec.tenants ? ` among customers whose 12-month Security ACR is ${usdBand(spec.tenants)}` : ''}`;
    case 'securityProtectedUserGrowth':
      return `one unit per ${num(spec.usersPerUnit)} protected users of growth from M-13 to M-1 (${spec.perTenant === 'maxProtected' ? 'a customer: its largest min(active, paid) of a workload' : "a customer: the sum of its Security workloads' active users"}${spec.band ? `; customers with ${seatBand(spec.band)}` : ''})`;
  }
}

function certList(refs: CertRef[], edition: Edition): string {
  return refs
    .map((r) => {
      const name = edition.certifications.find((c) => c.id === r.id)?.name ?? r.id;
      const when = r.from || r.until ? ` (${r.from ? `from ${r.from}` : ''}${r.from && r.until ? ' ' : ''}${r.until ? `until ${r.until}` : ''})` : '';
      return `${name}${when}`;
    })
    .join('; ');
}

function pathSelection(sel: PathSelection): string {
  switch (sel.kind) {
    case 'azureRevenueAndSegment':
      return sel.acrTtmUsd !== null
        ? `Assigned, one path for all three Azure designations: Enterprise when Azure ACR over the trailing 12 months is at least ${usd(sel.acrTtmUsd)}; otherwise SMB when at least ${sel.smbSharePercent} % of the customers with Azure ACR over the trailing 12 months are in the segments ${sel.smbSegments.join('/')}; otherwise Enterprise.`
        : `Assigned, one path for all three Azure designations: SMB when at least ${sel.smbSharePercent} % of the customers with eligible Azure ACR in ${sel.customerBase === 'month' ? 'the scoring month' : 'the trailing 12 months'} are in the segments ${sel.smbSegments.join('/')}; otherwise (or with no such customer) Enterprise. No ACR condition.`;
    case 'bizappsWorkloadClassification':
      return `Assigned: Enterprise when at least ${sel.minPairs} customer × workload pairs have revenue over ${usd(sel.revenueOverUsd)} in both M-1 and M-13; otherwise SMB.`;
    case 'bestTotal':
      return 'Best of the paths: every path is scored in full; a path that qualifies counts, otherwise the higher total (a tie counts Enterprise).';
  }
}

function component(c: ComponentRule, edition: Edition): string {
  const points = c.prerequisite ? (c.pointsAtMax === 0 ? 'gate, 0 points' : `gate, ${num(c.pointsAtMax)} points when met`) : `${num(c.pointsAtMax)} points at ${num(c.unitsForMax)} units`;
  const extra = [c.requires?.length ? `needs ${c.requires.join(' and ')}` : '', c.effectiveFrom ? `from ${c.effectiveFrom}` : '', c.effectiveUntil ? `until ${c.effectiveUntil}` : '']
    .filter(Boolean)
    .join('; ');
  return `| ${cell(c.label)} | ${points}${extra ? ` (${extra})` : ''} | ${cell(describeMeasure(c.measure, edition))} |`;
}

export function rulesReference(edition: Edition): string {
  const out: string[] = [];
  out.push(`# Rule edition ${edition.id}`, '');
  out.push(`${edition.name}. Written by \`scripts/make-rules-docs.ts\` from \`src/engine/rules/edition${edition.id}/\`; do not edit by hand.`, '');
  out.push(
    `M-1 is the scoring month, M-13 the same month a year earlier; the trailing 12 months (TTM) are M-12..M-1. Points are exact fractions of whole units: min(max, units × points at max ÷ units for max).`,
    '',
  );
  out.push('## Qualification', '');
  out.push(
    `At least ${edition.qualification.minTotal} points on the path that counts and at least ${edition.qualification.minPointsPerMetric} point in every metric, on at least one day of the six-month qualification window.`,
    '',
  );
  for (const d of edition.designations) {
    out.push(`## ${d.name}`, '');
    out.push(`Path: ${pathSelection(d.pathSelection)}`, '');
    for (const p of d.paths) {
      out.push(`### ${d.name} — ${p.id} path`, '');
      for (const m of p.metrics) {
        out.push(`#### ${m.label} (max ${m.maxPoints}; ${m.combine === 'best' ? 'the best option counts' : 'parts are added'})`, '');
        out.push(`${m.rule} _Source: ${m.source}._`, '');
        out.push('| part | points | what counts |', '|---|---|---|');
        for (const c of m.components) out.push(component(c, edition));
        out.push('');
      }
    }
  }
  out.push('## Vocabulary and filters', '');
  out.push(`- Associations: ${edition.associations.map((a) => `${a.canonical}${a.aliases.length ? ` (also ${a.aliases.join(', ')})` : ''} → ${a.family}`).join('; ')}.`);
  out.push(`- Azure: eligible associations ${edition.azure.eligibleAssociations.join(', ')}; excluded offers ${edition.azure.excludedOffers.join(', ')}.`);
  out.push(
    `- Azure service spellings: ${Object.entries(edition.azure.serviceAliases)
      .map(([k, v]) => `${k} ← ${v.join(', ')}`)
      .join('; ')}.`,
  );
  out.push(
    `- Security Azure services (${edition.azure.securityAssociations.join(', ')}): ${edition.azure.securityServices.join(', ')}${
      edition.azure.securityServiceAliases
        ? `; other names: ${Object.entries(edition.azure.securityServiceAliases)
            .map(([k, v]) => `${k} ← ${v.join(', ')}`)
            .join('; ')}`
        : ''
    }.`,
  );
  out.push(
    `- Sovereign clouds: ${edition.azure.sovereignClouds ? `rows whose \`cloud\` is ${edition.azure.sovereignClouds.join(', ')} (after removing spaces, hyphens and underscores) are left out of every Azure quantity` : 'no rule (the `cloud` column is ignored)'}.`,
  );
  out.push(
    `- Modern Work: workloads ${edition.modernWork.workloads.join(', ')}; Enterprise band more than ${edition.modernWork.tracks.enterprise.paidSeatsOver} seats (${edition.modernWork.tracks.enterprise.associations.join(', ')}); SMB band ${edition.modernWork.tracks.smb.paidSeatsOver + 1}–${edition.modernWork.tracks.smb.paidSeatsAtMost} seats (${edition.modernWork.tracks.smb.associations.join(', ')})${edition.modernWork.tracks.smb.promotion ? ', with the promotion rule' : ''}; an option's band is tested through ${edition.modernWork.optionBand === 'option' ? 'its own association' : "the track's associations"}.`,
  );
  out.push(
    `- Microsoft 365 rows of one tenant, workload and month under several associations: ${edition.m365SeatsAcrossAssociations === 'max' ? 'the largest seats and the largest active users count' : 'each row is tested on its own'}.`,
  );
  out.push(`- Security Microsoft 365: workloads ${edition.security.m365Workloads.join(', ')}; associations ${edition.security.m365Associations.join(', ')}.`);
  out.push(`- Business Applications revenue workloads: ${edition.bizapps.revenueWorkloads.join(', ')}; associations ${edition.bizapps.revenueAssociations.join(', ')}.`);
  out.push(
    `- Business Applications usage associations: Dynamics 365 ${edition.bizapps.usageAssociations.dynamics365.join(', ')}; Power Platform and Customer Insights ${edition.bizapps.usageAssociations.powerPlatform.join(', ')}.`,
    '',
  );
  out.push('### MCV rate card', '', '| workload | also reported as | rate | unit | family |', '|---|---|---|---|---|');
  for (const r of edition.bizapps.rateCard) out.push(`| ${r.workload} | ${r.members.join(', ')} | ${r.rate === null ? 'no rate: not counted' : num(r.rate)} | ${r.usageUnit} | ${r.platform} |`);
  out.push('', '## Certifications', '');
  out.push(
    `A retired certification counts through its "eligible through" day${edition.certificationRules.earnedAfterRetirementCounts ? '' : ', and never when earned after its retirement'}; never after the person's own expiry.`,
    '',
  );
  out.push('| certification | other names | exam codes | retired | counts through | note |', '|---|---|---|---|---|---|');
  for (const c of edition.certifications)
    out.push(
      `| ${cell(c.name)} | ${cell(c.aliases.join(', '))} | ${c.examCodes.join(', ')} | ${c.retiredOn ?? ''} | ${c.eligibleThrough ?? ''} | ${cell([c.notListed ?? '', c.lowConfidence ? 'low confidence' : '', c.source].filter(Boolean).join('; '))} |`,
    );
  out.push('', '## Specializations', '');
  if (edition.specializationsNote) out.push(edition.specializationsNote, '');
  out.push('| specialization | opened by any one of |', '|---|---|');
  for (const s of edition.specializations) out.push(`| ${s.name} | ${s.requiresAnyOf.join(', ')} |`);
  if (edition.changesFrom) {
    out.push('', `## Changes from edition ${edition.changesFrom.edition}`, '', '| # | designations | metrics | change | moves typical scores |', '|---|---|---|---|---|');
    for (const c of edition.changesFrom.changes) out.push(`| ${c.id} | ${c.designations.join(', ')} | ${c.metrics.join(', ')} | ${cell(c.text)} | ${c.scoreChanging ? 'yes' : ''} |`);
  }
  out.push('');
  return out.join('\n');
}
