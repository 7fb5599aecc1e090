import { RequestHandler, Router } from 'express';
import type { Db } from '../../db/connection';
import type { Logger } from '../../logging/logger';
import { rejectUndecodablePathParameters } from '../../request/undecodable-path';
import { API_ROUTES } from './api-routes';
import { serveDownload } from './downloads/serve-download';
import type { ResponseCache } from './reads/response-cache';
import { serveRead } from './reads/serve-read';
import { ApiRoute, expressPath } from './route';
import { jsonBodyReader, serveWrite, WriteLimits } from './writes/serve-write';

export interface ApiDependencies {
  /** The primary: writes and token checks run on it (reads run where conditionalReads chose). */
  db: Db;
  logger: Logger;
  /** Keeps read answers while the data version holds; null for none. */
  cache: ResponseCache | null;
  writeLimits: WriteLimits;
}

/** The router of /api/v1: each entry of API_ROUTES, served as its kind says. */
export function apiRouter({ db, logger, cache, writeLimits }: ApiDependencies): Router {
  const router = Router();
  router.use(rejectUndecodablePathParameters(API_ROUTES.map((route) => expressPath(route.path))));
  const readJson = jsonBodyReader(writeLimits.jsonBodyMaxBytes);
  const handlersOf = (route: ApiRoute): RequestHandler[] => {
    switch (route.kind) {
      case 'read':
        return [serveRead(route, cache)];
      case 'download':
        return [serveDownload(logger, route)];
      case 'write':
        return serveWrite(db, route, readJson, writeLimits);
    }
  };
  for (const route of API_ROUTES) router[route.method](expressPath(route.path), ...handlersOf(route));
  return router;
}
