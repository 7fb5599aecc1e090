/** Tests run on PGlite by default, on PostgreSQL when TEST_DATABASE_URL is set (see test/setup). */
module.exports = {
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 60000,
  // Jest's node environment with PGlite's WebAssembly compiled once per worker, not once per file.
  testEnvironment: '<rootDir>/test/support/pglite-environment.ts',
  // Builds dist/ when the sources changed (the CLI tests run the compiled CLI) and names the run for
  // the database states its files share; the teardown removes them.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // Each integration file owns a database; running files one at a time keeps the 2-core machine
  // and the single PostgreSQL server from being the bottleneck of flaky timeouts.
  maxWorkers: 2,
};
