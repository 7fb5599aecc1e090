import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, Db } from '../../src/db/connection';
import { migrateToLatest } from '../../src/db/migrations';
import { createTestDatabaseIn, DatabaseState, MIGRATED, pgliteSnapshot, sharedOn } from './database';
import { workerCompiledPglite } from './compiled-pglite';

/**
 * A database that `ngo-tracker` run as a process can open too: a new database on the PostgreSQL
 * server of TEST_DATABASE_URL, or else PGlite files in a temporary directory (PGLITE_DIR), which
 * only one process may have open at a time.
 */
export interface ProcessDatabase {
  backend: 'pglite' | 'postgres';
  /** The environment that points the CLI at this database. */
  env: NodeJS.ProcessEnv;
  /** Runs `work` on the migrated database from the test's own process (on PGlite, with no CLI process running). */
  use<T>(work: (db: Db) => Promise<T>): Promise<T>;
  destroy(): Promise<void>;
}

/**
 * Migrated unless `empty` (for tests of what a first start does), or in the state `from` (a seeded
 * one): on PGlite the directory starts from the tests' dump of that state, which spares the first
 * CLI run its initdb and migrations (~4 s of a two-core CI's time per test file), and the seeding.
 */
export async function createProcessDatabase({
  empty = false,
  from = MIGRATED,
}: { empty?: boolean; from?: DatabaseState } = {}): Promise<ProcessDatabase> {
  const state = empty ? null : from;
  if (process.env.TEST_DATABASE_URL) {
    const testDb = await createTestDatabaseIn(state);
    return {
      backend: 'postgres',
      env: { DATABASE_URL: testDb.url! },
      use: (work) => work(testDb.db),
      destroy: () => testDb.destroy(),
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ngo-pglite-'));
  if (state) await unpackPglite(dataDir, state);
  return {
    backend: 'pglite',
    // An empty DATABASE_URL, so that one set in the environment of the tests does not win.
    env: { PGLITE_DIR: dataDir, DATABASE_URL: '' },
    async use(work) {
      const db = createDb({ kind: 'pglite', dataDir, wasmModule: workerCompiledPglite() });
      try {
        await migrateToLatest(db);
        return await work(db);
      } finally {
        await db.destroy();
      }
    },
    destroy() {
      fs.rmSync(dataDir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

/** PGlite files in `state` in `dataDir`: its dump unpacked, or (a state not shared outside a run) its base's and then made. */
async function unpackPglite(dataDir: string, state: DatabaseState): Promise<void> {
  const shared = sharedOn(state, 'pglite');
  if (!shared) await unpackPglite(dataDir, state.base ?? MIGRATED);
  const snapshot = shared ? await pgliteSnapshot(state) : undefined;
  const db = createDb({ kind: 'pglite', dataDir, snapshot, wasmModule: workerCompiledPglite() });
  try {
    // PGlite writes the dump into the directory as it starts: a first query waits for that.
    await db.raw('select 1');
    if (!shared) await state.make(db);
  } finally {
    await db.destroy();
  }
}
