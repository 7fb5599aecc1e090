import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb, Db, dumpPgliteDb } from '../../src/db/connection';
import { migrateToLatest } from '../../src/db/migrations';
import { workerCompiledPglite } from './compiled-pglite';
import { runDumpPrefix, runTemplatePrefix, TEST_RUN } from './test-run';

export interface TestDatabase {
  db: Db;
  backend: 'pglite' | 'postgres';
  /** A connection URL for child processes (CLI tests); null on PGlite, which lives in this process. */
  url: string | null;
  destroy(): Promise<void>;
}

/**
 * A state test databases start from, made once and then copied for each test file instead of
 * being rebuilt by each: on PGlite a dump of its data directory in the system's temporary folder,
 * on PostgreSQL a template database (`CREATE DATABASE … TEMPLATE`, a file copy on the server).
 */
export interface DatabaseState {
  /** A short name, part of the dump's file name and of the template database's name. */
  name: string;
  /** The state it is made from (null: an empty database). */
  base: DatabaseState | null;
  /** What the state depends on besides its base: a change makes a new one. */
  fingerprint(): string;
  /**
   * Kept across test runs (only a PGlite dump can be): right for a schema, which depends on the
   * migrations alone. Otherwise made once per run (see test/support/global-setup.ts) and removed
   * at its end, so data carrying timestamps is as fresh as if each file had loaded it itself.
   */
  acrossRuns: boolean;
  /** Brings a database in the base state to this one. */
  make(db: Db): Promise<void>;
}

const hashOf = (...parts: (string | Buffer)[]) =>
  parts
    .reduce((hash, part) => hash.update(part), createHash('sha256'))
    .digest('hex')
    .slice(0, 16);

/** The files of a directory, names and contents, as a fingerprint. */
export function directoryFingerprint(directory: string): string {
  return hashOf(
    ...fs
      .readdirSync(directory)
      .sort()
      .flatMap((file) => [file, fs.readFileSync(path.join(directory, file))]),
  );
}

/** An empty, migrated database. The migrations and the PGlite that ran them make it. */
export const MIGRATED: DatabaseState = {
  name: 'migrated',
  base: null,
  fingerprint: () => {
    const pgliteRoot = path.join(path.dirname(require.resolve('@electric-sql/pglite')), '..');
    return hashOf(
      directoryFingerprint(path.resolve(__dirname, '../../migrations')),
      fs.readFileSync(path.join(pgliteRoot, 'package.json')),
    );
  },
  acrossRuns: true,
  make: async (db) => {
    await migrateToLatest(db);
  },
};

function fullFingerprint(state: DatabaseState): string {
  return state.base ? hashOf(fullFingerprint(state.base), state.fingerprint()) : state.fingerprint();
}

/** Whether `state` is made once and copied (false: each test file makes its own). */
export const sharedOn = (state: DatabaseState, backend: 'pglite' | 'postgres') =>
  TEST_RUN !== null || (backend === 'pglite' && state.acrossRuns);

/**
 * A fresh, empty database per test file: in-memory PGlite by default, or a new uniquely named
 * database on the PostgreSQL server of TEST_DATABASE_URL (dropped afterwards), so test files can
 * run in parallel without seeing each other's rows. Migrated unless `migrate` is false.
 */
export function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  return createTestDatabaseIn(options.migrate === false ? null : MIGRATED);
}

/** A fresh database per test file in `state` (null: empty), copied from the state's dump or template. */
export async function createTestDatabaseIn(state: DatabaseState | null): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const backend = serverUrl ? 'postgres' : 'pglite';
  if (state && !sharedOn(state, backend)) {
    // Outside a run (a test file run with another configuration): made here, for this file alone.
    const testDb = await createTestDatabaseIn(state.base);
    await state.make(testDb.db);
    return testDb;
  }
  if (!serverUrl) return openPgliteTestDatabase(state ? await pgliteSnapshot(state) : undefined);
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL || serverUrl;
  return createPostgresTestDatabase(serverUrl, adminUrl, state ? await postgresTemplate(adminUrl, state) : undefined);
}

function createPgliteTestDatabase(snapshot?: Blob): TestDatabase {
  const db = createDb({ kind: 'pglite', dataDir: null, snapshot, wasmModule: workerCompiledPglite() });
  return { db, backend: 'pglite', url: null, destroy: () => db.destroy() };
}

/**
 * Started and answering before it is handed over: PGlite starts (and unpacks a dump) at its first
 * query, ~1 s, more on a loaded machine; in a test that would count against a deadline under test
 * (/readyz allows the database 2 s).
 */
async function openPgliteTestDatabase(snapshot?: Blob): Promise<TestDatabase> {
  const testDb = createPgliteTestDatabase(snapshot);
  await testDb.db.raw('select 1');
  return testDb;
}

/**
 * How the tests' PGlite cluster differs from a new one, written into each dump, so every copy and
 * every CLI process opening one has it (docs/performance.md):
 * - `settings` (ALTER SYSTEM): PostgreSQL's default 128 MB of shared buffers is zeroed inside the
 *   WebAssembly memory at every start, CPU and memory spent on each test file and each CLI process
 *   for databases of a few MB.
 * - `droppedDatabases`: the templates serve CREATE DATABASE, which an embedded database never runs;
 *   without them a dump holds 27 MB instead of 42, which every test file and CLI process unpacks.
 */
const PGLITE_TEST_CLUSTER = {
  settings: { shared_buffers: '16MB' } as Record<string, string>,
  droppedDatabases: ['template0', 'template1'],
};

async function preparePgliteTestCluster(db: Db): Promise<void> {
  for (const [name, value] of Object.entries(PGLITE_TEST_CLUSTER.settings))
    await db.raw(`alter system set ${name} = '${value}'`);
  for (const database of PGLITE_TEST_CLUSTER.droppedDatabases) {
    await db.raw(`alter database ${database} is_template false`);
    await db.raw(`drop database ${database}`);
  }
}

function pgliteSnapshotFile(state: DatabaseState): string {
  const fingerprint = hashOf(fullFingerprint(state), JSON.stringify(PGLITE_TEST_CLUSTER));
  if (state.acrossRuns)
    return path.join(
      os.tmpdir(),
      state === MIGRATED
        ? `ngo-tracker-test-pglite-${fingerprint}.tar`
        : `ngo-tracker-test-pglite-${state.name}-${fingerprint}.tar`,
    );
  return path.join(os.tmpdir(), `${runDumpPrefix(TEST_RUN!)}${state.name}-${fingerprint}.tar`);
}

/**
 * A dump of a PGlite database in `state`. A new PGlite runs initdb and loads its extensions
 * (~4 s), most of a small test file's time; one started from a dump takes ~1 s, and the seeding
 * it holds costs nothing more. Test files (each in its own module registry, on two workers) share
 * it through the file; two workers may both make it at first, and the last rename wins.
 */
export async function pgliteSnapshot(state: DatabaseState): Promise<Blob> {
  const file = pgliteSnapshotFile(state);
  if (!fs.existsSync(file)) {
    const { db } = createPgliteTestDatabase(state.base ? await pgliteSnapshot(state.base) : undefined);
    if (!state.base) await preparePgliteTestCluster(db);
    await state.make(db);
    const dump = Buffer.from(await (await dumpPgliteDb(db)).arrayBuffer());
    await db.destroy();
    // Written whole, then renamed: a file running at the same time never reads half a dump.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(partial, dump);
    fs.renameSync(partial, file);
  }
  return new DumpBlob(fs.readFileSync(file));
}

/**
 * A dump's bytes as the Blob PGlite loads, which it reads only whole, with arrayBuffer(). Node's own
 * Blob copies the bytes in and reads them back out chunk by chunk, a cost every test file paid on a
 * dump of some 40 MB (docs/performance.md); this one hands over the bytes read from the file.
 */
class DumpBlob extends Blob {
  constructor(private readonly contents: Buffer) {
    super([]);
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    const { buffer, byteOffset, byteLength } = this.contents;
    // PGlite only reads the bytes: a file read whole has an ArrayBuffer of its own, handed over as it is.
    const whole = byteOffset === 0 && byteLength === buffer.byteLength;
    return Promise.resolve((whole ? buffer : buffer.slice(byteOffset, byteOffset + byteLength)) as ArrayBuffer);
  }
}

/** A dump of an empty, migrated PGlite database, kept across runs under the migrations' fingerprint. */
export function migratedPgliteSnapshot(): Promise<Blob> {
  return pgliteSnapshot(MIGRATED);
}

function urlOfDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The template database of `state` on the server of `serverUrl`, made by the first test file of
 * the run that asks (the others wait on an advisory lock). CREATE DATABASE … TEMPLATE copies it in
 * ~60 ms; migrating a new database takes ~0.6 s and seeding the fixture ~0.7 s more.
 */
async function postgresTemplate(serverUrl: string, state: DatabaseState): Promise<string> {
  const name = `${runTemplatePrefix(TEST_RUN!)}${state.name}_${fullFingerprint(state).slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock(hashtext($1))', [name]);
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      const base = state.base ? await postgresTemplate(serverUrl, state.base) : null;
      // Made under another name and renamed when complete: a run killed halfway leaves no template that looks whole.
      const making = `${name}_making`;
      await admin.query(`drop database if exists ${making}`);
      await admin.query(`create database ${making}${base ? ` template ${base}` : ''}`);
      const db = createDb({ kind: 'postgres', url: urlOfDatabase(serverUrl, making), poolMax: 2 });
      try {
        await state.make(db);
      } finally {
        await db.destroy();
      }
      await admin.query(`alter database ${making} rename to ${name}`);
    }
    return name;
  } finally {
    await admin.query('select pg_advisory_unlock(hashtext($1))', [name]).catch(() => {});
    await admin.end();
  }
}

/**
 * `serverUrl` is where the test's connections go (through PgBouncer in CI); `adminUrl` where
 * databases are created, copied from templates and dropped: straight to PostgreSQL
 * (TEST_ADMIN_DATABASE_URL), since a template must have no connection, which PgBouncer's pooled
 * server connections would hold, and the template lock is a session advisory lock.
 */
async function createPostgresTestDatabase(
  serverUrl: string,
  adminUrl: string,
  template?: string,
): Promise<TestDatabase> {
  const name = `ngo_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  const url = urlOfDatabase(serverUrl, name);
  const db = createDb({ kind: 'postgres', url, poolMax: 5 });
  return {
    db,
    backend: 'postgres',
    url,
    async destroy() {
      await db.destroy();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
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
