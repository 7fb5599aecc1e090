import { loadConfig } from '../config/config';
import { createDb } from '../db/connection';
import { migrateToLatest, rollbackAllMigrations } from '../db/migrations';

/** `ngo-tracker migrate [--rollback-all]`. */
export async function runMigrate(options: { rollbackAll?: boolean }): Promise<void> {
  const db = createDb(loadConfig().database);
  try {
    const changed = options.rollbackAll ? await rollbackAllMigrations(db) : await migrateToLatest(db);
    const verb = options.rollbackAll ? 'rolled back' : 'applied';
    process.stdout.write(changed.length ? `${verb}: ${changed.join(', ')}\n` : 'already up to date\n');
  } finally {
    await db.destroy();
  }
}
