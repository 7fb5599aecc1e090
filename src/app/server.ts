import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/config';
import { createDb, Db, DbLogger } from '../db/connection';
import { migrateToLatest } from '../db/migrations';
import { createApp, createDrainRefusal } from './create-app';
import { createDrainableServer, ShutdownOutcome } from '../http/graceful-shutdown';
import type { Logger } from '../logging/logger';

// Required only to seed an empty database: the seed loaders and the import pipeline are not needed to serve.
const seeding = () => require('../services/seed/seed-database') as typeof import('../services/seed/seed-database');

export interface RunningServer {
  db: Db;
  /** The read replica's pool (DATABASE_READ_URL), or null. */
  readDb: Db | null;
  server: http.Server;
  url: string;
  /**
   * Drains within SHUTDOWN_GRACE_MS (see graceful-shutdown.ts), then closes the database. After
   * a grace period that ran out the database is left open: a request cut short may still hold a
   * connection, and waiting for it is what the grace period bounds. The process exit closes it.
   */
  shutdown(): Promise<ShutdownOutcome>;
}

function dbLoggerOf(logger: Logger): DbLogger {
  return {
    warn: (message) => logger.warn({ message }, 'database'),
    error: (message) => logger.error({ message }, 'database'),
  };
}

/**
 * Migrates and (when empty) seeds the database without the statement timeout of API queries, since
 * a migration may rewrite a large table for minutes; then opens the pool that serves requests,
 * with it. PGlite cannot time a statement out and is one instance that must not be opened twice:
 * the instance that was prepared serves.
 */
async function openPreparedDatabase(config: Config, logger: Logger): Promise<Db> {
  const dbLogger = dbLoggerOf(logger);
  const setup = createDb(config.database, dbLogger);
  const applied = await migrateToLatest(setup);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
  if (config.seedOnStart && (await seeding().needsSeeding(setup))) {
    const seeded = await seeding().seedDatabase(setup);
    logger.info(
      { designations: seeded.designations.created, jurisdictionActions: seeded.jurisdictionActions },
      'empty database seeded',
    );
  }
  if (config.database.kind === 'pglite') return setup;
  await setup.destroy();
  return createDb(config.database, dbLogger, { statementTimeoutMs: config.statementTimeoutMs });
}

/** Opens the database, brings its schema up to date, and listens. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const db = await openPreparedDatabase(config, logger);
  // The replica is never migrated or seeded: it replays what the primary did.
  const readDb = config.readDatabase
    ? createDb(config.readDatabase, dbLoggerOf(logger), { statementTimeoutMs: config.statementTimeoutMs })
    : null;
  const drainable = createDrainableServer(
    createApp({ db, readDb, logger, importMaxBytes: config.importMaxBytes, http: config.http }),
    createDrainRefusal(config.http),
  );
  const { server } = drainable;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  logger.info({ url, database: config.database.kind, readReplica: readDb !== null }, 'ngo-tracker listening');
  return {
    db,
    readDb,
    server,
    url,
    async shutdown() {
      const outcome = await drainable.shutdown(config.shutdownGraceMs);
      if (outcome.drained) await Promise.all([db.destroy(), readDb?.destroy()]);
      return outcome;
    },
  };
}
