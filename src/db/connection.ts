import knex, { Knex } from 'knex';
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

function createPgliteDb(dataDir: string | null): Db {
  // Required here rather than imported, so a PostgreSQL server deployment never loads PGlite.
  const embedded = require('./pglite-connection') as typeof import('./pglite-connection');
  return embedded.createPgliteDb(dataDir, DATE_OID);
}

/** Marks the knex config of an embedded database; transaction clients carry the same config. */
export const EMBEDDED_MARKER = 'ngoTrackerEmbedded';

export function isPglite(db: Db): boolean {
  return (db.client.config as Record<string, unknown>)[EMBEDDED_MARKER] === true;
}
