import { z } from 'zod';
import { LAW_FAMILIES, MEASURES } from '../../domain/vocabularies';
import { apiSchemas, Jurisdiction, PartialDateText, Precision } from './api-schemas';
import { Designation } from './designation-schemas';

const LawSummary = z.strictObject({
  slug: z.string(),
  jurisdiction: Jurisdiction,
  short_name: z.string(),
  citation: z.string().nullable(),
  enacted_on: PartialDateText.nullable(),
  family: z.enum(LAW_FAMILIES).meta({ description: 'What kind of restrictive law it is: see GET /law-families.' }),
  designation_count: z.int(),
  first_used_on: PartialDateText.nullable().meta({
    description:
      'The first state act under the law: closures under pressure and announced deregistrations are not uses of ' +
      'it. Null when none is recorded.',
  }),
  latest_used_on: PartialDateText.nullable().meta({
    description: 'The latest designation under the law, of any measure.',
  }),
});

export const LawList = z.strictObject({ items: z.array(LawSummary) }).register(apiSchemas, { id: 'LawList' });

export const LawDetail = LawSummary.extend({
  first_uses: z
    .array(Designation)
    .meta({ description: 'The first five state acts under the law (see not_state_acts).' }),
  latest_uses: z.array(Designation).meta({ description: 'The latest five, latest first.' }),
  counts_per_year: z.array(z.strictObject({ year: z.string(), count: z.int() })),
  designations_url: z.string().meta({ description: 'The list of every designation under the law.' }),
  not_state_acts: z.array(z.strictObject({ measure: z.enum(MEASURES), count: z.int() })).meta({
    description:
      'Its designations that are not state acts (closures under pressure, announced deregistrations), by measure: ' +
      'counted in designation_count, left out of first_used_on and first_uses.',
  }),
}).register(apiSchemas, { id: 'LawDetail' });

const JurisdictionSummary = z.strictObject({
  code: z.string(),
  name: z.string(),
  designation_count: z.int(),
  first_action_on: PartialDateText.nullable(),
  latest_action_on: PartialDateText.nullable(),
});

export const JurisdictionList = z
  .strictObject({ items: z.array(JurisdictionSummary) })
  .register(apiSchemas, { id: 'JurisdictionList' });

export const JurisdictionDetail = JurisdictionSummary.extend({
  by_measure: z.array(z.strictObject({ measure: z.enum(MEASURES), count: z.int() })),
  by_law: z.array(
    z.strictObject({ law: z.strictObject({ slug: z.string(), short_name: z.string() }).nullable(), count: z.int() }),
  ),
  first_actions: z.array(Designation).meta({ description: 'The first five designations.' }),
  latest_actions: z.array(Designation).meta({ description: 'The latest five, latest first.' }),
  collective_actions: z
    .array(
      z.strictObject({
        id: z.uuid(),
        measure: z.enum(MEASURES),
        law: z.strictObject({ slug: z.string(), short_name: z.string() }).nullable(),
        authority: z.string(),
        decided_on: PartialDateText,
        decided_precision: Precision,
        organizations_affected: z.int().nullable(),
        description: z.string(),
        sources: z.array(z.strictObject({ url: z.string(), publisher: z.string(), title: z.string().nullable() })),
      }),
    )
    .meta({
      description: 'Actions against many organizations at once, which name no single organization (not counted above).',
    }),
}).register(apiSchemas, { id: 'JurisdictionDetail' });
