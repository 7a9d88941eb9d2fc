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

/**
 * Why a holding does not count on `day` for a metric that lists it as `ref`, or null when it counts. A code, not
 * a text: the numbers ask this of every holding for every metric and window day, and only the explanation
 * lines read the reason (holdingStatus).
 */
type HoldingMiss = 'earnedAfterDay' | 'earnedAfterRetirement' | 'expired' | 'pastGrace' | 'metricUntil' | 'metricFrom';
function holdingMiss(holding: Holding, ref: CertRef, day: Day, earnedAfterRetirementCounts: boolean): HoldingMiss | null {
  if (holding.earnedOn && holding.earnedOn > day) return 'earnedAfterDay';
  // RULES-2026 AMB26-47: "if completed before retirement": one earned after its retirement date never counts.
  const retiredOn = holding.cert?.retiredOn;
  if (!earnedAfterRetirementCounts && retiredOn && holding.earnedOn && holding.earnedOn > retiredOn) return 'earnedAfterRetirement';
  if (holding.expiresOn && holding.expiresOn < day) return 'expired';
  const through = holding.cert?.eligibleThrough;
  if (through && through < day) return 'pastGrace';
  if (ref.until && ref.until < day) return 'metricUntil';
  if (ref.from && ref.from > day) return 'metricFrom';
  return null;
}

/** Why a holding does or does not count on `day` for a metric that lists it as `ref` (explanation lines). */
function holdingStatus(holding: Holding, ref: CertRef, day: Day, earnedAfterRetirementCounts: boolean): HoldingStatus {
  const name = (holding.cert ? shortCertificationName(holding.cert.name) : undefined) ?? holding.name;
  const miss = holdingMiss(holding, ref, day, earnedAfterRetirementCounts);
  return { valid: miss === null, reason: miss === null ? name : `${name} ${missText(miss, holding, ref, day)}` };
}

function missText(miss: HoldingMiss, holding: Holding, ref: CertRef, day: Day): string {
  const retiredOn = holding.cert?.retiredOn;
  switch (miss) {
    case 'earnedAfterDay':
      return `earned ${holding.earnedOn}, after ${day}`;
    case 'earnedAfterRetirement':
      return `was earned on ${holding.earnedOn}, after it retired on ${retiredOn}: it does not count`;
    case 'expired':
      return `expired on ${holding.expiresOn}`;
    case 'pastGrace':
      return `retired${retiredOn ? ` on ${retiredOn}` : ''} and counted only through ${holding.cert?.eligibleThrough}`;
    case 'metricUntil':
      return `no longer counts for this metric after ${ref.until}`;
    case 'metricFrom':
      return `counts for this metric only from ${ref.from}`;
  }
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

/** Whether some holding of the person that the metric lists counts on `day`: personStatus's `valid`, without texts. */
function personCounts(person: Person, refs: Map<string, CertRef>, day: Day, earnedAfterRetirementCounts: boolean): boolean {
  for (const holding of person.holdings) {
    const ref = holding.cert ? refs.get(holding.cert.id) : undefined;
    if (ref && holdingMiss(holding, ref, day, earnedAfterRetirementCounts) === null) return true;
  }
  return false;
}

export function certifiedPeople(ctx: MeasureContext, p: { certifications: CertRef[]; minPeople?: number }): MeasureOutput {
  const refs = new Map(p.certifications.map((r) => [r.id, r]));
  const items: ExplanationItem[] = [];
  let people = 0;
  const { earnedAfterRetirementCounts } = ctx.prepared.edition.certificationRules;
  for (const person of ctx.prepared.people.values()) {
    if (!ctx.explain) {
      if (personCounts(person, refs, ctx.checkDay, earnedAfterRetirementCounts)) people++;
      continue;
    }
    const status = personStatus(person, refs, ctx.checkDay, earnedAfterRetirementCounts);
    if (!status) continue;
    if (status.valid) people++;
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
  return holdingMiss(holding, { id: holding.cert.id }, day, edition.certificationRules.earnedAfterRetirementCounts) === null;
}
