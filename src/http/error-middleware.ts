import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logging/logger';
import { ErrorTranslation, problem, Problem, problemFromError } from './problem';

export function sendProblem(res: Parameters<RequestHandler>[1], body: Problem): void {
  res.status(body.status).type('application/problem+json').json(body);
}

export const unknownRoute: RequestHandler = (req, res) => {
  sendProblem(res, problem(404, 'route_not_found', `no route for ${req.method} ${req.path}`, { instance: req.path }));
};

/**
 * The one place where errors become responses: problem+json, never a stack trace or SQL text.
 * `translateError` names what a database error means (a conflict, an outage).
 */
export function errorMiddleware(logger: Logger, translateError: ErrorTranslation): ErrorRequestHandler {
  return (error, req, res, next) => {
    const body = { ...problemFromError(error, translateError), instance: req.path };
    if (body.status >= 500) logger.error({ err: error, path: req.path }, 'request failed');
    if (res.headersSent) {
      // A streamed response cannot change its status any more: cut it so the client sees a broken
      // transfer instead of a short body that looks complete.
      res.destroy(error instanceof Error ? error : undefined);
      return;
    }
    try {
      sendProblem(res, body);
    } catch (unsendable) {
      // A problem that cannot be written as JSON would otherwise reach express's own handler,
      // which answers with an HTML page showing the stack trace.
      logger.error({ err: unsendable, path: req.path }, 'problem details could not be sent');
      sendProblem(
        res,
        problem(500, 'internal_error', 'an unexpected error occurred; it has been logged', { instance: req.path }),
      );
    }
    void next;
  };
}
