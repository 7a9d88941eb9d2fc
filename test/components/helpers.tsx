/** Scores the sample partner once for component tests (no worker: the engine is called directly). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scoreDataset, type ScoreReport } from '../../src/engine';
import { importFiles } from '../../src/io/import';
import { sourceFromText } from '../../src/io/source';

export async function sampleReport(): Promise<ScoreReport> {
  const dir = join(import.meta.dirname, '..', '..', 'public', 'samples');
  const imported = await importFiles(readdirSync(dir).map((f) => sourceFromText(f, readFileSync(join(dir, f), 'utf8'))));
  return scoreDataset(imported.dataset);
}
