// Lint uses typescript-eslint, which needs TypeScript's JS API (the `typescript` 6.x package);
// type-checking uses the native TypeScript 7 compiler (`typescript-native`), see README.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'url', 'http'];

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'out/**', 'out-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/.tmp/**', 'web-workspace/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // French copy puts no-break spaces inside « » and before : ; ! ? (issue 7): allowed in text, never in code.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true, skipComments: true, skipRegExps: true }],
    },
  },
  {
    files: ['electron/**/*.{ts,tsx}', 'tests/**/*.ts', 'scripts/**/*.ts', '*.config.ts', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'Le renderer ne touche pas à Node : passer par window.api.' },
            { group: ['electron', 'better-sqlite3', 'exceljs', '**/electron/**'], message: 'Le renderer passe par window.api.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ reste pur : ni Node, ni DOM, ni base de données.' },
            { group: ['electron', 'better-sqlite3', 'exceljs', 'react', 'react-dom', '**/electron/**', '**/renderer/**'], message: 'shared/ reste pur.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.{ts,tsx}'],
    ignores: ['electron/main/shell/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: "Seul electron/main/shell/ importe electron : le reste tourne dans Node nu (tests, hôte de test, CLI)." }] },
      ],
    },
  },
);
