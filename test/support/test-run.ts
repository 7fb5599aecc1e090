/**
 * The id of this `npm test` run, set by global-setup.ts before the workers start (they inherit it);
 * null when a test file runs under another configuration, and then nothing is shared per run.
 */
export const TEST_RUN = process.env.NGO_TEST_RUN ?? null;

/** The file names of this run's PGlite dumps in the temporary folder (removed by global-teardown.ts). */
export const runDumpPrefix = (run: string) => `ngo-tracker-test-pglite-run-${run}-`;

/** The names of this run's template databases on the PostgreSQL server (dropped by global-teardown.ts). */
export const runTemplatePrefix = (run: string) => `ngo_tpl_${run}_`;
