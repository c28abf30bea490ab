// Lint rules that keep the layers apart and the code honest. Type-aware rules use the per-folder tsconfigs.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const sharedLayering = {
  patterns: [
    {
      group: ['electron', 'electron/*'],
      message: 'shared/ runs in the renderer and in Node: it may not import Electron. Put host code in electron/main.',
    },
    {
      regex: '^node:',
      message: 'shared/ is pure TypeScript: no node:* imports. Put file-system code in electron/core.',
    },
    {
      group: ['**/electron/**', '**/renderer/**', '@core/*'],
      message: 'shared/ may not import app code from electron/ or renderer/. Move the shared piece into shared/ instead.',
    },
  ],
};

const coreLayering = {
  patterns: [
    {
      group: ['electron', 'electron/*'],
      message: 'electron/core is Node-only so vitest can run it directly: inject what you need from electron/main instead.',
    },
    { group: ['**/renderer/**'], message: 'The core may not import renderer code.' },
  ],
};

const rendererLayering = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'The renderer talks to the host only through renderer/api (the contract).' },
    { regex: '^node:', message: 'The renderer runs in a sandboxed page: no node:* imports.' },
    { group: ['**/electron/**'], message: 'The renderer may not import electron/ code; use the API contract in shared/api.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/**', 'bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'electron/cli/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // `import { type A }` keeps a bare `import 'x'` under verbatimModuleSyntax: the module (and zod, for a schema module) would load for a type.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: { 'no-restricted-imports': ['error', sharedLayering] },
  },
  {
    files: ['electron/core/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', coreLayering] },
  },
  { files: ['electron/**/*.ts', 'electron/**/*.mjs', 'tests/**/*.ts'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'no-restricted-imports': ['error', rendererLayering] },
  },
  {
    // Tool configs must default-export their config.
    files: ['*.config.js', '**/*.config.ts', 'tests/playwright.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Playwright fixtures must destructure their (unused) dependencies.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
