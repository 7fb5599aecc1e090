/**
 * The OpenAPI description of the writes (bearer token, If-Match, request bodies),
 * of the redirect a merged organization's slug answers with, and of the Atom feed.
 */
import { feedParameters } from '../../../domain/feed-parameters';
import { INTERCHANGE_FILE, WriteRoute } from '../route';
import { IMPORT_MEDIA_TYPES } from '../writes/interchange-upload';
import { componentRef, inputSchema, JsonSchema, parameters, problemResponse } from './openapi-fragments';

export const BEARER_SCHEME = 'bearerToken';

export const SECURITY_SCHEMES = {
  [BEARER_SCHEME]: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A token from `ngo-tracker tokens create --name NAME --role editor|admin`. Reads need none; writes need one.',
  },
};

export const ETAG_HEADER = {
  ETag: {
    description: 'The version, e.g. "3": send it back in If-Match to change this record.',
    schema: { type: 'string' },
  },
};

const IF_MATCH = {
  name: 'If-Match',
  in: 'header',
  schema: { type: 'string' },
};

function requestBody(route: WriteRoute): JsonSchema | undefined {
  if (route.body === null) return undefined;
  if (route.body === INTERCHANGE_FILE) {
    const file = {
      schema: { type: 'string', description: 'An interchange file: CSV with the header row, or NDJSON.' },
    };
    return { required: true, content: Object.fromEntries(IMPORT_MEDIA_TYPES.map((mediaType) => [mediaType, file])) };
  }
  return { required: true, content: { 'application/json': { schema: inputSchema(route.body) } } };
}

export function writeOperation(route: WriteRoute): JsonSchema {
  const { status, description, schema } = route.success;
  const success: JsonSchema = {
    description,
    ...(schema ? { content: { 'application/json': { schema: componentRef(schema) } } } : {}),
    ...(route.success.status !== 204 && route.path !== '/import' ? { headers: ETAG_HEADER } : {}),
  };
  const ifMatch =
    route.ifMatch === 'none'
      ? []
      : [
          {
            ...IF_MATCH,
            required: route.ifMatch === 'required',
            description: `The ETag of the version read${route.ifMatch === 'optional' ? ' (checked when given)' : ''}.`,
          },
        ];
  const body = requestBody(route);
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    security: [{ [BEARER_SCHEME]: [] }],
    parameters: [...parameters(route.pathParameters, 'path'), ...parameters(route.query, 'query'), ...ifMatch],
    ...(body ? { requestBody: body } : {}),
    responses: {
      [status]: success,
      400: problemResponse(
        'A parameter or field is missing or wrong; `errors` names each one (and, for an import, its line).',
      ),
      401: problemResponse('No bearer token, or one that is unknown, malformed or revoked (see WWW-Authenticate).'),
      403: problemResponse(`The token's role is too small: this needs ${route.role}.`),
      ...(Object.keys(route.pathParameters.shape).length > 0
        ? { 404: problemResponse('Nothing has this id or slug.') }
        : {}),
      ...(route.conflict ? { 409: problemResponse(route.conflict) } : {}),
      ...(route.ifMatch !== 'none'
        ? { 412: problemResponse('If-Match names another version: the record changed since it was read.') }
        : {}),
      ...(route.body !== null
        ? {
            413: problemResponse(
              route.body === INTERCHANGE_FILE
                ? 'The file is larger than IMPORT_MAX_BYTES.'
                : 'The JSON body is larger than JSON_BODY_MAX_BYTES; nothing was written.',
            ),
          }
        : {}),
      ...(route.body !== null ? { 415: problemResponse('The body is not of a media type this accepts.') } : {}),
      ...(route.ifMatch === 'required'
        ? { 428: problemResponse('No If-Match (or If-Match: *): say which version the change is for.') }
        : {}),
    },
  };
}

const MOVED = {
  description: 'The organization was merged into another: Location is the same URL with the slug it now has.',
  headers: { Location: { schema: { type: 'string' } } },
};

/** Adds the redirect of a merged organization's slug to every operation on an organization by slug. */
export function addMovedResponses(paths: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const all = { ...paths };
  for (const [path, item] of Object.entries(all)) {
    if (!path.startsWith('/organizations/{slug}')) continue;
    for (const operation of Object.values(item) as { responses: JsonSchema }[]) operation.responses[308] = MOVED;
  }
  return all;
}

/** GET /feed.atom lives beside the site rather than under /api/v1: its path item says so. */
export function feedPathItem(): JsonSchema {
  return {
    servers: [{ url: '/' }],
    get: {
      operationId: 'getFeed',
      summary: 'The most recently recorded designations, with the common filters, as an Atom 1.0 feed',
      tags: ['feed'],
      parameters: parameters(feedParameters, 'query'),
      responses: {
        200: {
          description: 'An Atom feed; each entry is a designation (id urn:uuid:<designation id>).',
          content: { 'application/atom+xml': { schema: { type: 'string' } } },
        },
        400: problemResponse('A parameter is unknown or has a bad value.'),
      },
    },
  };
}
