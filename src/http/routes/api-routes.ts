import { DOWNLOAD_ROUTES } from './downloads/download-routes';
import { READ_ROUTES } from './reads/read-routes';
import type { ApiRoute } from './route';
import { WRITE_ROUTES } from './writes/write-routes';

/** Every route of /api/v1: what api-router.ts serves and docs/openapi.ts describes, in this order. */
export const API_ROUTES: ApiRoute[] = [...READ_ROUTES, ...DOWNLOAD_ROUTES, ...WRITE_ROUTES];
