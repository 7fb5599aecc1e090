import type { Command } from 'commander';
import { loadConfig } from '../config/config';
import { createDb } from '../db/connection';
import { migrateToLatest, rollbackAllMigrations } from '../db/migrations';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date (or roll every migration back with --rollback-all)')
    .option('--rollback-all', 'undo every migration (drops all tracker tables and their data)')
    .action(async (options: { rollbackAll?: boolean }) => {
      const db = createDb(loadConfig().database);
      try {
        const changed = options.rollbackAll ? await rollbackAllMigrations(db) : await migrateToLatest(db);
        const verb = options.rollbackAll ? 'rolled back' : 'applied';
        process.stdout.write(changed.length ? `${verb}: ${changed.join(', ')}\n` : 'already up to date\n');
      } finally {
        await db.destroy();
      }
    });
}
