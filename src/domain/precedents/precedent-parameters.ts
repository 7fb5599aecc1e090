/**
 * The parameters of GET /precedents and `ngo-tracker precedents`, as a strict zod schema over raw
 * strings (an unknown parameter is a 400), built from the same field schemas as the filters.
 */
import { z } from 'zod';
import { pageSize } from '../query-parameters';
import { partialDateParameter, slugParameter } from '../designation-filters';
import { isKnownJurisdiction } from '../jurisdictions';
import { MEASURES } from '../vocabularies';

export const MAX_PRECEDENTS = 100;

const required = { error: (issue: { input: unknown }) => (issue.input === undefined ? 'is required' : undefined) };

export const precedentParameters = z.strictObject({
  organization: z
    .string(required)
    .trim()
    .min(1, { message: 'must name an organization' })
    .max(200, { message: 'must be at most 200 characters' })
    .meta({
      description:
        'Slug, name, alias, acronym or transliteration of the organization, fuzzily. A name equal to one ' +
        'organization\'s name wins; several close matches give `status: "ambiguous"` with the candidates; ' +
        'none gives a 404 with suggestions.',
    }),
  jurisdiction: z
    .string(required)
    .regex(/^[A-Za-z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code (two letters)' })
    .transform((code) => code.toUpperCase())
    .refine(isKnownJurisdiction, { message: 'is not an ISO 3166-1 alpha-2 code' })
    .meta({ description: 'ISO 3166-1 alpha-2 code of the state or territory that acted (RU).' }),
  law: slugParameter.optional().meta({
    description:
      "Slug of a law of that jurisdiction: the case is the organization's designation under it, and first uses are counted under it.",
  }),
  measure: z
    .enum(MEASURES, { message: `must be one of: ${MEASURES.join(', ')}` })
    .optional()
    .meta({
      description:
        'The measure of the case; without a designation of the organization, peers and first uses are found by it.',
    }),
  date: partialDateParameter.optional().meta({
    description:
      'Partial date, default today: only what had happened by then counts, i.e. designations whose decided date ' +
      'begins on or before the last day of this date (date=2020 keeps 2020-12-31 and 2020, not 2021-01).',
  }),
  limit: pageSize(20, MAX_PRECEDENTS).meta({
    description: `How many precedents to list, 1-${MAX_PRECEDENTS}; the summary counts all of them.`,
  }),
});
export type PrecedentParameters = z.output<typeof precedentParameters>;
