import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import knex, { Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import { EMBEDDED_MARKER } from './connection';


/**
 * PGlite: PostgreSQL in WASM, one connection; `dataDir` null keeps the database in memory.
 * This module is loaded only when PGlite is used: PGlite alone adds some 60 MB to the process.
 */
export function createPgliteDb(dataDir: string | null, dateOid: number): Knex {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite({
    ...(dataDir ? { dataDir } : {}),
    extensions: { pg_trgm, unaccent },
    parsers: { [dateOid]: (value: string) => value },
  });
  return knex({
    client: ClientPgLite,
    connection: () => ({ pglite }) as object,
    [EMBEDDED_MARKER]: true,
  } as Knex.Config);
}
