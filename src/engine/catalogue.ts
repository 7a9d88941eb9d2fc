/**
 * What the page needs to know about a rule edition to offer choices (certifications a person can still earn,
 * the one-click additions, the edition it is compared with): a small summary sent by the worker, so the rule
 * data itself ships once, in the worker.
 */
import { shortCertificationName } from './names';
import { editions, getEdition } from './rules';

export interface CertificationChoice {
  id: string;
  /** Name without the "Microsoft Certified:" prefix, as people say it. */
  name: string;
  examCodes: string[];
}

export interface EditionSummary {
  id: string;
  name: string;
  /** Certifications a person can still earn under this edition: listed by a metric and not retired. */
  certifications: CertificationChoice[];
  /** The simulator's one-click "+1 person" certifications (ids of `certifications`). */
  quickCertifications: string[];
  specializationsNote?: string;
  /** The older edition whose changes this one lists, if any. */
  comparedWith?: string;
  /** Every certification id any edition knows → its short name (to describe saved changes). */
  names: Record<string, string>;
}

export function editionSummary(id: string): EditionSummary {
  const edition = getEdition(id);
  const certifications = edition.certifications.filter((c) => !c.retiredOn && !c.notListed).map((c) => ({ id: c.id, name: shortCertificationName(c.name), examCodes: c.examCodes }));
  const earnable = new Set(certifications.map((c) => c.id));
  return {
    id: edition.id,
    name: edition.name,
    certifications,
    quickCertifications: edition.quickCertifications.filter((c) => earnable.has(c)),
    ...(edition.specializationsNote ? { specializationsNote: edition.specializationsNote } : {}),
    ...(edition.changesFrom ? { comparedWith: edition.changesFrom.edition } : {}),
    names: Object.fromEntries(Object.values(editions).flatMap((e) => e.certifications.map((c) => [c.id, shortCertificationName(c.name)]))),
  };
}
