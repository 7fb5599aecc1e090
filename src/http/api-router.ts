import { Router } from 'express';
import { parseParameters } from '../domain/parameter-parsing';
import { API_ROUTES } from './api-routes';
import { todayPartialDate } from '../domain/partial-date';
import { readEtag, readSource } from './conditional-reads';
import type { CachedResponse, ResponseCache } from './response-cache';
import { rejectUndecodablePathParameters } from './undecodable-path';

/** `/designations/{id}` -> `/designations/:id` */
function expressPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ':$1');
}

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The read API, on the database conditionalReads chose for the request. With a response cache,
 * the data version that middleware read (on that same database) decides: while it is the one an
 * answer was computed at, the same URL gets the same bytes without running the read
 * (`Cache-Status: ngo-tracker; hit`). Only successful answers are kept.
 */
export function apiRouter(cache: ResponseCache | null = null): Router {
  const router = Router();
  router.use(rejectUndecodablePathParameters(API_ROUTES.map((apiRoute) => expressPath(apiRoute.path))));
  for (const apiRoute of API_ROUTES) {
    router.get(expressPath(apiRoute.path), async (req, res) => {
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
        const path = parseParameters(apiRoute.pathParameters, { ...req.params });
        const query = parseParameters(apiRoute.query, { ...(req.query as Record<string, unknown>) });
        const body = await apiRoute.handle(db, path as never, query as never);
        const recordVersion = apiRoute.versioned ? (body as { version: number }).version : undefined;
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
    });
  }
  return router;
}
