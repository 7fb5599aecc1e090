import { migrateDatabase } from '../app/database';

/** `ngo-tracker migrate [--rollback-all]`. */
export async function runMigrate(options: { rollbackAll?: boolean }): Promise<void> {
  const changed = await migrateDatabase(options);
  const verb = options.rollbackAll ? 'rolled back' : 'applied';
  process.stdout.write(changed.length ? `${verb}: ${changed.join(', ')}\n` : 'already up to date\n');
}
