import { loadConfig } from '../config/config';
import { createDb, Db } from '../db/connection';
import { migrateToLatest } from '../db/migrations';

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
