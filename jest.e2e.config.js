/**
 * Browser tests (`npm run test:e2e`): Debian's chromium driving the app through playwright-core.
 * Their files end in .e2e.ts, so the default config (`npm test`) never picks them up.
 */
const { transform } = require('./jest.config');

module.exports = {
  // As for `npm test` (jest.config.js): the same transform, PGlite compiled once per worker, and the
  // seeded database made once per run and copied for each file.
  testEnvironment: '<rootDir>/test/support/pglite-environment.ts',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform,
  testTimeout: 120000,
  // One browser at a time: two chromiums and two seeded databases are too much for a 2-core machine.
  maxWorkers: 1,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/e2e/support/global-teardown.ts',
};
