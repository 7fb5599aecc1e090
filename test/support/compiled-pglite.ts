/**
 * Where a test file finds the jest worker's compiled PGlite, which test/support/pglite-environment.ts
 * puts there. This module stays apart from the environment so that test files, which read it, do
 * not load jest's environment classes into their own module registry.
 */
export const COMPILED_PGLITE_GLOBAL = 'compiledPgliteWasm';

/** The jest worker's compiled PGlite, if this file runs in one. */
export const workerCompiledPglite = () =>
  (globalThis as Record<string, unknown>)[COMPILED_PGLITE_GLOBAL] as object | undefined;
