import { Router } from 'express';
import type { Db } from '../db/connection';
import { parseParameters } from '../domain/parameter-parsing';
import { API_ROUTES } from './api-routes';
import { todayPartialDate } from '../domain/partial-date';
import { dataVersion } from '../queries/data-version';
import { etagOf } from './if-match';
import type { ResponseCache } from './response-cache';
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
      const version = cache && (await dataVersion(db));
      const key = `${todayPartialDate().start} ${req.originalUrl}`;
      const kept = cache && version !== null ? cache.get(key, version) : undefined;
      if (kept) {
        res.set({ ...kept.headers, 'Content-Type': JSON_TYPE, 'Cache-Status': 'ngo-tracker; hit' }).send(kept.body);
        return;
      }
      const path = parseParameters(apiRoute.pathParameters, { ...req.params });
      const query = parseParameters(apiRoute.query, { ...(req.query as Record<string, unknown>) });
      const body = await apiRoute.handle(db, path as never, query as never);
      const headers: Record<string, string> = apiRoute.versioned ? { ETag: etagOf((body as { version: number }).version) } : {};
      const answer = { headers, body: Buffer.from(JSON.stringify(body)) };
      if (cache && version !== null) {
        res.set('Cache-Status', cache.set(key, version, answer) ? 'ngo-tracker; fwd=miss; stored' : 'ngo-tracker; fwd=miss');
      }
      res.set({ ...answer.headers, 'Content-Type': JSON_TYPE }).send(answer.body);
    });
  }
  return router;
}
