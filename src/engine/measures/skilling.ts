/**
 * Certified people (RULES.md §1.4, §2.4, §3.4, §4.5, §5.4): one person counts once per metric however many
 * listed certifications they hold; a certification counts on the check day if it was earned by then, has not
 * expired, its retirement grace has not ended, and the metric lists it on that day.
 */
import { shortCertificationName } from '../names';
import type { Day } from '../months';
import type { Holding, Person } from '../prepare';
import type { CertRef, Edition } from '../rules/types';
import type { ExplanationItem } from '../types';
import { count, type MeasureContext, type MeasureOutput } from './context';

interface HoldingStatus {
  valid: boolean;
  reason: string;
}

/** Why a holding does or does not count on `day` for a metric that lists it as `ref`. */
function holdingStatus(holding: Holding, ref: CertRef, day: Day, earnedAfterRetirementCounts: boolean): HoldingStatus {
  const name = (holding.cert ? shortCertificationName(holding.cert.name) : undefined) ?? holding.name;
  if (holding.earnedOn && holding.earnedOn > day) return { valid: false, reason: `${name} earned ${holding.earnedOn}, after ${day}` };
  // RULES-2026 AMB26-47: "if completed before retirement": one earned after its retirement date never counts.
  const retiredOn = holding.cert?.retiredOn;
  if (!earnedAfterRetirementCounts && retiredOn && holding.earnedOn && holding.earnedOn > retiredOn)
    return { valid: false, reason: `${name} was earned on ${holding.earnedOn}, after it retired on ${retiredOn}: it does not count` };
  if (holding.expiresOn && holding.expiresOn < day) return { valid: false, reason: `${name} expired on ${holding.expiresOn}` };
  const through = holding.cert?.eligibleThrough;
  if (through && through < day) return { valid: false, reason: `${name} retired${holding.cert?.retiredOn ? ` on ${holding.cert.retiredOn}` : ''} and counted only through ${through}` };
  if (ref.until && ref.until < day) return { valid: false, reason: `${name} no longer counts for this metric after ${ref.until}` };
  if (ref.from && ref.from > day) return { valid: false, reason: `${name} counts for this metric only from ${ref.from}` };
  return { valid: true, reason: name };
}

/** The holdings of a person that the metric lists, each with its status on `day`. */
function personStatus(person: Person, refs: Map<string, CertRef>, day: Day, earnedAfterRetirementCounts: boolean): { valid: boolean; statuses: HoldingStatus[] } | null {
  const statuses: HoldingStatus[] = [];
  for (const holding of person.holdings) {
    const ref = holding.cert ? refs.get(holding.cert.id) : undefined;
    if (ref) statuses.push(holdingStatus(holding, ref, day, earnedAfterRetirementCounts));
  }
  if (statuses.length === 0) return null;
  return { valid: statuses.some((s) => s.valid), statuses };
}

export function certifiedPeople(ctx: MeasureContext, p: { certifications: CertRef[]; minPeople?: number }): MeasureOutput {
  const refs = new Map(p.certifications.map((r) => [r.id, r]));
  const items: ExplanationItem[] = [];
  let people = 0;
  for (const person of ctx.prepared.people.values()) {
    const status = personStatus(person, refs, ctx.checkDay, ctx.prepared.edition.certificationRules.earnedAfterRetirementCounts);
    if (!status) continue;
    if (status.valid) people++;
    if (ctx.explain) {
      const valid = status.statuses.filter((s) => s.valid).map((s) => s.reason);
      items.push({
        subject: person.id,
        subjectKind: 'person',
        ...(person.name ? { name: person.name } : {}),
        counted: status.valid,
        ...(status.valid ? { effect: 1 } : {}),
        reason: status.valid ? `holds ${[...new Set(valid)].join(', ')}` : [...new Set(status.statuses.map((s) => s.reason))].join('; '),
      });
    }
  }
  if (p.minPeople !== undefined) {
    const met = people >= p.minPeople;
    return {
      units: met ? 1 : 0,
      value: people,
      summary: `${met ? 'met' : 'not met'}: ${people} ${people === 1 ? 'person holds' : 'people hold'} one on ${ctx.checkDay}, ${p.minPeople} needed`,
      items,
    };
  }
  return { units: people, value: people, summary: `${count(people, 'person', 'people')} on ${ctx.checkDay}`, items };
}

/**
 * Whether a holding counts on `day` for some metric of the edition that lists it (earned, not expired, not past
 * its retirement grace, not earned after retirement where the edition says so, listed by the edition). The
 * People view uses it; the metrics use holdingStatus with each metric's own listing.
 */
export function holdingValidOn(holding: Holding, day: Day, edition: Edition): boolean {
  if (!holding.cert || holding.cert.notListed) return false;
  return holdingStatus(holding, { id: holding.cert.id }, day, edition.certificationRules.earnedAfterRetirementCounts).valid;
}
