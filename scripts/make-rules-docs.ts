/** Writes docs/rules/<edition>.md from the rule data (src/engine/rules). Run: npx tsx scripts/make-rules-docs.ts */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editions } from '../src/engine/rules';
import { rulesReference } from '../src/engine/rules/reference';

const dir = join(import.meta.dirname, '..', 'docs', 'rules');
mkdirSync(dir, { recursive: true });
for (const edition of Object.values(editions)) {
  writeFileSync(join(dir, `${edition.id}.md`), rulesReference(edition));
  console.log(`wrote docs/rules/${edition.id}.md`);
}
