import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import knex, { Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import pg from 'pg';
import type { DatabaseConfig } from '../config/config';

export type Db = Knex;

const DATE_OID = 1082;

// A DATE is a calendar day, not an instant: node-postgres would turn it into a local-time JS Date
// (shifting it by the time zone), so both drivers hand it over as the 'YYYY-MM-DD' string it is.
pg.types.setTypeParser(DATE_OID, (value: string) => value);

/** Where knex's own warnings go; by default nowhere, so they never interleave with CLI output. */
export interface DbLogger {
  warn(message: unknown): void;
  error(message: unknown): void;
}

const SILENT: DbLogger = { warn() {}, error() {} };

export function createDb(config: DatabaseConfig, logger: DbLogger = SILENT): Db {
  return config.kind === 'postgres' ? createPostgresDb(config.url, config.poolMax, logger) : createPgliteDb(config.dataDir);
}

function createPostgresDb(url: string, poolMax: number, logger: DbLogger): Db {
  return knex({
    client: 'pg',
    connection: { connectionString: url, application_name: 'ngo-tracker' },
    pool: { min: 0, max: poolMax },
    acquireConnectionTimeout: 10_000,
    log: {
      warn: (message: unknown) => logger.warn(message),
      error: (message: unknown) => logger.error(message),
      deprecate: (message: unknown) => logger.warn(message),
      debug: () => {},
    },
  });
}

/** PGlite: PostgreSQL in WASM, one connection; `dataDir` null keeps the database in memory. */
function createPgliteDb(dataDir: string | null): Db {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite({
    ...(dataDir ? { dataDir } : {}),
    extensions: { pg_trgm, unaccent },
    parsers: { [DATE_OID]: (value: string) => value },
  });
  return knex({
    client: ClientPgLite,
    connection: () => ({ pglite }) as object,
  } as Knex.Config);
}

export function isPglite(db: Db): boolean {
  return db.client instanceof (ClientPgLite as unknown as new (...args: unknown[]) => unknown);
}
