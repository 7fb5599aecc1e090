import type { Knex } from 'knex';

/**
 * The rows of a raw statement (both drivers answer `{ rows }`), typed as the caller's SQL selects
 * them: knex cannot know the columns of SQL text, so the type is given once, here.
 */
export async function rawRows<Row>(db: Knex, sql: string, bindings: readonly Knex.RawBinding[] = []): Promise<Row[]> {
  const result = await db.raw<{ rows: Row[] }>(sql, bindings);
  return result.rows;
}

/**
 * A column of values as one array parameter (`?::text[]`, read with unnest): knex's binding types
 * leave out arrays holding nulls, which both drivers send as SQL arrays with NULL elements.
 */
export function arrayParameter(values: readonly (string | boolean | null)[]): Knex.RawBinding {
  return values as unknown as Knex.RawBinding;
}
