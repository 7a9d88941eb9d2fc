/**
 * Matching names the way FORMATS.md and AMB-62/64 say: case- and punctuation-insensitive, through alias lists
 * that are rule data. Lookups are built once per edition and cached.
 */
import type { CertificationDef, Edition } from './rules/types';

/** Lower case, letters and digits only: "Microsoft Defender for Endpoint" ~ "microsoft-defender-for-endpoint". */
export function nameKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9+&]/g, '');
}

/** AMB-64: ids are compared case-insensitively after trimming. */
export function idKey(text: string): string {
  return text.trim().toLowerCase();
}

export interface Vocabulary {
  association(text: string): { canonical: string; family: string } | undefined;
  azureService(text: string): string;
  m365Workload(text: string): string;
  /** The rate-card workload a usage row belongs to (AMB-55), or undefined when it has none. */
  usageWorkload(text: string): string | undefined;
  /** The §3.3 revenue workload, or undefined when it is not eligible. */
  revenueWorkload(text: string): string | undefined;
  certification(text: string): CertificationDef | undefined;
}

const cache = new WeakMap<Edition, Vocabulary>();

/** Files repeat the same few spellings a million times: look each one up once. */
function memo<T>(lookup: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const value = lookup(text);
    if (known.size < 100_000) known.set(text, value);
    return value;
  };
}

function aliasMap(groups: Record<string, string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(groups)) {
    map.set(nameKey(canonical), canonical);
    for (const alias of aliases) map.set(nameKey(alias), canonical);
  }
  return map;
}

// RULES-2026 AMB26-43: "Microsoft Certified:", "Microsoft 365 Certified:" and "GitHub Certified:" are optional.
const CERT_PREFIXES = ['microsoft certified:', 'microsoft 365 certified:', 'github certified:', 'microsoft certified', 'microsoft 365 certified', 'github certified'];

function certificationKeys(def: CertificationDef): string[] {
  const names = [def.name, ...def.aliases];
  const keys = new Set<string>();
  for (const name of names) {
    keys.add(nameKey(name));
    const lower = name.toLowerCase();
    for (const prefix of CERT_PREFIXES) if (lower.startsWith(prefix)) keys.add(nameKey(name.slice(prefix.length)));
  }
  for (const code of def.examCodes) keys.add(nameKey(code));
  return [...keys];
}

export function vocabularyOf(edition: Edition): Vocabulary {
  const cached = cache.get(edition);
  if (cached) return cached;

  const associations = new Map<string, { canonical: string; family: string }>();
  for (const a of edition.associations) {
    for (const name of [a.canonical, ...a.aliases]) associations.set(nameKey(name), { canonical: a.canonical, family: a.family });
  }
  const services = aliasMap(edition.azure.serviceAliases);
  const workloads = aliasMap(edition.m365WorkloadAliases);
  const usage = new Map<string, string>();
  for (const entry of edition.bizapps.rateCard) {
    usage.set(nameKey(entry.workload), entry.workload);
    for (const member of entry.members) usage.set(nameKey(member), entry.workload);
  }
  const revenue = new Map(edition.bizapps.revenueWorkloads.map((w) => [nameKey(w), w]));
  for (const [canonical, aliases] of Object.entries(edition.bizapps.revenueWorkloadAliases ?? {})) for (const alias of aliases) revenue.set(nameKey(alias), canonical);
  const certs = new Map<string, CertificationDef>();
  for (const def of edition.certifications) for (const key of certificationKeys(def)) certs.set(key, def);
  // "Exam AZ-104" and "AZ-104: Microsoft Azure Administrator" forms: take the exam code when one leads the text.
  const examCode = /^(?:exam\s*)?([a-z]{2,3})[-\s]?(\d{3})\b/i;

  const vocabulary: Vocabulary = {
    association: memo((text) => associations.get(nameKey(text))),
    azureService: memo((text) => services.get(nameKey(text)) ?? text.trim()),
    m365Workload: memo((text) => workloads.get(nameKey(text)) ?? text.trim()),
    usageWorkload: memo((text) => usage.get(nameKey(text))),
    revenueWorkload: memo((text) => revenue.get(nameKey(text))),
    certification: memo((text) => {
      const direct = certs.get(nameKey(text));
      if (direct) return direct;
      const lower = text.trim().toLowerCase();
      for (const prefix of CERT_PREFIXES) {
        if (lower.startsWith(prefix)) {
          const found = certs.get(nameKey(text.trim().slice(prefix.length)));
          if (found) return found;
        }
      }
      const code = examCode.exec(text.trim());
      return code ? certs.get(nameKey(`${code[1]}${code[2]}`)) : undefined;
    }),
  };
  cache.set(edition, vocabulary);
  return vocabulary;
}
