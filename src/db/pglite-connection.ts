import fs from 'node:fs';
import { Extension, PGlite } from '@electric-sql/pglite';
import knex, { Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import type { DatabaseConfig } from '../config/config';
import { EMBEDDED_MARKER } from './embedded-marker';

// PGlite's contrib entry points have CommonJS builds, but their package exports declare only ESM
// types, so the compiled (CommonJS) build requires them rather than importing them.
const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };
const { unaccent } = require('@electric-sql/pglite/contrib/unaccent') as { unaccent: Extension };

/** Where the knex config of an embedded database keeps its PGlite, for dumpPgliteDb. */
const PGLITE_INSTANCE = 'ngoTrackerPglite';

/**
 * PGlite: PostgreSQL in WASM, one connection; `dataDir` null keeps the database in memory.
 * `snapshot` (a dump from dumpPgliteDb) starts it from that state instead of an empty cluster,
 * which skips initdb: the tests start each file's database from a migrated one.
 * This module is loaded only when PGlite is used: PGlite alone is much of an idle process's memory.
 */
export function createPgliteDb(
  { dataDir, snapshot, wasmModule }: Extract<DatabaseConfig, { kind: 'pglite' }>,
  dateOid: number,
): Knex {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite({
    ...(dataDir ? { dataDir } : {}),
    ...(snapshot ? { loadDataDir: snapshot } : {}),
    ...(wasmModule ? { pgliteWasmModule: wasmModule } : {}),
    extensions: { pg_trgm, unaccent },
    parsers: { [dateOid]: (value: string) => value },
  });
  return knex({
    client: ClientPgLite,
    connection: () => ({ pglite }) as object,
    [EMBEDDED_MARKER]: true,
    [PGLITE_INSTANCE]: pglite,
  } as Knex.Config);
}

/** The whole data directory of an embedded database, uncompressed, for createPgliteDb's `snapshot`. */
export async function dumpPgliteDb(db: Knex): Promise<Blob> {
  const pglite = (db.client as { config: Record<string, unknown> }).config[PGLITE_INSTANCE] as PGlite;
  return pglite.dumpDataDir('none');
}
