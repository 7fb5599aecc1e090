/**
 * The routes that stream files instead of JSON, as data like API_ROUTES: the router below serves
 * them and the OpenAPI document describes them from the same entries.
 */
import type { Readable } from 'node:stream';
import { RequestHandler, Router } from 'express';
import { z } from 'zod';
import type { Db } from '../db/connection';
import { designationFiltersFrom, statusDay } from '../domain/designation-filters';
import { csvExportParameters, exportFileName, ndjsonExportParameters } from '../domain/export-parameters';
import { parseParameters } from '../domain/parameter-parsing';
import { todayPartialDate } from '../domain/partial-date';
import { noParameters } from '../domain/query-parameters';
import type { Logger } from '../logging/logger';
import { readSource } from './conditional-reads';
import { exportDesignations } from '../services/export/designation-export';
import { exportFtmEntities } from '../services/export/ftm-export';

// Required at the first data package download: the zip writer (archiver) is some 3 MB of heap.
const dataPackage = () =>
  require('../services/export/data-package') as typeof import('../services/export/data-package');

export interface DownloadRoute {
  /** Path under /api/v1. */
  path: string;
  operationId: string;
  summary: string;
  /** Longer text for the OpenAPI operation, where the summary does not say enough. */
  description?: string;
  tag: string;
  query: z.ZodObject | z.ZodType;
  mediaType: string;
  open(db: Db, query: never, today: string): { fileName: string; stream: Readable };
}

function download<Query extends z.ZodType>(
  definition: Omit<DownloadRoute, 'open' | 'query'> & {
    query: Query;
    open(db: Db, query: z.output<Query>, today: string): { fileName: string; stream: Readable };
  },
): DownloadRoute {
  return definition;
}

export const DOWNLOAD_ROUTES: DownloadRoute[] = [
  download({
    path: '/designations.csv',
    operationId: 'exportDesignationsCsv',
    summary: 'Every designation matching the common filters as interchange CSV (no page limit, streamed)',
    tag: 'exports',
    query: csvExportParameters,
    mediaType: 'text/csv; charset=utf-8',
    open: (db, query, today) => ({
      fileName: exportFileName(query, 'csv', today),
      stream: exportDesignations(db, designationFiltersFrom(query), {
        format: 'csv',
        bom: query.bom,
        today: statusDay(designationFiltersFrom(query), today),
      }),
    }),
  }),
  download({
    path: '/designations.ndjson',
    operationId: 'exportDesignationsNdjson',
    summary: 'Every designation matching the common filters as NDJSON, one object per line (streamed)',
    tag: 'exports',
    query: ndjsonExportParameters,
    mediaType: 'application/x-ndjson; charset=utf-8',
    open: (db, query, today) => ({
      fileName: exportFileName(query, 'ndjson', today),
      stream: exportDesignations(db, designationFiltersFrom(query), {
        format: 'ndjson',
        today: statusDay(designationFiltersFrom(query), today),
      }),
    }),
  }),
  download({
    path: '/entities.ftm.ndjson',
    operationId: 'exportFtmEntities',
    summary:
      'Every designation matching the common filters as FollowTheMoney entities, one JSON object per line (streamed)',
    description:
      'The record in the FollowTheMoney model of OpenSanctions, yente and Aleph (see docs/api-ftm.md): an `Organization` ' +
      'per organization acted against (once, before its first designation; its family parent too, linked by a ' +
      '`Membership`), and a `Sanction` per designation (an `Event` for the two measures that are not state acts). ' +
      'Ids are `ngo-tracker-org-<uuid>`, `ngo-tracker-designation-<uuid>` and `ngo-tracker-family-<uuid>`. ' +
      'Dates keep their precision (`2015`, `2015-07`, `2015-07-28`); countries are lower-case ISO codes.',
    tag: 'exports',
    query: ndjsonExportParameters,
    mediaType: 'application/x-ndjson; charset=utf-8',
    open: (db, query, today) => {
      const filters = designationFiltersFrom(query);
      return {
        fileName: exportFileName(query, 'ftm.ndjson', today, 'entities'),
        stream: exportFtmEntities(db, filters, { today: statusDay(filters, today) }),
      };
    },
  }),
  download({
    path: '/datapackage.zip',
    operationId: 'exportDataPackage',
    summary:
      'The whole dataset as a Frictionless Tabular Data Package (datapackage.json and one CSV per table), zipped',
    tag: 'exports',
    query: noParameters,
    mediaType: 'application/zip',
    open: (db, _query, today) => ({
      fileName: `ngo-sanction-tracker-datapackage-${today}.zip`,
      stream: dataPackage().dataPackageZip(db, today),
    }),
  }),
];

/**
 * Parameters are checked before any byte is sent (a bad filter is a 400 problem). Once the body
 * has started, a failure destroys the response, so the client sees a broken transfer rather than
 * a file that looks complete.
 */
function serve(logger: Logger, route: DownloadRoute): RequestHandler {
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

/** The downloads, each on the database conditionalReads chose for its request. */
export function downloadRouter(logger: Logger): Router {
  const router = Router();
  for (const route of DOWNLOAD_ROUTES) router.get(route.path, serve(logger, route));
  return router;
}
