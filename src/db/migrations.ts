import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import type { Db } from './connection';

/**
 * The migrations next to this module's tree: migrations/*.ts when the sources run (tests, tsx),
 * dist/migrations/*.js when the build does (`npm start`, the CLI). The build mirrors the source
 * layout, so the same relative path finds either.
 */
const EXTENSION = path.extname(__filename) === '.ts' ? '.ts' : '.js';
const DIRECTORY = path.resolve(__dirname, '../../migrations');

interface MigrationFile {
  /** The name recorded in knex_migrations: always the source file's (`….ts`). */
  file: string;
  path: string;
}

/**
 * Lists and loads the migrations under the name of their source file whichever of the two runs,
 * so a database migrated from the sources is up to date for the build and the other way round
 * (knex's own loader records the file name, and would find `….js` files "missing" as `….ts`).
 */
const migrationSource: Knex.MigrationSource<MigrationFile> = {
  getMigrations() {
    return Promise.resolve(
      fs
        .readdirSync(DIRECTORY)
        .filter((file) => file.endsWith(EXTENSION) && !file.endsWith('.d.ts'))
        .sort()
        .map((file) => ({ file: `${path.basename(file, EXTENSION)}.ts`, path: path.join(DIRECTORY, file) })),
    );
  },
  getMigrationName: (migration) => migration.file,
  getMigration: (migration) => Promise.resolve(require(migration.path) as Knex.Migration),
};

const migrationConfig: Knex.MigratorConfig = { migrationSource, tableName: 'knex_migrations' };

export async function migrateToLatest(db: Db): Promise<string[]> {
  const [, applied] = (await db.migrate.latest(migrationConfig)) as [number, string[]];
  return applied;
}

export async function rollbackAllMigrations(db: Db): Promise<string[]> {
  const [, reverted] = (await db.migrate.rollback(migrationConfig, true)) as [number, string[]];
  return reverted;
}

export async function pendingMigrations(db: Db): Promise<string[]> {
  const [, pending] = (await db.migrate.list(migrationConfig)) as [unknown[], MigrationFile[]];
  return pending.map((migration) => migration.file);
}
