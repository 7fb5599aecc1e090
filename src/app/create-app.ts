/**
 * The composition root of the web server: one express app into which the JSON API (src/http) and
 * the pages (src/web) are plugged, with what every request goes through applied here once:
 * headers, limits, the choice of database and HTTP caching (src/request), the redirect of a merged
 * organization's old slug, and the error answers. Each surface guards its own path parameters
 * (src/request/undecodable-path.ts), since each answers a bad one its own way: problem+json or a page.
 */
import express, { Express, RequestHandler } from 'express';
import pinoHttp from 'pino-http';
import { DEFAULT_HTTP_SETTINGS, DEFAULT_IMPORT_MAX_BYTES, HttpSettings } from '../config/config';
import type { Db } from '../db/connection';
import { translateDatabaseError } from '../db/database-errors';
import { ReadRouting } from '../db/database-roles';
import { corsPolicy } from '../http/cors-policy';
import { errorMiddleware, unknownRoute } from '../http/error-middleware';
import { refuseWhileDraining } from '../http/graceful-shutdown';
import { rateLimiters } from '../http/limits/rate-limits';
import { requestTargetLimit } from '../http/limits/request-target-limit';
import { apiRouter } from '../http/routes/api-router';
import { apiDocsRoutes } from '../http/routes/docs/api-docs';
import { feedRouter } from '../http/routes/feed/feed-route';
import { healthRoutes } from '../http/routes/health/health';
import { createResponseCache } from '../http/routes/reads/response-cache';
import { securityHeaders } from '../http/security-headers';
import type { Logger } from '../logging/logger';
import { conditionalReads } from '../request/conditional-reads';
import { webRouter } from '../web/web-router';
import { mergedOrganizationRedirect } from './merged-organization-redirect';

const API_BASE = '/api/v1';

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
export function createDrainRefusal(http: HttpSettings): Express {
  const refusal = express();
  refusal.disable('x-powered-by');
  refusal.use(responseHeaders(http));
  refusal.use((req, res) => refuseWhileDraining(req, res));
  return refusal;
}

/** Builds the express app without listening, so tests drive it through supertest. */
export function createApp({
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
  app.use(healthRoutes(routing.roles));
  app.use(rateLimiters(http.rateLimits, logger));
  // Picks each read's database and answers If-None-Match before any route runs its query.
  app.use(conditionalReads(routing, http.cacheControl));
  const cache = createResponseCache(http.responseCacheBytes);
  const writeLimits = { importMaxBytes, jsonBodyMaxBytes: http.jsonBodyMaxBytes };
  app.use(API_BASE, apiRouter({ db, logger, cache, writeLimits }));
  app.use(feedRouter());
  app.use(apiDocsRoutes());
  app.use(webRouter());
  app.use(unknownRoute);
  app.use(mergedOrganizationRedirect);
  app.use(errorMiddleware(logger, translateDatabaseError));
  return app;
}
