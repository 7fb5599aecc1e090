/** The downloads of /api/v1 (see ../route.ts): files streamed instead of JSON. */
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { Db } from '../../../db/connection';
import { designationFiltersFrom, statusDay } from '../../../domain/designation-filters';
import { csvExportParameters, exportFileName, ndjsonExportParameters } from '../../../domain/export-parameters';
import { noParameters } from '../../../domain/query-parameters';
import { exportDesignations } from '../../../services/export/designation-export';
import { exportFtmEntities } from '../../../services/export/ftm-export';
import type { DownloadRoute, ParameterSchema } from '../route';

// Required at the first data package download: the zip writer (archiver) is heap a server may never need.
const dataPackage = () =>
  require('../../../services/export/data-package') as typeof import('../../../services/export/data-package');

function download<Query extends ParameterSchema>(
  definition: Omit<DownloadRoute, 'kind' | 'method' | 'pathParameters' | 'open' | 'query'> & {
    query: Query;
    open(db: Db, query: z.output<Query>, today: string): { fileName: string; stream: Readable };
  },
): DownloadRoute {
  return { kind: 'download', method: 'get', pathParameters: noParameters, ...definition };
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
