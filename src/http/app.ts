import express, { Express, RequestHandler } from 'express';
import pinoHttp from 'pino-http';
import { DEFAULT_HTTP_SETTINGS, DEFAULT_IMPORT_MAX_BYTES, HttpSettings } from '../config/config';
import type { Db } from '../db/connection';
import { ReadRouting } from '../db/database-roles';
import type { Logger } from '../logging/logger';
import { errorMiddleware, unknownRoute } from './error-middleware';
import { apiRouter } from './api-router';
import { conditionalReads } from './conditional-reads';
import { corsPolicy } from './cors-policy';
import { downloadRouter } from './download-routes';
import { feedRouter } from './feed-route';
import { refuseWhileDraining } from './graceful-shutdown';
import { rateLimiters } from './limits/rate-limits';
import { createResponseCache } from './response-cache';
import { requestTargetLimit } from './limits/request-target-limit';
import { apiDocsRoutes } from './routes/api-docs';
import { healthRoutes } from './routes/health';
import { securityHeaders } from './security-headers';
import { writeRouter } from './write-router';
import { webRouter } from '../web/web-router';

export interface AppDependencies {
  /** The primary: writes, imports and token checks, and reads when there is no replica. */
  db: Db;
  /** A streaming replica of it for anonymous reads (DATABASE_READ_URL); reads fall back to the primary. */
  readDb?: Db | null;
  logger: Logger;
  /** The largest body POST /api/v1/import accepts (IMPORT_MAX_BYTES). */
  importMaxBytes?: number;
  /** Request size and rate limits, proxies, CORS and HSTS; those of an unset environment when not given. */
  http?: HttpSettings;
}

/** The security headers of every answer, and CORS when origins are configured. */
function responseHeaders(http: HttpSettings): RequestHandler[] {
  return [securityHeaders(http.hstsMaxAgeSeconds), ...(http.cors.origins.length > 0 ? [corsPolicy(http.cors)] : [])];
}

/**
 * What a draining server answers new requests with: its 503 problem, with the same security and
 * CORS headers as the app's answers (a browser page polling the API reads the refusal, and the
 * Content-Security-Policy holds for every response).
 */
export function buildDrainRefusal(http: HttpSettings): Express {
  const refusal = express();
  refusal.disable('x-powered-by');
  refusal.use(responseHeaders(http));
  refusal.use((req, res) => refuseWhileDraining(req, res));
  return refusal;
}

/** Builds the express app without listening, so tests drive it through supertest. */
export function buildApp({
  db,
  readDb = null,
  logger,
  importMaxBytes = DEFAULT_IMPORT_MAX_BYTES,
  http = DEFAULT_HTTP_SETTINGS,
}: AppDependencies): Express {
  const routing = new ReadRouting({ primary: db, reads: readDb }, ({ error }) =>
    logger.warn({ err: error }, 'read replica failed; reads go to the primary for a while'),
  );
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', http.trustProxy);
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/healthz' } }));
  // Headers first, so every answer carries them, refusals (414, 429) included.
  app.use(responseHeaders(http));
  app.use(requestTargetLimit(http));
  app.use(healthRoutes(routing));
  app.use(rateLimiters(http.rateLimits, logger));
  // Picks each read's database and answers If-None-Match before any route runs its query.
  app.use(conditionalReads(routing, http.cacheControl));
  app.use('/api/v1', downloadRouter(logger));
  app.use('/api/v1', writeRouter(db, { importMaxBytes, jsonBodyMaxBytes: http.jsonBodyMaxBytes }));
  app.use('/api/v1', apiRouter(createResponseCache(http.responseCacheBytes)));
  app.use(feedRouter());
  app.use(apiDocsRoutes());
  app.use(webRouter());
  app.use(unknownRoute);
  app.use(errorMiddleware(logger));
  return app;
}
