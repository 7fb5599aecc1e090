import express, { RequestHandler, Response } from 'express';
import type { Db } from '../../../db/connection';
import { parseParameters } from '../../../domain/parameter-parsing';
import { todayPartialDate } from '../../../domain/partial-date';
import { parseBody } from '../../../domain/request-body';
import { DATA_VERSION_HEADER } from '../../../request/conditional-reads';
import { committedDataVersion } from '../../../services/data-version';
import { RequestBodyError } from '../../request-body-error';
import { INTERCHANGE_FILE, WriteResult, WriteRoute } from '../route';
import { callerOf, requireRole } from './bearer-auth';
import { etagOf, expectedVersions } from './if-match';
import { receiveInterchangeFile } from './interchange-upload';

export interface WriteLimits {
  /** The largest import body accepted, in bytes. */
  importMaxBytes: number;
  /** The largest JSON body accepted, in bytes. */
  jsonBodyMaxBytes: number;
}

const JSON_MEDIA_TYPES = ['application/json', 'application/*+json'];

/** Parses a JSON body of at most `maxBytes`; a larger one is a 413 that says the limit. */
export function jsonBodyReader(maxBytes: number): RequestHandler {
  const parse = express.json({ limit: maxBytes, type: JSON_MEDIA_TYPES });
  return (req, res, next) => {
    parse(req, res, (error?: unknown) => {
      if ((error as { type?: string } | undefined)?.type !== 'entity.too.large') return next(error);
      next(new RequestBodyError(413, 'payload_too_large', `the JSON body is larger than ${maxBytes} bytes`));
    });
  };
}

/** A JSON body must say it is JSON; no body at all is an empty object (an empty PATCH changes nothing). */
const requireJsonBody: RequestHandler = (req, _res, next) => {
  if (req.is(JSON_MEDIA_TYPES) === false) {
    throw new RequestBodyError(
      415,
      'unsupported_media_type',
      `send the body as application/json, not ${req.get('content-type')}`,
    );
  }
  next();
};

/**
 * The handlers of a write, in order. The token is checked before anything else is read (an
 * unauthorized upload is never stored), then parameters, If-Match and the body; the handler runs
 * last, on the primary. `readJson` is shared by every write (one parser, one limit).
 */
export function serveWrite(db: Db, route: WriteRoute, readJson: RequestHandler, limits: WriteLimits): RequestHandler[] {
  const bodyReaders = route.body === null || route.body === INTERCHANGE_FILE ? [] : [requireJsonBody, readJson];
  const handle: RequestHandler = async (req, res) => {
    const path = parseParameters(route.pathParameters, { ...req.params });
    const query = parseParameters(route.query, { ...(req.query as Record<string, unknown>) });
    const expected = expectedVersions(req.get('if-match'), route.ifMatch);
    const request = {
      actor: callerOf(res).name,
      path,
      query,
      expectedVersions: expected,
      today: todayPartialDate().start,
    };
    if (route.body !== INTERCHANGE_FILE) {
      const body = route.body === null ? undefined : parseBody(route.body, req.body, 'request body');
      const result = await route.handle(db, { ...request, body } as never);
      send(res, route, result, await committedDataVersion(db));
      return;
    }
    const upload = await receiveInterchangeFile(req, res, limits.importMaxBytes);
    try {
      const result = await route.handle(db, { ...request, body: upload.input } as never);
      send(res, route, result, await committedDataVersion(db));
    } finally {
      await upload.discard();
    }
  };
  return [requireRole(db, route.role), ...bodyReaders, handle];
}

function send(res: Response, route: WriteRoute, result: WriteResult, dataVersion: string): void {
  res.set(DATA_VERSION_HEADER, dataVersion);
  if (result.version !== undefined) res.set('ETag', etagOf(result.version));
  if (result.location) res.location(result.location);
  if (route.success.status === 204) res.status(204).end();
  else res.status(route.success.status).json(result.body);
}
