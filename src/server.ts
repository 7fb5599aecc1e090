import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config/config';
import { createDb, Db } from './db/connection';
import { migrateToLatest } from './db/migrations';
import { buildApp } from './http/app';
import type { Logger } from './logging/logger';
import { needsSeeding, seedDatabase } from './services/seed';

export interface RunningServer {
  db: Db;
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

/** Opens the database, brings its schema up to date, and listens. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const db = createDb(config.database, { warn: (message) => logger.warn({ message }, 'database'), error: (message) => logger.error({ message }, 'database') });
  const applied = await migrateToLatest(db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
  if (config.seedOnStart && (await needsSeeding(db))) {
    const seeded = await seedDatabase(db);
    logger.info({ designations: seeded.designations.created, jurisdictionActions: seeded.jurisdictionActions }, 'empty database seeded');
  }
  const server = http.createServer(buildApp({ db, logger, importMaxBytes: config.importMaxBytes }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  logger.info({ url, database: config.database.kind }, 'ngo-tracker listening');
  return {
    db,
    server,
    url,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.destroy();
    },
  };
}
