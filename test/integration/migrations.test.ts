import { createTestDatabase, TestDatabase } from '../support/database';
import { migrateToLatest, pendingMigrations, rollbackAllMigrations } from '../../src/db/migrations';
import type { Db } from '../../src/db/connection';

/** Columns, constraints and indexes of the public schema, as comparable text. */
async function describeSchema(db: Db): Promise<string[]> {
  const columns =
    await db.raw(`select table_name, column_name, data_type, is_nullable, column_default, generation_expression
    from information_schema.columns where table_schema = 'public' order by table_name, column_name`);
  const constraints =
    await db.raw(`select conrelid::regclass::text as table_name, conname, pg_get_constraintdef(oid) as def
    from pg_constraint where connamespace = 'public'::regnamespace order by 1, 2`);
  const indexes = await db.raw(
    `select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by 1, 2`,
  );
  const extensions = await db.raw(
    `select extname from pg_extension where extname in ('pg_trgm', 'unaccent') order by 1`,
  );
  return [...columns.rows, ...constraints.rows, ...indexes.rows, ...extensions.rows].map((row) => JSON.stringify(row));
}

describe('migrations', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase({ migrate: false });
  });
  afterAll(() => testDb.destroy());

  it('migrate to latest, roll back everything, migrate again: the same schema', async () => {
    const { db } = testDb;
    await migrateToLatest(db);
    expect(await pendingMigrations(db)).toEqual([]);
    const first = await describeSchema(db);
    expect(first.some((line) => line.includes('"extname":"pg_trgm"'))).toBe(true);
    expect(first.some((line) => line.includes('organization_names_normalized_trgm'))).toBe(true);

    const reverted = await rollbackAllMigrations(db);
    expect(reverted.length).toBeGreaterThan(0);
    const tables = await db.raw(
      `select table_name from information_schema.tables where table_schema = 'public' and table_name not like 'knex_%'`,
    );
    expect(tables.rows).toEqual([]);

    await migrateToLatest(db);
    expect(await describeSchema(db)).toEqual(first);
  });

  it('on an up-to-date database asks one statement, and migrates nothing', async () => {
    const { db } = testDb;
    await migrateToLatest(db);
    const statements: string[] = [];
    const record = (query: { sql: string }) => statements.push(query.sql);
    db.on('query', record);
    try {
      expect(await migrateToLatest(db)).toEqual([]);
    } finally {
      db.off('query', record);
    }
    expect(statements).toEqual(['select "name" from "knex_migrations"']);
  });

  it('refuses, as knex does, a database that records a migration this build does not have', async () => {
    const { db } = testDb;
    await migrateToLatest(db);
    const newer = { name: '29991231000000_from_a_newer_build.ts', batch: 99, migration_time: new Date() };
    await db('knex_migrations').insert(newer);
    try {
      await expect(migrateToLatest(db)).rejects.toThrow(/missing: 29991231000000_from_a_newer_build\.ts/);
    } finally {
      await db('knex_migrations').where({ name: newer.name }).delete();
    }
  });
});
