import knex, { Knex } from 'knex';
import pg from './node-postgres';
import { DatabaseConfig, DEFAULT_DB_CONNECT_TIMEOUT_MS } from '../config/config';

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

/** Limits of a database that serves requests; the CLI and the server's startup work have none. */
export interface DbLimits {
  /**
   * PostgreSQL cancels any statement running longer (0: never). PGlite runs each statement to the
   * end on the one thread it shares with the server and cannot interrupt it, so it has none.
   */
  statementTimeoutMs?: number;
}

export function createDb(config: DatabaseConfig, logger: DbLogger = SILENT, limits: DbLimits = {}): Db {
  return config.kind === 'postgres'
    ? createPostgresDb(config, logger, limits)
    : embedded().createPgliteDb(config, DATE_OID);
}

type PostgresConfig = Extract<DatabaseConfig, { kind: 'postgres' }>;

/** The PostgreSQL release the project is tested on (CI's server); PGlite is newer. */
const OLDEST_SUPPORTED_SERVER = '15';

function createPostgresDb(
  { url, poolMax, connectTimeoutMs = DEFAULT_DB_CONNECT_TIMEOUT_MS }: PostgresConfig,
  logger: DbLogger,
  { statementTimeoutMs = 0 }: DbLimits,
): Db {
  return knex({
    client: 'pg',
    // knex otherwise asks the server `select version()` on its first connection, only to choose
    // json over text for servers older than 9.2. Stating the oldest server the project supports
    // saves that statement, which the session's statement timeout would also govern (a 1 ms
    // timeout cancelled it, and with it the server's first request).
    version: OLDEST_SUPPORTED_SERVER,
    connection: {
      connectionString: url,
      application_name: 'ngo-tracker',
      // An unreachable server fails a request (503) within this bound instead of hanging it.
      connectionTimeoutMillis: connectTimeoutMs,
      // Sent when each connection opens, so it is the session's default that RESET returns to.
      ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
    },
    // knex drops from the pool a connection the server closed (pg_terminate_backend, a restart):
    // its pg client records the 'error' or 'end' event, and a disposed client fails validation.
    pool: { min: 0, max: poolMax },
    acquireConnectionTimeout: connectTimeoutMs,
    log: {
      warn: (message: unknown) => logger.warn(message),
      error: (message: unknown) => logger.error(message),
      deprecate: (message: unknown) => logger.warn(message),
      debug: () => {},
    },
  });
}

// Required where used rather than imported, so a PostgreSQL server deployment never loads PGlite.
const embedded = () => require('./pglite-connection') as typeof import('./pglite-connection');

/** An embedded database's data directory, to start others from (DatabaseConfig's `snapshot`). */
export function dumpPgliteDb(db: Db): Promise<Blob> {
  return embedded().dumpPgliteDb(db);
}

export { isPglite } from './embedded-marker';
