/** The architecture's boundaries are lint rules that fail at any depth (eslint.config.js). */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('architecture boundaries', () => {
  it('the engine may not import the store, even two folders deep', async () => {
    expect(await boundaryErrors('src/engine/measures/zz.ts', "import { useStore } from '../../store/store';\nexport const x = useStore;\n")).toHaveLength(1);
  });
  it('io may not import features, ui or the worker', async () => {
    expect(await boundaryErrors('src/io/zz.ts', "import { toCsv } from '../ui/csv';\nexport const x = toCsv;\n")).toHaveLength(1);
    expect(await boundaryErrors('src/io/zz.ts', "import { engine } from '../worker/client';\nexport const x = engine;\n")).toHaveLength(1);
  });
  it('the worker may not import features; the engine may import itself', async () => {
    expect(await boundaryErrors('src/worker/zz.ts', "import { App } from '../features/app/App';\nexport const x = App;\n")).toHaveLength(1);
    expect(await boundaryErrors('src/engine/measures/zz.ts', "import { nameKey } from '../vocabulary';\nexport const x = nameKey;\n")).toEqual([]);
  });
});
