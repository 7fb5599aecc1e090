import type { RequestHandler } from 'express';
import { parseParameters } from '../../../domain/parameter-parsing';
import { todayPartialDate } from '../../../domain/partial-date';
import type { Logger } from '../../../logging/logger';
import { readSource } from '../../../request/conditional-reads';
import type { DownloadRoute } from '../route';

/**
 * Parameters are checked before any byte is sent (a bad filter is a 400 problem). Once the body
 * has started, a failure destroys the response, so the client sees a broken transfer rather than
 * a file that looks complete. The file is read from the database conditionalReads chose.
 */
export function serveDownload(logger: Logger, route: DownloadRoute): RequestHandler {
  return (req, res, next) => {
    const query = parseParameters(route.query, { ...(req.query as Record<string, unknown>) });
    const { fileName, stream } = route.open(readSource(res).db, query as never, todayPartialDate().start);
    // attachment() would set a type from the extension (none for .ndjson): the route's type comes last.
    res.status(200).attachment(fileName).type(route.mediaType);
    stream.on('error', (error) => {
      if (!res.headersSent) return next(error);
      logger.error({ err: error, path: req.path }, 'export failed after streaming began; response aborted');
      res.destroy(error);
    });
    res.on('close', () => stream.destroy());
    stream.pipe(res);
  };
}
