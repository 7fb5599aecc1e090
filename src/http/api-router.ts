import { Router } from 'express';
import type { Db } from '../db/connection';
import { parseParameters } from '../domain/parameter-parsing';
import { API_ROUTES } from './api-routes';
import { etagOf } from './if-match';
import { rejectUndecodablePathParameters } from './undecodable-path';

/** `/designations/{id}` -> `/designations/:id` */
function expressPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ':$1');
}

export function apiRouter(db: Db): Router {
  const router = Router();
  router.use(rejectUndecodablePathParameters(API_ROUTES.map((apiRoute) => expressPath(apiRoute.path))));
  for (const apiRoute of API_ROUTES) {
    router.get(expressPath(apiRoute.path), async (req, res) => {
      const path = parseParameters(apiRoute.pathParameters, { ...req.params });
      const query = parseParameters(apiRoute.query, { ...(req.query as Record<string, unknown>) });
      const body = await apiRoute.handle(db, path as never, query as never);
      if (apiRoute.versioned) res.set('ETag', etagOf((body as { version: number }).version));
      res.json(body);
    });
  }
  return router;
}
