/** IndexedDB failures: the app keeps the data in memory, says it will not survive a reload, deletes nothing. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('storage that fails', () => {
  it('without IndexedDB (private mode): values live in memory and the problem is reported once', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const persistence = await import('../../src/store/persistence');
    const problems: string[] = [];
    persistence.onStorageProblem((p) => problems.push(p));
    await persistence.saveFile('a', 'tenant_id\n1\n');
    expect(await persistence.loadFile('a')).toBe('tenant_id\n1\n');
    await persistence.idbStorage.setItem('state', '{"x":1}');
    expect(await persistence.idbStorage.getItem('state')).toBe('{"x":1}');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/not being saved.*private mode.*gone after a reload; nothing already stored was deleted/);
  });

  it('storage full: the write stays in memory, what is stored stays stored', async () => {
    const persistence = await import('../../src/store/persistence');
    await persistence.saveFile('kept', 'old file');
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const problems: string[] = [];
    persistence.onStorageProblem((p) => problems.push(p));
    await persistence.saveFile('big', 'new file');
    expect(problems[0]).toContain('the browser storage is full');
    expect(await persistence.loadFile('big')).toBe('new file');
    expect(await persistence.loadFile('kept')).toBe('old file');
    spy.mockRestore();
  });
});
