/**
 * The OpenAPI 3.1 document, generated from the route table and the zod schemas that validate the
 * requests (their input side: the raw query-string values) and describe the responses.
 */
import { z } from 'zod';
import { apiSchemas } from '../../schemas/api-schemas';
import { API_ROUTES } from '../api-routes';
import { FEED_PATH } from '../feed/feed-route';
import type { ApiRoute, DownloadRoute, ReadRoute } from '../route';
import { COMPONENTS, componentRef, JsonSchema, parameters, problemResponse } from './openapi-fragments';
import { addLimitResponses } from './openapi-limits';
import { addMovedResponses, ETAG_HEADER, feedPathItem, SECURITY_SCHEMES, writeOperation } from './openapi-writes';

/** See src/http/routes/reads/response-cache.ts. */
const CACHE_STATUS_HEADER = {
  'Cache-Status': {
    description:
      'RFC 9211, while the response cache is on (RESPONSE_CACHE_MB > 0): `ngo-tracker; hit` when this answer was kept from an ' +
      'earlier request for the same URL on the same day and the data has not changed since; `ngo-tracker; fwd=miss; stored` when it ' +
      'was computed and kept; `ngo-tracker; fwd=miss` when it was too large to keep.',
    schema: { type: 'string' },
  },
};

function readOperation(apiRoute: ReadRoute): JsonSchema {
  const hasPathParameters = Object.keys(apiRoute.pathParameters.shape).length > 0;
  return {
    operationId: apiRoute.operationId,
    summary: apiRoute.summary,
    tags: [apiRoute.tag],
    parameters: [...parameters(apiRoute.pathParameters, 'path'), ...parameters(apiRoute.query, 'query')],
    responses: {
      200: {
        description: 'OK',
        headers: { ...(apiRoute.versioned ? ETAG_HEADER : {}), ...CACHE_STATUS_HEADER },
        content: { 'application/json': { schema: componentRef(apiRoute.response) } },
      },
      400: problemResponse('A parameter is unknown or has a bad value; `errors` names each one and the value given.'),
      ...(hasPathParameters ? { 404: problemResponse('Nothing has this id, slug or code.') } : {}),
      ...(apiRoute.notFound ? { 404: problemResponse(apiRoute.notFound.description, apiRoute.notFound.problem) } : {}),
    },
  };
}

/** A file download: the body is the file, described by its media type rather than a JSON schema. */
function downloadOperation(route: DownloadRoute): JsonSchema {
  const mediaType = route.mediaType.split(';')[0];
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    parameters: parameters(route.query, 'query'),
    responses: {
      200: {
        description:
          'The file, streamed, with a Content-Disposition file name that names the filter and the day. ' +
          'A failure after the first byte aborts the transfer instead of ending a short file.',
        content: { [mediaType]: { schema: { type: 'string', contentMediaType: mediaType } } },
      },
      400: problemResponse('A parameter is unknown or has a bad value; nothing of the file is sent.'),
    },
  };
}

function operation(route: ApiRoute): JsonSchema {
  switch (route.kind) {
    case 'read':
      return readOperation(route);
    case 'download':
      return downloadOperation(route);
    case 'write':
      return writeOperation(route);
  }
}

/** The path items of /api/v1: each path with an operation per method, in the order of API_ROUTES. */
function apiPathItems(): Record<string, JsonSchema> {
  const items: Record<string, JsonSchema> = {};
  for (const route of API_ROUTES) items[route.path] = { ...items[route.path], [route.method]: operation(route) };
  return items;
}

function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `${COMPONENTS}${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const component: JsonSchema = { ...schema };
      // A component is addressed by its place in the document, not by a dialect or an $id.
      delete component.$schema;
      delete component.$id;
      return [id, component];
    }),
  );
}

export function openApiDocument(): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'NGO Sanction Tracker API',
      version: '1',
      description:
        'A sourced record of state actions against NGOs. Dates are partial dates (YYYY, YYYY-MM, YYYY-MM-DD).',
    },
    servers: [{ url: '/api/v1' }],
    paths: addLimitResponses({
      ...addMovedResponses(apiPathItems()),
      [FEED_PATH]: feedPathItem(),
    }),
    components: { schemas: componentSchemas(), securitySchemes: SECURITY_SCHEMES },
  };
}
