import cors from 'cors';
import type { RequestHandler } from 'express';

export interface CorsSettings {
  /** Origins allowed to read cross-origin; `*` allows any. */
  origins: string[];
  /** Whether those origins may also write (POST, PATCH, DELETE) from a browser. */
  allowWrites: boolean;
}

const READ_METHODS = ['GET', 'HEAD'];
const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];
// Headers a cross-origin script may read: versions for If-Match, where a creation went, the file
// name of a download, the rate-limit state, and the data version to send back for read-your-writes.
const EXPOSED_HEADERS = [
  'ETag',
  'Location',
  'Content-Disposition',
  'RateLimit',
  'RateLimit-Policy',
  'Retry-After',
  'Cache-Status',
  'X-Data-Version',
];
const PREFLIGHT_CACHE_SECONDS = 600;

/**
 * Cross-origin access for browsers. A request (or a preflight) from an origin not listed, or for a
 * write when writes are not allowed, gets no Access-Control-Allow-* header at all, so the browser
 * refuses it; nothing changes for clients that are not browsers.
 */
export function corsPolicy({ origins, allowWrites }: CorsSettings): RequestHandler {
  const anyOrigin = origins.includes('*');
  const methods = allowWrites ? [...READ_METHODS, ...WRITE_METHODS] : READ_METHODS;
  const allowedHeaders = allowWrites
    ? ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'X-Min-Data-Version']
    : ['If-None-Match', 'X-Min-Data-Version'];
  const policy = cors((req, callback) => {
    const origin = req.headers.origin;
    const method = (
      req.method === 'OPTIONS' ? req.headers['access-control-request-method'] : req.method
    )?.toUpperCase();
    const allowed =
      origin !== undefined &&
      (anyOrigin || origins.includes(origin)) &&
      method !== undefined &&
      methods.includes(method);
    callback(null, {
      origin: allowed ? (anyOrigin ? '*' : origin) : false,
      methods,
      allowedHeaders,
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: PREFLIGHT_CACHE_SECONDS,
    });
  });
  return (req, res, next) => {
    // The answer depends on the Origin whenever origins are listed, allowed or not: caches must
    // not hand one origin's answer to another.
    if (!anyOrigin) res.vary('Origin');
    policy(req, res, next);
  };
}
