/**
 * Scenarios that come from outside (a JSON file, a shared link) are validated like imported rows: zod checks
 * the shape and every value, and a bad one gets a message that says where.
 */
// zod/mini: the same checks in a fraction of the size (this runs on the page, not in the worker).
import * as z from 'zod/mini';
import type { Change, Scenario } from '../engine/scenario';

const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM'));
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));
const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
/**
 * Realistic maxima, so a link cannot ask the engine to score $1e308 (it would never finish): a customer's
 * monthly ACR or revenue up to $1 billion either way, seats and users up to 10 million, usage up to 1 billion.
 * (zod numbers are finite: Infinity and NaN are refused.)
 */
const MAX_USD = 1e9;
const count = z.int().check(z.minimum(0), z.maximum(10_000_000, 'at most 10,000,000'));
const usd = z.number().check(z.minimum(-MAX_USD, 'at least −$1,000,000,000'), z.maximum(MAX_USD, 'at most $1,000,000,000 a month'));
const usageCount = z.int().check(z.minimum(0), z.maximum(1e9, 'at most 1,000,000,000'));
const grant = z.object({ certificationId: text, earnedOn: z.optional(day), expiresOn: z.optional(day) });
const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

const changeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('addPerson'), personId: text, name: z.optional(text), certifications: z.array(grant).check(z.minLength(1), z.maxLength(50)) }),
  z.object({ type: z.literal('certifyPerson'), personId: text, certificationId: text, earnedOn: z.optional(day), expiresOn: z.optional(day) }),
  z.object({ type: z.literal('expireCertification'), personId: text, certificationId: text, on: day }),
  z.object({
    type: z.literal('addCustomer'),
    tenantId: text,
    name: z.optional(text),
    segment: z.optional(text),
    fromMonth: month,
    azure: z.optional(list(z.object({ service: text, association: text, acrUsd: usd }), 100)),
    m365: z.optional(list(z.object({ workload: text, association: text, paidSeats: count, activeUsers: count }), 100)),
    bizappsRevenue: z.optional(list(z.object({ workload: text, association: text, revenueUsd: usd }), 100)),
    bizappsUsage: z.optional(list(z.object({ workload: text, association: text, usage: usageCount }), 100)),
  }),
  z.object({
    type: z.literal('growUsage'),
    tenantId: text,
    kind: z.enum(['azure', 'm365', 'bizappsRevenue', 'bizappsUsage']),
    name: text,
    association: text,
    delta: z.int().check(z.minimum(-MAX_USD), z.maximum(MAX_USD, 'at most 1,000,000,000')),
    fromMonth: month,
  }),
  z.object({ type: z.literal('removeCustomer'), tenantId: text }),
]);

const scenarioSchema = z.object({ id: text, name: text, month: z.optional(month), changes: list(changeSchema, 500) });

export function parseScenario(value: unknown): { ok: true; scenario: Scenario } | { ok: false; message: string } {
  const result = scenarioSchema.safeParse(value);
  if (result.success) return { ok: true, scenario: result.data as Scenario };
  const issue = result.error.issues[0]!;
  return { ok: false, message: `not a valid scenario: ${issue.path.join('.') || 'the file'} — ${issue.message}` };
}

/** The link fragment holds only the changes (never the data): `#scenario=<base64url JSON>`. */
export function encodeScenario(scenario: Scenario): string {
  const bytes = new TextEncoder().encode(JSON.stringify(scenario));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeScenario(encoded: string): ReturnType<typeof parseScenario> {
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return parseScenario(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return { ok: false, message: 'the link does not hold a readable scenario' };
  }
}

export function parseChange(value: unknown): { ok: true; change: Change } | { ok: false; message: string } {
  const result = changeSchema.safeParse(value);
  if (result.success) return { ok: true, change: result.data as Change };
  const issue = result.error.issues[0]!;
  return { ok: false, message: `${issue.path.join('.') || 'change'}: ${issue.message}` };
}
