import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Architecture (README "What is here"), enforced at any depth by eslint-plugin-boundaries:
 * engine imports only engine; io only engine and io; worker nothing from features or store; ui only engine
 * and ui; store no features; cli only engine, io and cli.
 */
const layer = (type) => ({ to: { element: { type } } });
const allow = (from, ...types) => ({ from: { element: { type: from } }, allow: types.map(layer) });

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'public', 'reports', '.stryker-tmp'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'boundaries/elements': [
        { type: 'engine', pattern: 'src/engine' },
        { type: 'io', pattern: 'src/io' },
        { type: 'worker', pattern: 'src/worker' },
        { type: 'store', pattern: 'src/store' },
        { type: 'ui', pattern: 'src/ui' },
        { type: 'features', pattern: 'src/features' },
        { type: 'cli', pattern: 'src/cli' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            allow('engine', 'engine'),
            allow('io', 'engine', 'io'),
            allow('ui', 'engine', 'ui'),
            allow('worker', 'engine', 'io', 'ui', 'worker'),
            allow('store', 'engine', 'io', 'worker', 'store'),
            allow('features', 'engine', 'io', 'ui', 'worker', 'store', 'features'),
            allow('cli', 'engine', 'io', 'cli'),
          ],
        },
      ],
    },
  },
  {
    // The engine is pure: no React, no DOM, no I/O (see README "Architecture").
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react*', 'node:*', 'fs', 'path'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage', 'indexedDB', 'Date'],
    },
  },
);
