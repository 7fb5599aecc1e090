/**
 * Per-client rate limits, one bucket per kind of request: reads, writes (stricter) and exports
 * (stricter still: an export is a read that streams the whole filtered table). Counters live in
 * this process's memory, keyed by the client's address (see TRUST_PROXY), per minute.
 */
import { RequestHandler, Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { RateLimits } from '../../config/config';
import type { Logger } from '../../logging/logger';
import { DOWNLOAD_ROUTES } from '../routes/downloads/download-routes';
import { sendProblem } from '../error-middleware';
import { problem } from '../problem';

export type RateLimitBucket = keyof RateLimits;

const WINDOW_MS = 60_000;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const EXPORT_PATHS = new Set(DOWNLOAD_ROUTES.map((route) => `/api/v1${route.path}`));
// Probes, static files and the API description do no database work; a load balancer's health
// checks must never be refused.
const UNLIMITED_PATHS = new Set(['/healthz', '/readyz', '/api/openapi.json', '/api/docs']);
const UNLIMITED_PREFIXES = ['/assets/', '/api/docs/'];

/**
 * The buckets a request counts in. Paths are compared as express routes them (case-insensitive,
 * trailing slash ignored), so a respelt path cannot reach a route without being counted.
 */
export function rateLimitBuckets(method: string, path: string): RateLimitBucket[] {
  const routed = path.toLowerCase().replace(/(?<=.)\/$/, '');
  if (
    method === 'OPTIONS' ||
    UNLIMITED_PATHS.has(routed) ||
    UNLIMITED_PREFIXES.some((prefix) => routed.startsWith(prefix))
  )
    return [];
  if (WRITE_METHODS.has(method)) return ['writes'];
  return EXPORT_PATHS.has(routed) ? ['reads', 'exports'] : ['reads'];
}

/** The limiters of every bucket with a limit; a bucket set to 0 has none. */
export function rateLimiters(limits: RateLimits, logger: Logger): Router {
  const router = Router();
  for (const bucket of Object.keys(limits) as RateLimitBucket[]) {
    if (limits[bucket] > 0) router.use(bucketLimiter(bucket, limits[bucket], logger));
  }
  return router;
}

function bucketLimiter(bucket: RateLimitBucket, perMinute: number, logger: Logger): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit: perMinute,
    // IETF draft 8: `RateLimit: "reads"; r=599; t=60` and `RateLimit-Policy: "reads"; q=600; w=60`,
    // one entry per bucket the request counts in; Retry-After on a 429.
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    identifier: bucket,
    skip: (req) => !rateLimitBuckets(req.method, req.path).includes(bucket),
    handler: (req, res) => {
      sendProblem(
        res,
        problem(
          429,
          'too_many_requests',
          `more than ${perMinute} ${bucket} a minute from this address; try again in ${res.get('Retry-After')} seconds`,
          {
            instance: req.path,
          },
        ),
      );
    },
    logger: {
      warn: (error, message) => logger.warn({ err: error }, message),
      error: (error, message) => logger.error({ err: error }, message),
    },
  });
}
