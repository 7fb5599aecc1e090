/**
 * The parameters of each query, as zod schemas over raw strings: the HTTP handlers and the CLI
 * parse with them (see parseParameters) and the OpenAPI document is generated from them, so what
 * is documented is what is enforced. Objects are strict: an unknown parameter is a 400.
 */
import { z } from 'zod';
import {
  checkFilterCombination,
  designationFilterFields,
  impreciseField,
  nameQueryParameter,
  recordedAsOfField,
  slugParameter,
} from './designation-filters';
import { PERIOD_INTERVALS } from './partial-date';
import { LAW_FAMILIES } from './vocabularies';

export const DESIGNATION_SORTS = ['decided_on', '-decided_on'] as const;
export type DesignationSort = (typeof DESIGNATION_SORTS)[number];

export const STATS_GROUPINGS = ['jurisdiction', 'measure', 'law', 'law_family', 'reason'] as const;
export type StatsGrouping = (typeof STATS_GROUPINGS)[number];

export const MAX_PAGE_SIZE = 500;

const DECIMAL_DIGITS = /^\d+$/;

/**
 * A `limit` parameter: a whole number from 1 to `max` in decimal digits, `defaultSize` when
 * absent. Coercion alone would also take `0x10`, `1e2` or ` 16` as numbers.
 */
export const pageSize = (defaultSize: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && !DECIMAL_DIGITS.test(value) ? Number.NaN : value),
    z.coerce
      .number({ message: 'must be a whole number' })
      .int({ message: 'must be a whole number' })
      .min(1, { message: `must be between 1 and ${max}` })
      .max(max, { message: `must be between 1 and ${max}` })
      .default(defaultSize),
  );

export const designationListParameters = z
  .strictObject({
    ...designationFilterFields,
    ...impreciseField,
    ...recordedAsOfField,
    sort: z
      .enum(DESIGNATION_SORTS, { message: `must be one of: ${DESIGNATION_SORTS.join(', ')}` })
      .default('decided_on')
      .meta({
        description: 'By decided date, coarser precision first on ties, then id; `-decided_on` reverses all three.',
      }),
    limit: pageSize(50, MAX_PAGE_SIZE).meta({ description: `Page size, 1-${MAX_PAGE_SIZE}.` }),
    cursor: z
      .string()
      .max(1000, { message: 'is not a cursor this service issued' })
      .optional()
      .meta({ description: 'The `next_cursor` of the previous page, with the same sort.' }),
  })
  .superRefine(checkFilterCombination);
export type DesignationListParameters = z.output<typeof designationListParameters>;

export const statsTimelineParameters = z
  .strictObject({
    ...designationFilterFields,
    interval: z
      .enum(PERIOD_INTERVALS, { message: `must be one of: ${PERIOD_INTERVALS.join(', ')}` })
      .default('year')
      .meta({ description: 'Length of a period.' }),
    group_by: z
      .enum(STATS_GROUPINGS, { message: `must be one of: ${STATS_GROUPINGS.join(', ')}` })
      .optional()
      .meta({
        description:
          'Also count each period by this attribute. With `reason`, a designation counts once under each of its tags.',
      }),
  })
  .superRefine(checkFilterCombination);
export type StatsTimelineParameters = z.output<typeof statsTimelineParameters>;

export const organizationSearchParameters = z.strictObject({
  q: nameQueryParameter.optional().meta({
    description:
      'Any name, alias, acronym or transliteration, fuzzily, or a registration number (OGRN, INN) ' +
      'or Wikidata id (Q42970) exactly; without it, every organization by name.',
  }),
  limit: pageSize(20, 100).meta({ description: 'Number of results, 1-100.' }),
});
export type OrganizationSearchParameters = z.output<typeof organizationSearchParameters>;

export const organizationTimelineParameters = z.strictObject({
  family: designationFilterFields.family,
});

/** `/coverage`: the jurisdictions to report on (all that have designations or known totals when absent). */
export const coverageParameters = z.strictObject({
  jurisdiction: designationFilterFields.jurisdiction,
});
export type CoverageParameters = z.output<typeof coverageParameters>;

export const noParameters = z.strictObject({});

export const designationIdPath = z.strictObject({
  id: z.guid({ message: 'must be a UUID' }).meta({ description: 'Designation id (UUID).' }),
});

export const slugPath = z.strictObject({ slug: slugParameter.meta({ description: 'Slug.' }) });

/** A family name of the right shape; one that is not in LAW_FAMILIES is a 404 (like an unknown slug). */
export const lawFamilyPath = z.strictObject({
  family: z
    .string()
    .regex(/^[a-z_]{1,60}$/, { message: 'must be a law family: lower-case letters and "_"' })
    .meta({ description: `Law family: ${LAW_FAMILIES.join(', ')}.` }),
});

export const jurisdictionCodePath = z.strictObject({
  code: z
    .string()
    .regex(/^[A-Za-z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code (two letters)' })
    .transform((code) => code.toUpperCase())
    .meta({ description: 'ISO 3166-1 alpha-2 code.' }),
});
