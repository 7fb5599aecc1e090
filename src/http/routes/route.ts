/**
 * A route of /api/v1, as data: api-router.ts serves it and the OpenAPI document (docs/openapi.ts)
 * describes it, from the same entry, so no route goes undocumented and no documented parameter
 * goes unchecked. Each handler is one service call on parsed parameters. `kind` says how it is
 * served: a read answers JSON (cached, conditional), a download streams a file, a write needs a
 * bearer token and changes data.
 */
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { Db } from '../../db/connection';
import type { Actor } from '../../db/recorded-transaction';
import type { TokenRole } from '../../domain/api-tokens';
import type { IfMatchRule } from './writes/if-match';

export type ParameterSchema = z.ZodObject;

interface RouteDescription {
  /** OpenAPI path template under /api/v1, e.g. `/designations/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  /** Longer text for the OpenAPI operation, where the summary does not say enough. */
  description?: string;
  tag: string;
  pathParameters: ParameterSchema;
  query: ParameterSchema;
}

export interface ReadRoute extends RouteDescription {
  kind: 'read';
  method: 'get';
  /** A schema registered in apiSchemas: the 200 response. */
  response: z.ZodType;
  /** When a 404 says more than "nothing has this id": its description and registered problem schema. */
  notFound?: { description: string; problem: z.ZodType };
  /** The response has a `version`, sent as the ETag that a PATCH names in If-Match. */
  versioned?: boolean;
  // `never` parameters let a table entry keep its own precise types (see readRoute in
  // reads/read-routes.ts); the router passes what that entry's own schemas parsed.
  handle(db: Db, path: never, query: never): Promise<unknown>;
}

export interface DownloadRoute extends RouteDescription {
  kind: 'download';
  method: 'get';
  mediaType: string;
  open(db: Db, query: never, today: string): { fileName: string; stream: Readable };
}

/** The body of the import: the uploaded file, streamed to disk before the handler runs. */
export const INTERCHANGE_FILE = 'interchange-file';

export interface WriteRequest<Path, Query, Body> {
  actor: Actor;
  path: Path;
  query: Query;
  body: Body;
  /** The versions If-Match names; undefined when the route does not take it or it was not sent. */
  expectedVersions: number[] | undefined;
  today: string;
}

export interface WriteResult {
  body?: unknown;
  /** Sent as the ETag. */
  version?: number;
  location?: string;
}

export interface WriteRoute extends RouteDescription {
  kind: 'write';
  method: 'post' | 'patch' | 'delete';
  role: TokenRole;
  body: z.ZodType | typeof INTERCHANGE_FILE | null;
  ifMatch: IfMatchRule;
  success: { status: 200 | 201 | 204; description: string; schema?: z.ZodType };
  /** When a 409 can happen: why. */
  conflict?: string;
  handle(db: Db, request: WriteRequest<never, never, never>): Promise<WriteResult>;
}

export type ApiRoute = ReadRoute | DownloadRoute | WriteRoute;

/** `/designations/{id}` -> `/designations/:id` */
export function expressPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ':$1');
}
