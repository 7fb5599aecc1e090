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

/** PostgreSQL's undefined_table: knex_migrations is missing from a new database. */
const UNDEFINED_TABLE = '42P01';

/**
 * Whether the applied migrations are exactly the migration files, asked in one statement. Every
 * command of the CLI and every server start opens its database through migrateToLatest, and knex's
 * migrator spends some ten statements (two on information_schema, a lock taken and released) to find
 * nothing pending. Anything else (a new database, a pending migration, an applied one this build does
 * not have) goes to the migrator, which migrates or refuses as before.
 */
async function schemaIsCurrent(db: Db): Promise<boolean> {
  let applied: string[];
  try {
    applied = await db<{ name: string }>(migrationConfig.tableName!).pluck('name');
  } catch (error) {
    if ((error as { code?: string }).code === UNDEFINED_TABLE) return false;
    throw error;
  }
  const files = (await migrationSource.getMigrations([])).map((migration) =>
    migrationSource.getMigrationName(migration),
  );
  const recorded = new Set(applied);
  return recorded.size === files.length && files.every((file) => recorded.has(file));
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  if (await schemaIsCurrent(db)) return [];
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
