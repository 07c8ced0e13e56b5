import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  // tests/independent-simulators: written by others who never saw the detector, and kept as they wrote them.
  { ignores: ['dist', 'dist-*', '.tmp-*', 'node_modules', 'test-results', 'playwright-report', 'bench-results', 'src/content/generated', 'tests/independent-simulators'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The medicine lives in pure functions: no React, no database, no browser storage.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', 'dexie', 'dexie-*', '**/db/*', '**/features/*', '**/app/*', '**/ui/*'] },
      ],
    },
  },
  {
    // Imports run one way: app → features → (domain, db, content, ui). Only src/db touches Dexie.
    files: ['src/features/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/app/*', 'dexie'] }],
    },
  },
  {
    // The house's layers (README "How the code is laid out"), checked on every import:
    // each feature keeps to itself, the shared layers never reach up into a
    // feature or the shell, and no two modules import each other in a circle.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'A feature does not import another feature: move what both need to src/ui, src/domain or src/db.',
            })),
            {
              target: ['./src/domain', './src/db', './src/content', './src/ui'],
              from: ['./src/features', './src/app'],
              message: 'Shared layers (domain, db, content, ui) never import a feature or the app shell.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'Features do not import the app shell: shared paths live in src/ui/paths.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
);
