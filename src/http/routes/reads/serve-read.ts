import type { RequestHandler } from 'express';
import { parseParameters } from '../../../domain/parameter-parsing';
import { todayPartialDate } from '../../../domain/partial-date';
import { readEtag, readSource } from '../../../request/conditional-reads';
import type { ReadRoute } from '../route';
import type { CachedResponse, ResponseCache } from './response-cache';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * A JSON read, on the database conditionalReads chose for the request. With a response cache,
 * the data version that middleware read (on that same database) decides: while it is the one an
 * answer was computed at, the same URL gets the same bytes without running the read
 * (`Cache-Status: ngo-tracker; hit`). Only successful answers are kept.
 */
export function serveRead(route: ReadRoute, cache: ResponseCache | null): RequestHandler {
  return async (req, res) => {
    const { db, version } = readSource(res);
    const respond = (answer: CachedResponse, cacheStatus?: string) =>
      res
        .set({
          ETag: readEtag(res, answer.recordVersion),
          'Content-Type': JSON_TYPE,
          ...(cacheStatus ? { 'Cache-Status': cacheStatus } : {}),
        })
        .send(answer.body);
    const compute = async (): Promise<CachedResponse> => {
      const path = parseParameters(route.pathParameters, { ...req.params });
      const query = parseParameters(route.query, { ...(req.query as Record<string, unknown>) });
      const body = await route.handle(db, path as never, query as never);
      const recordVersion = route.versioned ? (body as { version: number }).version : undefined;
      return { recordVersion, body: Buffer.from(JSON.stringify(body)) };
    };
    if (!cache) {
      respond(await compute());
      return;
    }
    const key = `${todayPartialDate().start} ${req.originalUrl}`;
    const kept = cache.get(key, version);
    if (kept) {
      respond(kept, 'ngo-tracker; hit');
      return;
    }
    const answer = await compute();
    respond(answer, cache.set(key, version, answer) ? 'ngo-tracker; fwd=miss; stored' : 'ngo-tracker; fwd=miss');
  };
}
