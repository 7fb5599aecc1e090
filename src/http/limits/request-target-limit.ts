import type { RequestHandler, Response } from 'express';
import { sendProblem } from '../error-middleware';
import { problem } from '../problem';

export interface RequestTargetLimits {
  urlMaxBytes: number;
  queryStringMaxBytes: number;
}

/**
 * Answers 414 for a URL or a query string over its limit before anything routes or parses it, so
 * a huge query string costs no parsing, validation or database work.
 */
export function requestTargetLimit({ urlMaxBytes, queryStringMaxBytes }: RequestTargetLimits): RequestHandler {
  return (req, res, next) => {
    const target = req.url;
    const queryStart = target.indexOf('?');
    const queryBytes = queryStart === -1 ? 0 : Buffer.byteLength(target.slice(queryStart + 1));
    if (Buffer.byteLength(target) > urlMaxBytes)
      return tooLong(res, target, `the URL is longer than ${urlMaxBytes} bytes`);
    if (queryBytes > queryStringMaxBytes)
      return tooLong(res, target, `the query string is longer than ${queryStringMaxBytes} bytes`);
    next();
  };
}

// A long path (over this) may be what is too long: it is not echoed back as the instance.
const ECHOED_PATH_MAX = 200;

function tooLong(res: Response, target: string, detail: string): void {
  const path = target.split('?')[0];
  sendProblem(res, problem(414, 'uri_too_long', detail, path.length <= ECHOED_PATH_MAX ? { instance: path } : {}));
}
