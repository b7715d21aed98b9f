// ESLint flat config: typescript-eslint, the Office add-in rules of eslint-plugin-office-addins (from office-addin-lint),
// eslint-plugin-react, and eslint-config-prettier last (it turns off ESLint's layout rules).
//
// No formatter is enforced: prettier would rewrite 195 of the 316 files at once (issue 17 chose to drop it rather than
// collide with every open branch); keep the surrounding code's style (single quotes, 120 columns, two-space indent).
//
// Not the office-addins "recommended" preset itself: it pins an older typescript-eslint parser, sets ecmaVersion 6
// and turns every prettier difference into a lint error. Its Office.js rules are all here, at the same levels.
'use strict';

const { builtinModules } = require('node:module');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const react = require('eslint-plugin-react');
const reactHooks = require('eslint-plugin-react-hooks');
const officeAddins = require('eslint-plugin-office-addins');
const prettier = require('eslint-config-prettier');
const globals = require('globals');

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

/** src/model is pure: no host, no UI, no I/O (see the architecture rules). */
const modelImportBan = {
  paths: [
    ...['exceljs', 'docx', 'react', 'react-dom', 'office-js', '@microsoft/office-js', 'custom-functions-runtime'].map(
      (name) => ({
        name,
        message: 'src/model is pure TypeScript: hosts (ExcelJS, Office.js), file writers (docx) and UI belong in src/adapters or the pages.',
      })
    ),
    ...nodeBuiltins.map((name) => ({
      name,
      message: 'src/model is pure TypeScript: no Node built-ins (it also runs in the browser).',
    })),
  ],
  patterns: [
    {
      group: ['exceljs/*', 'react/*', 'react-dom/*', '@fluentui/*', '@microsoft/office-js/*', '@types/office-js'],
      message: 'src/model is pure TypeScript: no host or UI library.',
    },
    {
      group: ['node:*', ...nodeBuiltins.map((m) => `${m}/*`)],
      message: 'src/model is pure TypeScript: no Node built-ins.',
    },
    {
      group: ['**/adapters/**', '**/taskpane/**', '**/standalone/**', '**/functions/**', '**/cli/**'],
      message: 'src/model must not depend on the code that uses it.',
    },
  ],
};

module.exports = tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'out/**', 'test-artifacts/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      'no-eval': 'error',
    },
  },
  {
    // No spreading into call arguments (issue 14): every argument goes on the stack, so
    // `findings.push(...list)` or `Math.max(...years)` over a hostile file's 140,000 rows throws
    // "Maximum call stack size exceeded". Use a loop (or concat / reduce) instead.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement',
          message:
            'No spread into call arguments: a large array overflows the stack (issue 14). Use a loop, concat or reduce.',
        },
        {
          selector: 'NewExpression > SpreadElement',
          message:
            'No spread into constructor arguments: a large array overflows the stack (issue 14). Use a loop instead.',
        },
      ],
    },
  },
  {
    // Office.js usage rules (eslint-plugin-office-addins, the levels of its recommended preset)
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['**/*.tsx'],
    ...react.configs.flat.recommended,
    settings: { react: { version: '18.3' } },
  },
  { files: ['**/*.tsx'], ...react.configs.flat['jsx-runtime'] },
  {
    // The fake Excel API mirrors a loosely typed host object model; `any` is its honest type there.
    // … and Excel's custom-function metadata needs `any` / `any[][]` to declare untyped cells and ranges.
    files: ['test/fakes/**/*.ts', 'src/functions/**/*.ts', 'test/functions/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/model/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', modelImportBan],
      '@typescript-eslint/no-restricted-imports': 'off',
      'no-restricted-globals': [
        'error',
        ...[
          'Office',
          'Excel',
          'CustomFunctions',
          'OfficeExtension',
          'window',
          'document',
          'process',
          'Buffer',
          'require',
        ].map((name) => ({ name, message: 'src/model is pure TypeScript: no host, DOM or Node globals.' })),
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
  prettier
);
