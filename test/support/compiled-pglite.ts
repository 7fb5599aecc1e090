import { COMPILED_PGLITE_GLOBAL } from './pglite-environment';

/** The jest worker's compiled PGlite (test/support/pglite-environment.ts), if this file runs in one. */
export const workerCompiledPglite = () =>
  (globalThis as Record<string, unknown>)[COMPILED_PGLITE_GLOBAL] as object | undefined;
