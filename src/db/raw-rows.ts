import type { Knex } from 'knex';

/**
 * The rows of a raw statement (both drivers answer `{ rows }`), typed as the caller's SQL selects
 * them: knex cannot know the columns of SQL text, so the type is given once, here.
 */
export async function rawRows<Row>(db: Knex, sql: string, bindings: readonly Knex.RawBinding[] = []): Promise<Row[]> {
  const result = await db.raw<{ rows: Row[] }>(sql, bindings);
  return result.rows;
}
