/**
 * HTTP caching of every read (API JSON, exports, feed, web pages) in one place, and the choice of
 * the database each read runs on. Before any route runs, a GET or HEAD asks the chosen database
 * for its data version (src/db/data-version.ts, one index lookup) and makes the strong ETag of
 * the answer from that version and the request: `"<data version>-<hash of day and URL>"`, or
 * `"<record version>.<data version>-<hash>"` for a record a PATCH names in If-Match. While the data
 * is unchanged, an If-None-Match carrying that tag is a 304 at the cost of the lookup alone: the
 * real query never runs. A write moves the version, so every tag changes; time alone never does.
 */
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { ReadRouting, ReadSource } from '../db/database-roles';
import { todayPartialDate } from '../domain/partial-date';

export interface CacheControlSettings {
  /** How long browsers and CDNs may use an anonymous read without asking again. */
  maxAgeSeconds: number;
  /** How long after that a CDN may still serve it while it revalidates in the background. */
  staleWhileRevalidateSeconds: number;
}

/** What a token-dependent answer (a write's, or a read sent with credentials) carries: never stored. */
export const PRIVATE_NO_STORE = 'private, no-store';

/** Sent by clients to read at least this data version (read-your-writes on a replica). */
export const MIN_DATA_VERSION_HEADER = 'X-Min-Data-Version';
/** The data version an answer was read at (a write's: the version right after it). */
export const DATA_VERSION_HEADER = 'X-Data-Version';
/** Which database served a read: `primary` or `replica`. */
export const READ_SOURCE_HEADER = 'X-Read-Source';

// Not data: Swagger UI, the OpenAPI document and static assets keep express's own ETags.
const NOT_DATA = [/^\/assets\//, /^\/api\/docs(\/|$)/, /^\/api\/openapi\.json$/, /^\/healthz$/, /^\/readyz$/];

const OUR_TAG = /^(?:W\/)?"(?:(\d{1,9})\.)?(\d{1,20})-([0-9a-f]{16})"$/;

interface ReadState extends ReadSource {
  requestHash: string;
}

/** The database this read request runs on (chosen by conditionalReads). */
export function readSource(res: Response): ReadState {
  const state = res.locals.readSource as ReadState | undefined;
  if (!state) throw new Error('conditionalReads did not run for this request');
  return state;
}

/** The ETag of this read's answer; `recordVersion` for a record whose version If-Match names. */
export function readEtag(res: Response, recordVersion?: number): string {
  const { version, requestHash } = readSource(res);
  return `"${recordVersion === undefined ? '' : `${recordVersion}.`}${version}-${requestHash}"`;
}

function parseTags(
  header: string | undefined,
): { recordVersion?: string; version: string; hash: string; tag: string }[] {
  if (!header) return [];
  return header.split(',').flatMap((raw) => {
    const match = OUR_TAG.exec(raw.trim());
    return match
      ? [{ recordVersion: match[1], version: match[2], hash: match[3], tag: raw.trim().replace(/^W\//, '') }]
      : [];
  });
}

function minVersionOf(header: string | undefined, tags: { version: string }[]): bigint | null {
  const seen = [
    ...(header && /^\d{1,20}$/.test(header.trim()) ? [BigInt(header.trim())] : []),
    ...tags.map((tag) => BigInt(tag.version)),
  ];
  return seen.length === 0 ? null : seen.reduce((a, b) => (a > b ? a : b));
}

// Answers that write absolute links, so depend on the origin the client used (Host, X-Forwarded-Proto):
// the feed (FEED_PATH, not imported: request imports no surface).
const ORIGIN_DEPENDENT = new Set(['/feed.atom']);

// Everything the bytes of a read depend on besides the data: the day (statuses and default dates
// are relative to today), the URL with its query (filters, `bom`, the format) and, for the feed,
// the origin. No route negotiates content by Accept, and nothing is compressed.
function requestHashOf(req: Request): string {
  const origin = ORIGIN_DEPENDENT.has(req.path) ? `${req.protocol}://${req.get('host') ?? ''}` : '';
  return createHash('sha256')
    .update(`${todayPartialDate().start}\n${origin}\n${req.originalUrl}`)
    .digest('hex')
    .slice(0, 16);
}

/**
 * Only a 200 keeps the ETag and the public Cache-Control: errors, redirects and not-founds are not
 * stored anywhere (a 404 must not outlive the creation that ends it).
 */
function keepCachingHeadersOnlyOn200(res: Response): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
  res.writeHead = function (this: Response, statusCode: number, ...rest: unknown[]) {
    if (statusCode !== 200 && statusCode !== 304) {
      this.removeHeader('ETag');
      this.setHeader('Cache-Control', 'no-store');
    }
    return writeHead(statusCode, ...rest);
  } as typeof res.writeHead;
}

export function conditionalReads(routing: ReadRouting, settings: CacheControlSettings): RequestHandler {
  const publicControl = `public, max-age=${settings.maxAgeSeconds}, stale-while-revalidate=${settings.staleWhileRevalidateSeconds}`;
  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.set('Cache-Control', PRIVATE_NO_STORE);
      return next();
    }
    if (NOT_DATA.some((pattern) => pattern.test(req.path))) return next();
    const tags = parseTags(req.get('if-none-match'));
    const source = await routing.choose(minVersionOf(req.get(MIN_DATA_VERSION_HEADER), tags));
    const requestHash = requestHashOf(req);
    res.locals.readSource = { ...source, requestHash } satisfies ReadState;
    // A CDN must not hand an answer to a request with credentials to anyone else.
    const cacheControl = req.get('authorization') === undefined ? publicControl : PRIVATE_NO_STORE;
    res.set({
      'Cache-Control': cacheControl,
      [DATA_VERSION_HEADER]: source.version,
      [READ_SOURCE_HEADER]: source.role,
    });
    const match = tags.find((tag) => tag.version === source.version && tag.hash === requestHash);
    if (match) {
      res.set('ETag', match.tag).status(304).end();
      return;
    }
    res.set('ETag', readEtag(res));
    keepCachingHeadersOnlyOn200(res);
    next();
  };
}
