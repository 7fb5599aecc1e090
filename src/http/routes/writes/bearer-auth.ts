import type { RequestHandler, Response } from 'express';
import type { Db } from '../../../db/connection';
import { roleAllows, TokenRole } from '../../../domain/api-tokens';
import { UnauthorizedError } from '../../../domain/errors';
import { assertRole, authenticate, Caller } from '../../../services/api-tokens';

const CHALLENGE = 'Bearer realm="ngo-tracker"';
const BEARER = /^Bearer +([^\s]+) *$/i;

/**
 * Lets the request through only with `Authorization: Bearer <token>` of a token whose role allows
 * `role`: 401 (with a WWW-Authenticate challenge, RFC 6750) without a valid token, 403 with too
 * small a role. The token itself is never logged (the logger redacts the header).
 */
export function requireRole(db: Db, role: TokenRole): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization');
    const token = BEARER.exec(header ?? '')?.[1];
    if (token === undefined) {
      res.set('WWW-Authenticate', CHALLENGE);
      throw new UnauthorizedError(
        header === undefined
          ? 'writing needs a token: Authorization: Bearer <token> (ngo-tracker tokens create)'
          : 'the Authorization header must be "Bearer <token>"',
      );
    }
    const caller = await authenticate(db, token).catch((error: unknown) => {
      if (error instanceof UnauthorizedError) res.set('WWW-Authenticate', `${CHALLENGE}, error="invalid_token"`);
      throw error;
    });
    if (!roleAllows(caller.role, role)) res.set('WWW-Authenticate', `${CHALLENGE}, error="insufficient_scope"`);
    assertRole(caller, role);
    res.locals.caller = caller;
    next();
  };
}

/** The caller requireRole let through. */
export function callerOf(res: Response): Caller {
  return res.locals.caller as Caller;
}
