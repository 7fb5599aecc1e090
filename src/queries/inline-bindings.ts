import pg from '../db/node-postgres';
import type { Knex } from 'knex';

/**
 * COPY cannot take bind parameters, so the query's values are written into the SQL as literals,
 * quoted by node-postgres's escapeLiteral. The values come from validated filters (codes, slugs,
 * dates, normalized names), and quoting them properly keeps that safe even if that changes.
 */
export function sqlWithInlinedBindings(query: Knex.QueryBuilder): string {
  const { sql, bindings } = query.toSQL().toNative();
  return sql.replace(/\$(\d+)/g, (_match, index: string) => literal(bindings[Number(index) - 1]));
}

function literal(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return pg.escapeLiteral(value);
  throw new Error(`cannot inline a ${typeof value} binding into COPY`);
}
