import { z } from 'zod';
import { IDENTIFIER_SCHEMES, NAME_KINDS, ORGANIZATION_KINDS } from '../../domain/vocabularies';
import { apiSchemas, OrganizationLink } from './api-schemas';
import { Designation } from './designation-schemas';

const Family = z.strictObject({ parent: OrganizationLink.nullable(), children: z.array(OrganizationLink) });

export const OrganizationSearch = z
  .strictObject({
    items: z.array(
      z.strictObject({
        slug: z.string(),
        name: z.string(),
        kind: z.enum(ORGANIZATION_KINDS),
        hq_country: z.string().nullable(),
        family: Family,
        designation_count: z.int(),
        matched_name: z.string().nullable().meta({
          description:
            'The name or alias that matched q best; the registration number when q is one an organization holds.',
        }),
        score: z.number().nullable().meta({ description: 'How well matched_name matches q, 0 to 1.' }),
      }),
    ),
  })
  .register(apiSchemas, { id: 'OrganizationSearch' });

export const OrganizationDetail = z
  .strictObject({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(ORGANIZATION_KINDS),
    hq_country: z.string().nullable(),
    wikidata_id: z.string().nullable(),
    names: z.array(z.strictObject({ name: z.string(), lang: z.string().nullable(), kind: z.enum(NAME_KINDS) })),
    identifiers: z
      .array(
        z.strictObject({
          scheme: z.enum(IDENTIFIER_SCHEMES).meta({
            description:
              'ru_ogrn: Russian primary state registration number (OGRN, 13 digits); ru_inn: Russian taxpayer ' +
              'number of a legal entity (INN, 10 digits).',
          }),
          value: z.string().meta({ description: 'The number, digits only.' }),
        }),
      )
      .meta({
        description:
          'Registration numbers that identify the organization exactly, OGRN first; empty when none is recorded.',
      }),
    family: Family,
    designations: z.array(Designation),
    version: z.int().meta({
      description: 'Changes with every edit; the response carries it as the ETag, which PATCH needs in If-Match.',
    }),
  })
  .register(apiSchemas, { id: 'OrganizationDetail' });
