import knex, { Knex } from 'knex';
import { createDb, Db } from '../src/db/connection';
import { migrateToLatest } from '../src/db/migrations';
import { rawRows } from '../src/db/raw-rows';

export const DEFAULT_BENCH_URL = 'postgres://root@127.0.0.1:5432/ngo_bench';
export const DEFAULT_LOAD_URL = 'postgres://root@127.0.0.1:5432/ngo_bench_load';
export const DEFAULT_STARTUP_URL = 'postgres://root@127.0.0.1:5432/ngo_bench_300k';

/**
 * Opens (creating it if needed) the benchmark database. Its name must start with `ngo_bench`:
 * benchmarks empty the tables they fill, so they refuse to run on any other database.
 */
export async function openBenchDatabase(url: string): Promise<Db> {
  await withAdmin(url, async (admin, name) => {
    const exists = await rawRows(admin, 'select 1 from pg_database where datname = ?', [name]);
    if (exists.length === 0) await admin.raw(`create database ${name}`);
  });
  const db = createDb({ kind: 'postgres', url, poolMax: 4 });
  await migrateToLatest(db);
  return db;
}

/** Drops and creates the benchmark database, for benchmarks that start from an empty one. */
export async function recreateBenchDatabase(url: string): Promise<void> {
  await withAdmin(url, async (admin, name) => {
    await admin.raw(`drop database if exists ${name} with (force)`);
    await admin.raw(`create database ${name}`);
  });
}

/** Runs `work` on the server's `postgres` database, after checking the benchmark database's name. */
async function withAdmin(url: string, work: (admin: Knex, name: string) => Promise<void>): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^ngo_bench\w*$/.test(name))
    throw new Error(`refusing to benchmark on "${name}": the database name must start with ngo_bench`);
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const admin = knex({ client: 'pg', connection: adminUrl.toString(), pool: { min: 0, max: 1 } });
  try {
    await work(admin, name);
  } finally {
    await admin.destroy();
  }
}

export async function designationCount(db: Db): Promise<number> {
  const [row] = await db('designations').count({ count: '*' });
  return Number(row.count);
}
