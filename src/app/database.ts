/** The configured database, opened for a command of the CLI (which reaches the database through here). */
import { loadConfig } from '../config/config';
import { createDb, Db } from '../db/connection';
import { migrateToLatest, rollbackAllMigrations } from '../db/migrations';

/** Opens the configured database with its schema up to date, runs `work`, and always closes it. */
export async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb(loadConfig().database);
  try {
    await migrateToLatest(db);
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** Applies the pending migrations of the configured database, or rolls all of them back; returns their names. */
export async function migrateDatabase({ rollbackAll = false }: { rollbackAll?: boolean }): Promise<string[]> {
  const db = createDb(loadConfig().database);
  try {
    return rollbackAll ? await rollbackAllMigrations(db) : await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
}
