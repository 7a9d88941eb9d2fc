/**
 * Serves the built app (dist/) in this process with Vite's preview server on a free loopback port, and checks
 * that what it serves is the build on disk (not a server left over from another run). The caller owns the
 * server and must `close()` it, also when a test fails. Used by the browser tests and `npm run bench:browser`.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { preview } from 'vite';

export interface BuildServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveBuild(root: string): Promise<BuildServer> {
  const outDir = join(root, 'dist');
  const builtIndex = readFileSync(join(outDir, 'index.html'), 'utf8');
  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('the preview server has no TCP address');
  }
  const origin = `http://127.0.0.1:${address.port}`;
  const served = await (await fetch(origin)).text();
  if (served !== builtIndex) {
    await server.close();
    throw new Error(`${origin} does not serve this checkout's dist/index.html`);
  }
  return { origin, close: () => server.close() };
}
