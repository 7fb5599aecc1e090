import { randomBytes } from 'node:crypto';
import knex from 'knex';
import { createDb, Db } from '../../src/db/connection';
import { migrateToLatest } from '../../src/db/migrations';

export interface TestDatabase {
  db: Db;
  backend: 'pglite' | 'postgres';
  /** A connection URL for child processes (CLI tests); null on PGlite, which lives in this process. */
  url: string | null;
  destroy(): Promise<void>;
}

/**
 * A fresh, empty database per test file: in-memory PGlite by default, or a new uniquely named
 * database on the PostgreSQL server of TEST_DATABASE_URL (dropped afterwards), so test files can
 * run in parallel without seeing each other's rows.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const testDb = serverUrl ? await createPostgresTestDatabase(serverUrl) : createPgliteTestDatabase();
  if (options.migrate !== false) await migrateToLatest(testDb.db);
  return testDb;
}

function createPgliteTestDatabase(): TestDatabase {
  const db = createDb({ kind: 'pglite', dataDir: null });
  return { db, backend: 'pglite', url: null, destroy: () => db.destroy() };
}

async function createPostgresTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `ngo_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = knex({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = createDb({ kind: 'postgres', url: url.toString(), poolMax: 5 });
  return {
    db,
    backend: 'postgres',
    url: url.toString(),
    async destroy() {
      await db.destroy();
      await admin.raw(`drop database if exists ${name} with (force)`);
      await admin.destroy();
    },
  };
}

/**
 * For faults that only a PostgreSQL server has (its connections to kill, a network to cut): they
 * run when TEST_DATABASE_URL is set, as in CI, and are reported as skipped on PGlite, which lives
 * inside the test process with no connection to break.
 */
export const describeOnPostgresServer = process.env.TEST_DATABASE_URL ? describe : describe.skip;
