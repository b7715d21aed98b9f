/**
 * The suites that run alone (the 'serial' project, after the others: `npm run test:unit`): those that time `jx` children
 * against issue 14's budgets (30 s of CPU, 2 GB each), so that the CPU a child is charged is its own work, not the cost of
 * sharing a core and its caches with a second jest worker; and cli.test, which deletes and rewrites the CLI's code cache
 * (build/jx.cjs.cache) that every `node bin/jx.js` a suite runs also writes (two workers: a `jx merge` of merge.test
 * wrote it between cli.test's two runs).
 */
const SERIAL_SUITES = [
  '/test/robustness/hostile-rows.test.ts',
  '/test/robustness/hostile-packages.test.ts',
  '/test/robustness/hostile-files.test.ts',
  '/test/cli/cli.test.ts',
];
/** @type {import('jest').Config} */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }];
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/test/e2e/', ...SERIAL_SUITES],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'serial',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: SERIAL_SUITES.map((s) => `**${s}`),
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.tsx'],
      testPathIgnorePatterns: ['/test/e2e/'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      // Real Chromium against the built dist/: run through `npm run test:e2e` (which builds first).
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/e2e'],
      testMatch: ['**/*.e2e.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
  ],
};
