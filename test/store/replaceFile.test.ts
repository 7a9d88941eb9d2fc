/**
 * Loading a corrected file with the name of a loaded one replaces it (not summed beside it), says so, and can
 * be undone; a file that loads nothing never replaces anything. The store runs against the real engine API over
 * a MessageChannel.
 */
import 'fake-indexeddb/auto';
import { expose, wrap } from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import { useStore } from '../../src/store/store';
import { createEngineApi, type EngineApi } from '../../src/worker/api';
import { setEngine } from '../../src/worker/client';

const channel = new MessageChannel();
expose(createEngineApi(), channel.port1);
setEngine(wrap<EngineApi>(channel.port2));
afterAll(() => {
  channel.port1.close();
  channel.port2.close();
});

const azure = (acr: number) => new File([`tenant_id,month,service,association,acr_usd\nt1,2025-10,Storage,PAL,1000\nt1,2026-10,Storage,PAL,${acr}\n`], 'azure.csv', { type: 'text/csv' });
const acrOf = async () => {
  const { load, edition } = useStore.getState();
  const { engine } = await import('../../src/worker/client');
  const report = await engine().score(load!.version, '2026-10', edition ?? undefined);
  // The usage-growth summary names last month's ACR total ("$1,000 in 2025-10 → $2,500 in 2026-10").
  return report.designations[1]!.paths[0]!.metrics.find((m) => m.id === 'usage-growth')!.summary;
};

describe('a file with the name of a loaded one', () => {
  it('replaces it, offers undo, and undo puts the old one back', async () => {
    await useStore.getState().addFiles([azure(1000)]);
    expect(useStore.getState().files.map((f) => f.name)).toEqual(['azure.csv']);
    await useStore.getState().addFiles([azure(2500)]);
    // One azure.csv, the new one: $2,500, not $3,500 summed.
    expect(useStore.getState().files.map((f) => f.name)).toEqual(['azure.csv']);
    expect(useStore.getState().replaced?.names).toEqual(['azure.csv']);
    expect(await acrOf()).toContain('→ $2,500 in 2026-10');
    await useStore.getState().undoReplace();
    expect(useStore.getState().replaced).toBeNull();
    expect(await acrOf()).toContain('→ $1,000 in 2026-10');
  });

  it('a broken file of the same name replaces nothing', async () => {
    const before = useStore.getState().files.map((f) => f.id);
    await useStore.getState().addFiles([new File(['foo,bar\n1,2\n'], 'azure.csv')]);
    expect(useStore.getState().files.map((f) => f.id)).toEqual(before);
    expect(useStore.getState().lastAttempt?.kept).toBe(false);
  });
});
