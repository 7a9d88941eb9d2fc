import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

/**
 * Mutation testing (npm run mutate) runs the tests that can kill a mutant of the engine: engine, CLI, import and
 * worker tests. Not the fuzzing (minutes per mutant, and it asserts robustness, not rules), the lint guard rails,
 * the browser tests, or the component and store tests (they test the page, in jsdom, a second per file); the
 * properties run 8 random datasets instead of 60.
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      exclude: ['test/e2e/**', 'test/fuzz/**', 'test/guardrails/**', 'test/components/**', 'test/store/**', 'node_modules/**'],
      env: { PROPERTY_RUNS: '8' },
    },
  }),
);
