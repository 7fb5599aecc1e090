/** Organizations as JSON request bodies: what POST /organizations and PATCH /organizations/{slug} accept. */
import { z } from 'zod';
import { slugParameter } from './designation-filters';
import { isKnownJurisdiction } from './jurisdictions';
import { MAX_NAME_LENGTH, nameLengthProblem, slugify } from './names';
import { NAME_KINDS, ORGANIZATION_KINDS } from './vocabularies';
import { WIKIDATA_ID } from './wikidata';

const OTHER_NAME_KINDS = NAME_KINDS.filter((kind) => kind !== 'canonical');
const MAX_NAMES = 500;

const organizationName = z
  .string({ message: 'expected a string' })
  .trim()
  .min(1, { message: 'is required', abort: true })
  .max(MAX_NAME_LENGTH, { message: `must be at most ${MAX_NAME_LENGTH} characters`, abort: true })
  .refine((name) => slugify(name) !== '', { message: 'needs at least one letter or digit' })
  .superRefine((name, ctx) => {
    const problem = nameLengthProblem(name);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

const otherName = z.strictObject({
  name: organizationName,
  kind: z
    .enum(OTHER_NAME_KINDS as [string, ...string[]], { message: `must be one of: ${OTHER_NAME_KINDS.join(', ')}` })
    .optional()
    .meta({ description: 'What the name is; by default `acronym` for an all-capitals short name, else `alias`.' }),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'must be a BCP 47 language tag, e.g. ru or zh-Hant' })
    .nullable()
    .optional(),
});
export type OtherName = z.output<typeof otherName>;

const fields = {
  name: organizationName.meta({
    description: 'Canonical English name. Renaming keeps the old name as a `former` name (unless `names` is given).',
  }),
  kind: z.enum(ORGANIZATION_KINDS, { message: `must be one of: ${ORGANIZATION_KINDS.join(', ')}` }),
  hq_country: z
    .string()
    .refine(isKnownJurisdiction, { message: 'must be an ISO 3166-1 alpha-2 code' })
    .nullable()
    .optional()
    .meta({ description: 'ISO 3166-1 alpha-2 code of its headquarters.' }),
  parent: slugParameter
    .nullable()
    .optional()
    .meta({ description: 'Slug of the organization whose family it belongs to; null for none.' }),
  wikidata_id: z
    .string()
    .regex(WIKIDATA_ID, { message: 'must be a Wikidata item id such as Q42' })
    .nullable()
    .optional()
    .meta({ description: 'Its Wikidata item (`Q` and digits), linked from its page and exported; null for none.' }),
  names: z
    .array(otherName)
    .max(MAX_NAMES, { message: `at most ${MAX_NAMES} names` })
    .refine((names) => new Set(names.map((entry) => entry.name)).size === names.length, {
      message: 'lists the same name twice',
    })
    .optional()
    .meta({ description: 'Every other name (aliases, acronyms, translations...): replaces the ones it has.' }),
};

export const organizationCreateBody = z.strictObject(fields);
export type OrganizationCreateFields = z.output<typeof organizationCreateBody>;

export const organizationPatchBody = z.strictObject({
  ...fields,
  name: fields.name.optional(),
  kind: fields.kind.optional(),
});
export type OrganizationPatchFields = z.output<typeof organizationPatchBody>;

export const organizationMergeBody = z.strictObject({
  organization: slugParameter.meta({
    description: 'Slug of the organization to merge into this one; its slug will redirect here.',
  }),
});
