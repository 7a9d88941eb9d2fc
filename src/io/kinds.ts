/**
 * The kinds of file FORMATS.md defines, as data: fields, whether required, synonyms (including the Partner
 * Center Insights download column names), value types, and where each file comes from.
 */
export type FileKind = 'certifications' | 'customers' | 'azure' | 'm365' | 'bizapps_revenue' | 'bizapps_usage' | 'partner';

type ValueType = 'text' | 'month' | 'day' | 'amount' | 'count' | 'share';

export interface FieldSpec {
  /** The field's name in FORMATS.md. */
  field: string;
  /** The property of the typed row it fills. */
  prop: string;
  required: boolean;
  type: ValueType;
  synonyms: string[];
}

export interface KindSpec {
  kind: FileKind;
  label: string;
  /** Where the file comes from, for the templates and the import screen. */
  origin: string;
  fields: FieldSpec[];
}

const f = (field: string, prop: string, type: ValueType, required: boolean, synonyms: string[] = []): FieldSpec => ({ field, prop, type, required, synonyms });

const tenant = f('tenant_id', 'tenantId', 'text', true, ['customer tenant id', 'tenant id', 'customer tenant', 'tenant']);
const month = f('month', 'month', 'month', true, ['fiscal month name', 'fiscal month', 'usage month', 'period']);
const association = f('association', 'association', 'text', true, ['partner attribution type', 'association type', 'partner association type', 'attribution type']);
const workload = f('workload', 'workload', 'text', true, ['workload name', 'workloads']);

export const KINDS: KindSpec[] = [
  {
    kind: 'certifications',
    label: 'Certified people',
    origin: 'Partner Center → Insights → Skilling (or Learn profiles linked to your organization): one row per person and certification.',
    fields: [
      f('person_id', 'personId', 'text', true, ['email', 'corp email', 'learner id', 'mcp id', 'user id', 'person id', 'email address']),
      f('person_name', 'personName', 'text', false, ['name', 'full name', 'learner name']),
      f('first_name', 'firstName', 'text', false, ['first name', 'given name']),
      f('last_name', 'lastName', 'text', false, ['last name', 'surname', 'family name']),
      f('certification', 'certificationName', 'text', true, ['certification name', 'training title', 'credential', 'exam', 'certification title']),
      f('earned_on', 'earnedOn', 'day', false, ['earned date', 'completion date', 'training completion date', 'earned']),
      f('expires_on', 'expiresOn', 'day', false, ['expiry date', 'expiration date', 'expires', 'valid until']),
    ],
  },
  {
    kind: 'customers',
    label: 'Customers',
    origin: 'Your customer list (Partner Center → Customers export), with the customer segment for the Azure SMB path.',
    fields: [
      tenant,
      f('customer_name', 'customerName', 'text', false, ['customer name', 'customer tenant name', 'company name']),
      f('segment', 'segment', 'text', false, ['customer segment', 'top segment']),
    ],
  },
  {
    kind: 'azure',
    label: 'Azure consumed revenue',
    origin: 'Partner Center → Insights → Azure consumed revenue (ACR) download: one row per tenant, month, service and association.',
    fields: [
      tenant,
      month,
      f('service', 'service', 'text', true, ['service level 2', 'servicelevel2', 'service name']),
      association,
      f('offer', 'offer', 'text', false, ['offer type', 'offer category']),
      f('acr_usd', 'acrUsd', 'amount', true, ['acr', 'azure consumed revenue usd', 'acr usd', 'azure consumed revenue']),
      // FORMATS.md "Edition 2026": optional; sovereign-cloud rows are excluded by edition 2026 (AMB26-17).
      f('cloud', 'cloud', 'text', false, ['cloud environment', 'cloud type', 'azure cloud', 'azure environment', 'environment']),
    ],
  },
  {
    kind: 'm365',
    label: 'Microsoft 365 seats and usage',
    origin: 'Partner Center → Insights → Microsoft 365 usage download: paid seats and active users per tenant, month, workload and association.',
    fields: [
      tenant,
      month,
      workload,
      association,
      f('paid_seats', 'paidSeats', 'count', true, ['paid available units', 'pau', 'paid seats', 'paid units']),
      f('active_users', 'activeUsers', 'count', true, ['monthly active users', 'mau', 'active seats', 'active users']),
      f('associated_on', 'associatedOn', 'day', false, ['date associated', 'association date']),
    ],
  },
  {
    kind: 'bizapps_revenue',
    label: 'Dynamics 365 / Power Platform revenue',
    origin: 'Partner Center → Insights → Business Applications revenue download (adjusted revenue per tenant, month, workload and association).',
    fields: [tenant, month, workload, association, f('revenue_usd', 'revenueUsd', 'amount', true, ['adjusted revenue', 'adjusted revenue amt cd', 'revenue'])],
  },
  {
    kind: 'bizapps_usage',
    label: 'Dynamics 365 / Power Platform usage',
    origin: 'Partner Center → Insights → Business Applications usage download (monthly active users, or profiles for Customer Insights).',
    fields: [tenant, month, workload, association, f('usage', 'usage', 'count', true, ['mau', 'monthly active users', 'profiles', 'active users'])],
  },
  {
    kind: 'partner',
    label: 'Partner settings',
    origin: 'Optional key,value settings: month, acr_ttm_usd, smb_customer_share, enrolled:<designation-id>.',
    fields: [f('key', 'key', 'text', true, ['setting', 'name']), f('value', 'value', 'text', true, [])],
  },
];

export const KIND_BY_ID: Record<FileKind, KindSpec> = Object.fromEntries(KINDS.map((k) => [k.kind, k])) as Record<FileKind, KindSpec>;

/**
 * FORMATS.md: header names match case-, space-, underscore- and hyphen-insensitively. Other punctuation is
 * ignored too, so Partner Center's `ACR (USD)` matches `acr_usd`.
 */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

export type ColumnMapping = Record<string, number>;

/** Maps a kind's fields to column indexes; the field name itself is always a synonym. */
export function mapColumns(spec: KindSpec, headers: string[]): ColumnMapping {
  const keys = headers.map(headerKey);
  const mapping: ColumnMapping = {};
  for (const field of spec.fields) {
    for (const name of [field.field, ...field.synonyms]) {
      const index = keys.indexOf(headerKey(name));
      if (index >= 0 && !Object.values(mapping).includes(index)) {
        mapping[field.field] = index;
        break;
      }
    }
  }
  return mapping;
}

export function missingRequired(spec: KindSpec, mapping: ColumnMapping): string[] {
  return spec.fields.filter((f) => f.required && mapping[f.field] === undefined).map((f) => f.field);
}

/** Which kind a header row is: every required field present; most fields matched wins. */
export function detectKind(headers: string[]): { kind: FileKind; mapping: ColumnMapping } | null {
  let best: { kind: FileKind; mapping: ColumnMapping; matched: number } | null = null;
  for (const spec of KINDS) {
    const mapping = mapColumns(spec, headers);
    if (missingRequired(spec, mapping).length > 0) continue;
    const matched = Object.keys(mapping).length;
    if (!best || matched > best.matched) best = { kind: spec.kind, mapping, matched };
  }
  return best ? { kind: best.kind, mapping: best.mapping } : null;
}
