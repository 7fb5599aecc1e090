import type { Knex } from 'knex';

/**
 * Marks the knex config of an embedded (PGlite) database; transaction clients carry the same
 * config. Its own module so that connection.ts can tell an embedded database without loading
 * pglite-connection.ts, which loads PGlite itself.
 */
export const EMBEDDED_MARKER = 'ngoTrackerEmbedded';

export function isPglite(db: Knex): boolean {
  return (db.client as { config: Record<string, unknown> }).config[EMBEDDED_MARKER] === true;
}
