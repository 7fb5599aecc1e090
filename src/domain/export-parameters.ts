/**
 * Parameters of the streamed exports: the common designation filters (the same schemas as the
 * list, so an export holds exactly the rows the list pages through), plus `bom` for CSV.
 */
import { z } from 'zod';
import {
  checkFilterCombination,
  designationFilterFields,
  flagParameter,
  impreciseField,
  recordedAsOfField,
} from './designation-filters';

export const csvExportParameters = z
  .strictObject({
    ...designationFilterFields,
    ...impreciseField,
    ...recordedAsOfField,
    bom: flagParameter.default(false).meta({ description: 'Prepend a UTF-8 byte order mark, for Excel.' }),
  })
  .superRefine(checkFilterCombination);
export type CsvExportParameters = z.output<typeof csvExportParameters>;

export const ndjsonExportParameters = z
  .strictObject({ ...designationFilterFields, ...impreciseField, ...recordedAsOfField })
  .superRefine(checkFilterCombination);
export type NdjsonExportParameters = z.output<typeof ndjsonExportParameters>;

type FilterValues = z.output<typeof ndjsonExportParameters>;

const SAFE = /[^A-Za-z0-9_.-]+/g;
const MAX_NAME_PARTS_LENGTH = 120;

/**
 * A file name that says what the export holds and when it was made, e.g.
 * `designations-RU-2015-2025-2026-11-27.csv` for jurisdiction=RU&from=2015&to=2025 on 27 Nov 2026
 * (`entities-RU-…ftm.ndjson` for the FollowTheMoney export).
 */
export function exportFileName(
  values: FilterValues,
  extension: 'csv' | 'ndjson' | 'ftm.ndjson',
  today: string,
  subject = 'designations',
): string {
  const parts = [
    values.jurisdiction?.join('-'),
    values.organization && (values.family ? `${values.organization}-family` : values.organization),
    values.law,
    values.measure?.join('-'),
    values.reason?.join('-'),
    values.status,
    values.q && `q-${values.q.replace(/ /g, '-')}`,
    values.from || values.to ? `${values.from?.text ?? 'start'}-${values.to?.text ?? 'end'}` : undefined,
    values.as_of && `as-of-${values.as_of.text}`,
    values.recorded_as_of && `recorded-${values.recorded_as_of}`,
  ].filter((part): part is string => Boolean(part));
  const described = parts.join('-').replace(SAFE, '-').slice(0, MAX_NAME_PARTS_LENGTH);
  return `${subject}${described ? `-${described}` : ''}-${today}.${extension}`;
}
