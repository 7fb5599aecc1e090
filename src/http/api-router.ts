import { Router } from 'express';
import type { Db } from '../db/connection';
import { parseParameters } from '../domain/parameter-parsing';
import { API_ROUTES } from './api-routes';
import { todayPartialDate } from '../domain/partial-date';
import { dataVersion } from '../queries/data-version';
import { etagOf } from './if-match';
import type { CachedResponse, ResponseCache } from './response-cache';
import { rejectUndecodablePathParameters } from './undecodable-path';

/** `/designations/{id}` -> `/designations/:id` */
function expressPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ':$1');
}

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The read API. With a response cache, each request first asks for the data version: while it is
 * the one an answer was computed at, the same URL gets the same bytes without running the read
 * (`Cache-Status: ngo-tracker; hit`). Only successful answers are kept.
 */
export function apiRouter(db: Db, cache: ResponseCache | null = null): Router {
  const router = Router();
  router.use(rejectUndecodablePathParameters(API_ROUTES.map((apiRoute) => expressPath(apiRoute.path))));
  for (const apiRoute of API_ROUTES) {
    router.get(expressPath(apiRoute.path), async (req, res) => {
      const respond = (answer: CachedResponse, cacheStatus?: string) =>
        res.set({ ...answer.headers, 'Content-Type': JSON_TYPE, ...(cacheStatus ? { 'Cache-Status': cacheStatus } : {}) }).send(answer.body);
      const compute = async (): Promise<CachedResponse> => {
        const path = parseParameters(apiRoute.pathParameters, { ...req.params });
        const query = parseParameters(apiRoute.query, { ...(req.query as Record<string, unknown>) });
        const body = await apiRoute.handle(db, path as never, query as never);
        const headers: Record<string, string> = apiRoute.versioned ? { ETag: etagOf((body as { version: number }).version) } : {};
        return { headers, body: Buffer.from(JSON.stringify(body)) };
      };
      if (!cache) {
        respond(await compute());
        return;
      }
      const version = await dataVersion(db);
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
