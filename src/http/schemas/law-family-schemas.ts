import { z } from 'zod';
import { LAW_FAMILIES, MEASURES } from '../../domain/vocabularies';
import { apiSchemas, Jurisdiction, OrganizationLink, PartialDateText } from './api-schemas';

const LawUse = z
  .strictObject({
    designation_id: z.uuid(),
    decided_on: PartialDateText,
    measure: z.enum(MEASURES),
    organization: OrganizationLink,
    unit: z.string().nullable(),
    jurisdiction: Jurisdiction,
    law: z.strictObject({ slug: z.string(), short_name: z.string() }),
  })
  .register(apiSchemas, { id: 'LawUse', description: 'A designation as a use of a law of the family.' });

const LawFamilySummary = z.strictObject({
  family: z.enum(LAW_FAMILIES),
  label: z.string(),
  definition: z.string().meta({ description: 'What puts a law in the family.' }),
  jurisdiction_count: z.int().meta({ description: 'Jurisdictions with a law of the family (used or not).' }),
  law_count: z.int(),
  designation_count: z.int().meta({ description: 'Designations under its laws, of any measure.' }),
  first_use: LawUse.nullable().meta({
    description:
      'The earliest state act under a law of the family: closures under pressure and announced deregistrations are ' +
      'not uses. Null when none is recorded.',
  }),
  latest_use: LawUse.nullable().meta({
    description: 'The latest designation under a law of the family, of any measure.',
  }),
});

export const LawFamilyList = z
  .strictObject({ items: z.array(LawFamilySummary) })
  .register(apiSchemas, { id: 'LawFamilyList' });

const FamilyJurisdiction = z.strictObject({
  jurisdiction: Jurisdiction,
  position: z.int().nullable().meta({
    description:
      'Its place in the order the jurisdictions first used a law of the family (1: the first); null when none of its laws was used.',
  }),
  laws: z.array(
    z.strictObject({
      slug: z.string(),
      short_name: z.string(),
      enacted_on: PartialDateText.nullable().meta({ description: 'Where known.' }),
      designation_count: z.int(),
      first_used_on: PartialDateText.nullable(),
      latest_used_on: PartialDateText.nullable(),
    }),
  ),
  designation_count: z.int(),
  first_use: LawUse.nullable().meta({ description: 'Its earliest state act under a law of the family.' }),
  latest_use: LawUse.nullable(),
  counts_per_year: z.array(z.strictObject({ year: z.string(), count: z.int() })).meta({
    description:
      'Designations under its laws of the family per decided year, from its first to its latest, zeros included.',
  }),
});

export const LawFamilyDetail = LawFamilySummary.extend({
  jurisdictions: z.array(FamilyJurisdiction).meta({
    description:
      'The diffusion timeline: one entry per jurisdiction with a law of the family, by first use; those with no use last.',
  }),
  designations_url: z.string().meta({ description: 'The list of every designation under a law of the family.' }),
}).register(apiSchemas, { id: 'LawFamilyDetail' });
