// ESLint for the TypeScript and React code. `npm run lint` runs it alone; `npm run check` runs it with the
// other checks. The type-checked presets are left out on purpose: they need the whole program built for
// every run, which would take `npm run check` past its time budget; `npm run typecheck` covers types.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    'node_modules/',
    'build/',
    'build.*/',
    'build-sub-path*/',
    '.docusaurus/',
    '.cache-loader/',
    '.bench/',
    'test-results/',
    // Release packs archived at their cut: published files, kept byte for byte.
    'versioned_downloads/',
    'versioned_pages/',
    // Generated from schemas/ by `npm run types`.
    'src/core/generated/',
    // Fixtures hold content that is wrong on purpose, including code in unsafe MDX.
    'tests/fixtures/',
  ]),
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
      // Said outright: typescript-eslint otherwise guesses it, and refuses when one process has loaded two configs.
      parserOptions: { tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Names that start with _ are unused on purpose (a callback's position, a rest sibling that drops a key).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Code that runs in the reader's browser: React components, pages and the swizzled theme parts.
    files: ['src/components/**/*.{ts,tsx}', 'src/pages/**/*.{ts,tsx}', 'src/theme/**/*.{ts,tsx}'],
    extends: [jsxA11y.flatConfigs.recommended],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The two rules of hooks. The plugin's React Compiler rules are left out: the site does not use the
      // compiler, and those rules compile every component, which took three quarters of the lint time.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The library's part of the offline service worker runs in the worker, not in a page or in Node.
    files: ['src/plugins/offline/service-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  // Last, so that no rule above argues with Prettier about layout.
  prettier,
]);
