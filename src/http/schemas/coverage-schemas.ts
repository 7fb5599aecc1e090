import { z } from 'zod';
import { SHARE_KINDS } from '../../domain/coverage-comparison';
import { SCOPE_KINDS } from '../../domain/coverage-scope';
import { CONFIDENCE_LEVELS, COUNT_KINDS, MEASURES } from '../../domain/vocabularies';
import { apiSchemas, IsoDay, Jurisdiction, PartialDateText } from './api-schemas';

const KnownTotalComparison = z
  .strictObject({
    id: z.uuid(),
    scope: z.string().meta({ description: 'What the source counted, in its words.' }),
    scope_kind: z.enum(SCOPE_KINDS).meta({
      description:
        'How the scope is read (docs/coverage.md): cumulative (everything entered up to as_of, or from a start it names), ' +
        'current (in force on as_of), in_year (added during one calendar year), other (nothing in the record compares: no share).',
    }),
    count: z.int().min(1),
    count_kind: z
      .enum(COUNT_KINDS)
      .meta({ description: 'exact, at_least ("more than 3,500") or approximately ("around 500").' }),
    as_of: PartialDateText,
    confidence: z.enum(CONFIDENCE_LEVELS),
    source: z.strictObject({ urls: z.array(z.string()), publisher: z.string() }),
    notes: z.string(),
    compared_with: z
      .strictObject({
        description: z
          .string()
          .meta({ description: 'In words: "decided from 2018-12 to 2022-03-17", "in force on 2013-12-31".' }),
        decided_from: PartialDateText.nullable(),
        decided_to: PartialDateText.nullable(),
        in_force_on: PartialDateText.nullable(),
      })
      .nullable()
      .meta({
        description:
          'The designations of this jurisdiction and measure counted as `held`: decided in [decided_from, decided_to] ' +
          '(their decided period overlaps it), or in force on in_force_on (the `as_of` filter). Null for scope_kind other.',
      }),
    held: z
      .int()
      .nullable()
      .meta({ description: 'How many designations the record holds that compare with the count.' }),
    share: z.number().nullable().meta({
      description:
        'held / count, to four decimals; above 1 when the record holds more than the source counted. Null for scope_kind other.',
    }),
    share_kind: z.enum(SHARE_KINDS).nullable().meta({
      description:
        'exact; at_most for a count of at least N (the true total may be larger, so the share may be smaller); approximately.',
    }),
  })
  .register(apiSchemas, {
    id: 'KnownTotalComparison',
    description: 'A sourced count, and what the record holds of it.',
  });

const MeasureCoverage = z.strictObject({
  measure: z.enum(MEASURES),
  designations: z.int(),
  active: z.int(),
  ended: z.int(),
  first_decided_on: PartialDateText.nullable(),
  latest_decided_on: PartialDateText.nullable(),
  known_totals: z
    .array(KnownTotalComparison)
    .meta({ description: 'By scope, then as_of: a series of one scope reads in date order.' }),
});

export const CoverageReport = z
  .strictObject({
    status_on: IsoDay.meta({ description: 'The day `active` and `ended` are counted on (today).' }),
    items: z.array(
      z.strictObject({
        jurisdiction: Jurisdiction,
        designations: z.int(),
        active: z.int(),
        ended: z.int(),
        first_decided_on: PartialDateText.nullable(),
        latest_decided_on: PartialDateText.nullable(),
        known_total_count: z.int(),
        measures: z
          .array(MeasureCoverage)
          .meta({ description: 'Most designations first; measures with known totals but no designations too.' }),
        collective_actions: z
          .array(
            z.strictObject({
              id: z.uuid(),
              measure: z.enum(MEASURES),
              decided_on: PartialDateText,
              organizations_affected: z.int().nullable(),
              description: z.string(),
            }),
          )
          .meta({
            description:
              'Actions against many organizations at once, which name no single organization (not counted as designations).',
          }),
      }),
    ),
  })
  .register(apiSchemas, { id: 'CoverageReport' });
