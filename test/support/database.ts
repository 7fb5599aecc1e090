import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knex from 'knex';
import { createDb, Db, dumpPgliteDb } from '../../src/db/connection';
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
  const migrate = options.migrate !== false;
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return createPgliteTestDatabase(migrate ? await migratedPgliteSnapshot() : undefined);
  const testDb = await createPostgresTestDatabase(serverUrl);
  if (migrate) await migrateToLatest(testDb.db);
  return testDb;
}

function createPgliteTestDatabase(snapshot?: Blob): TestDatabase {
  const db = createDb({ kind: 'pglite', dataDir: null, snapshot });
  return { db, backend: 'pglite', url: null, destroy: () => db.destroy() };
}

/** What a migrated database depends on: the migrations, and the PGlite that ran them. */
function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  const directory = path.resolve(__dirname, '../../migrations');
  for (const file of fs.readdirSync(directory).sort()) hash.update(file).update(fs.readFileSync(path.join(directory, file)));
  const pgliteRoot = path.join(path.dirname(require.resolve('@electric-sql/pglite')), '..');
  hash.update(fs.readFileSync(path.join(pgliteRoot, 'package.json')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A dump of an empty, migrated PGlite database. A new PGlite runs initdb and loads its extensions
 * (~4 s), most of a small test file's time; one started from this dump takes ~1 s. It is kept in
 * the system's temporary folder under the fingerprint of what made it, so the test files (each in
 * its own module registry) and later runs share it, and a changed migration makes a new one.
 */
export async function migratedPgliteSnapshot(): Promise<Blob> {
  const file = path.join(os.tmpdir(), `ngo-tracker-test-pglite-${migrationsFingerprint()}.tar`);
  if (!fs.existsSync(file)) {
    const { db } = createPgliteTestDatabase();
    await migrateToLatest(db);
    const dump = Buffer.from(await (await dumpPgliteDb(db)).arrayBuffer());
    await db.destroy();
    // Written whole, then renamed: a file running at the same time never reads half a dump.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(partial, dump);
    fs.renameSync(partial, file);
  }
  return new Blob([fs.readFileSync(file)]);
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

/** A test that needs a PostgreSQL server (several connections, its own backends): skipped on PGlite. */
export const onPostgres = process.env.TEST_DATABASE_URL ? it : it.skip;
