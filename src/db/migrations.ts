import path from 'node:path';
import type { Db } from './connection';

const migrationConfig = {
  directory: path.resolve(__dirname, '../../migrations'),
  loadExtensions: ['.ts'],
  tableName: 'knex_migrations',
};

export async function migrateToLatest(db: Db): Promise<string[]> {
  const [, applied] = (await db.migrate.latest(migrationConfig)) as [number, string[]];
  return applied;
}

export async function rollbackAllMigrations(db: Db): Promise<string[]> {
  const [, reverted] = (await db.migrate.rollback(migrationConfig, true)) as [number, string[]];
  return reverted;
}

export async function pendingMigrations(db: Db): Promise<string[]> {
  const [, pending] = (await db.migrate.list(migrationConfig)) as [unknown[], { file: string }[]];
  return pending.map((migration) => migration.file);
}
