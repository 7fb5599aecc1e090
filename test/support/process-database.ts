import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, Db } from '../../src/db/connection';
import { migrateToLatest } from '../../src/db/migrations';
import { createTestDatabase } from './database';

/**
 * A database that `ngo-tracker` run as a process can open too: a new database on the PostgreSQL
 * server of TEST_DATABASE_URL, or else PGlite files in a temporary directory (PGLITE_DIR), which
 * only one process may have open at a time.
 */
export interface ProcessDatabase {
  backend: 'pglite' | 'postgres';
  /** The environment that points the CLI at this database. */
  env: NodeJS.ProcessEnv;
  /** Runs `work` on the database from the test's own process (on PGlite, with no CLI process running). */
  use<T>(work: (db: Db) => Promise<T>): Promise<T>;
  destroy(): Promise<void>;
}

export async function createProcessDatabase(): Promise<ProcessDatabase> {
  if (process.env.TEST_DATABASE_URL) {
    const testDb = await createTestDatabase();
    return { backend: 'postgres', env: { DATABASE_URL: testDb.url! }, use: (work) => work(testDb.db), destroy: () => testDb.destroy() };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ngo-pglite-'));
  return {
    backend: 'pglite',
    env: { PGLITE_DIR: dataDir },
    async use(work) {
      const db = createDb({ kind: 'pglite', dataDir });
      try {
        await migrateToLatest(db);
        return await work(db);
      } finally {
        await db.destroy();
      }
    },
    async destroy() {
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
