import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

/**
 * Mutation testing (npm run mutate) runs the unit tests that can kill a mutant: not the fuzzing (minutes per
 * mutant, and it asserts robustness, not rules), the lint guard rails or the browser tests.
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: { exclude: ['test/e2e/**', 'test/fuzz/**', 'test/guardrails/**', 'node_modules/**'] },
  }),
);
