/** docs/rules/<edition>.md is what the rule data says: regenerate with `npx tsx scripts/make-rules-docs.ts`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITION_IDS, editions } from '../../src/engine/rules';
import { rulesReference } from '../../src/engine/rules/reference';

describe('rules reference', () => {
  for (const edition of Object.values(editions)) {
    it(`docs/rules/${edition.id}.md is up to date with the rule data`, () => {
      const checkedIn = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'rules', `${edition.id}.md`), 'utf8');
      expect(checkedIn, `docs/rules/${edition.id}.md is stale: run npx tsx scripts/make-rules-docs.ts`).toBe(rulesReference(edition));
    });
  }
  it('the page knows every edition the engine has, by the same id (rules/ids.ts, shipped without the rule data)', () => {
    expect(Object.keys(editions).sort()).toEqual(EDITION_IDS);
    for (const id of EDITION_IDS) expect(editions[id]!.id).toBe(id);
  });
  it('a rule change shows in the reference', () => {
    const edition = editions['2026']!;
    const changed = { ...edition, qualification: { ...edition.qualification, minTotal: 71 } };
    expect(rulesReference(changed)).not.toBe(rulesReference(edition));
    expect(rulesReference(changed)).toContain('At least 71 points');
  });
});
