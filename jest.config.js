/** Tests run on PGlite by default, on PostgreSQL when TEST_DATABASE_URL is set (see test/setup). */
module.exports = {
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // swc strips the types (the typecheck is `npm run typecheck`): a fresh clone, which CI always is,
  // transforms every file once with no cache, and swc does that in native code.
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
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
