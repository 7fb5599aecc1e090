import express, { Express } from 'express';
import pinoHttp from 'pino-http';
import { DEFAULT_IMPORT_MAX_BYTES } from '../config/config';
import type { Db } from '../db/connection';
import type { Logger } from '../logging/logger';
import { errorMiddleware, unknownRoute } from './error-middleware';
import { apiRouter } from './api-router';
import { downloadRouter } from './download-routes';
import { feedRouter } from './feed-route';
import { apiDocsRoutes } from './routes/api-docs';
import { healthRoutes } from './routes/health';
import { writeRouter } from './write-router';
import { webRouter } from '../web/web-router';

export interface AppDependencies {
  db: Db;
  logger: Logger;
  /** The largest body POST /api/v1/import accepts (IMPORT_MAX_BYTES). */
  importMaxBytes?: number;
}

/** Builds the express app without listening, so tests drive it through supertest. */
export function buildApp({ db, logger, importMaxBytes = DEFAULT_IMPORT_MAX_BYTES }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/healthz' } }));
  app.use(healthRoutes(db));
  app.use('/api/v1', downloadRouter(db, logger));
  app.use('/api/v1', writeRouter(db, { importMaxBytes }));
  app.use('/api/v1', apiRouter(db));
  app.use(feedRouter(db));
  app.use(apiDocsRoutes());
  app.use(webRouter(db));
  app.use(unknownRoute);
  app.use(errorMiddleware(logger));
  return app;
}
