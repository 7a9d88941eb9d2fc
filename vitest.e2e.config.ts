import { defineConfig } from 'vitest/config';

/** Browser tests: real headless Chromium (Debian's) against the built app served by `vite preview`. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
