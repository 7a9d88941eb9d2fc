/**
 * The rule editions by id and name, without their data: what the page's first screen needs (the selector and
 * the note above every view) without shipping the rules twice (the worker holds them). A test checks these
 * against the editions themselves (test/engine/rulesReference.test.ts).
 */
export const EDITION_NAMES: Record<string, string> = {
  '2024': 'Partner Capability Score rules, 2024 (seed documents 2023-07 to 2024-08)',
  '2026': 'Partner Capability Score rules, 2026 (Microsoft Learn pages checked 2026-05-08)',
};
/** Edition ids, oldest first. */
export const EDITION_IDS: string[] = Object.keys(EDITION_NAMES).sort();
export const DEFAULT_EDITION = EDITION_IDS.at(-1)!;
