/**
 * The answers any operation may give before its handler runs (414, 429, 503 while the service
 * shuts down, and 413 for a JSON body that is too large) and the rate-limit headers, added to
 * every operation of the document.
 */
import { JsonSchema, problemResponse } from './openapi-fragments';
import { rateLimitBuckets } from '../../limits/rate-limits';

const RATE_LIMIT_HEADERS = {
  RateLimit: {
    description:
      'IETF draft-8 (draft-ietf-httpapi-ratelimit-headers-08), while rate limits are on: for each limit the request counts against, ' +
      'its name, the requests left (r) and the seconds until the window ends (t), e.g. `"reads"; r=599; t=60`.',
    schema: { type: 'string' },
  },
  'RateLimit-Policy': {
    description:
      'Each limit: its name, its quota (q) per window of w seconds, and a hash of the client address it is counted for (pk).',
    schema: { type: 'string' },
  },
};

const RETRY_AFTER = {
  'Retry-After': {
    description: 'Seconds until the window ends and requests are accepted again.',
    schema: { type: 'integer' },
  },
};

// `unavailable` comes from the handlers (src/db/database-errors.ts), `service_shutting_down` from graceful-shutdown.ts.
const UNAVAILABLE = {
  ...problemResponse(
    'The database cannot be reached within DB_CONNECT_TIMEOUT_MS, took longer than STATEMENT_TIMEOUT_MS, or a write kept ' +
      'deadlocking with concurrent ones after three attempts (`unavailable`), ' +
      'or the service is shutting down (`service_shutting_down`, with `Connection: close`, before any work). Retry later.',
  ),
  headers: {
    'Retry-After': {
      description:
        'While the service shuts down: seconds after which to retry (another instance, or this one restarted).',
      schema: { type: 'integer' },
    },
  },
};

const METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete'];

type Operation = { responses: Record<string, JsonSchema & { headers?: JsonSchema }> };

function tooManyRequests(buckets: string[]): JsonSchema {
  const limits = buckets.map((bucket) => `${bucket} (RATE_LIMIT_${bucket.toUpperCase()}_PER_MINUTE)`).join(' and ');
  return {
    ...problemResponse(`More requests from this client address in a minute than the limit of ${limits}.`),
    headers: { ...RATE_LIMIT_HEADERS, ...RETRY_AFTER },
  };
}

export function addLimitResponses(paths: Record<string, JsonSchema>): Record<string, JsonSchema> {
  for (const [path, item] of Object.entries(paths)) {
    const base = (item.servers as { url: string }[] | undefined)?.[0]?.url ?? '/api/v1';
    const servedPath = `${base.replace(/\/$/, '')}${path}`;
    for (const method of METHODS.filter((name) => item[name] !== undefined)) {
      const { responses } = item[method] as Operation;
      for (const [status, response] of Object.entries(responses)) {
        if (status.startsWith('2')) response.headers = { ...response.headers, ...RATE_LIMIT_HEADERS };
      }
      responses[414] = problemResponse(
        'The URL is longer than URL_MAX_BYTES, or its query string longer than QUERY_STRING_MAX_BYTES; nothing was done.',
      );
      responses[429] = tooManyRequests(rateLimitBuckets(method.toUpperCase(), servedPath));
      responses[503] = UNAVAILABLE;
    }
  }
  return paths;
}
