import { z } from 'zod';
import { PRECEDENT_KINDS } from '../../domain/precedents/precedent-kinds';
import { MEASURES, ORGANIZATION_KINDS } from '../../domain/vocabularies';
import { apiSchemas, Jurisdiction, OrganizationLink, PartialDateText, Problem } from './api-schemas';
import { Designation } from './designation-schemas';

const PrecedentKind = z.enum(PRECEDENT_KINDS);
const LawLink = z.strictObject({ slug: z.string(), short_name: z.string() });

const OrganizationCandidate = z.strictObject({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(ORGANIZATION_KINDS),
  matched_name: z.string().nullable().meta({ description: 'The name or alias that matched best; null for a slug.' }),
  score: z.number().nullable().meta({ description: 'How well matched_name matches, 0 to 1; null for a slug.' }),
  designation_count: z.int(),
});

export const Precedent = z
  .strictObject({
    kind: PrecedentKind.meta({ description: 'The strongest way it was found.' }),
    kinds: z
      .array(PrecedentKind)
      .meta({ description: 'Every way it was found, strongest first; a designation is listed once.' }),
    score: z
      .number()
      .min(0)
      .max(1)
      .meta({ description: "The strongest kind's weight + 0.05 for each other kind, at most 1 (docs/api.md)." }),
    explanation: z
      .string()
      .meta({ description: 'One sentence, written from the data, saying what happened and why it is a precedent.' }),
    designation: Designation,
  })
  .register(apiSchemas, { id: 'Precedent' });

export const PrecedentReport = z
  .strictObject({
    status: z.literal('resolved'),
    organization: OrganizationCandidate.extend({
      match: z.enum(['slug', 'exact_name', 'best_match']).meta({ description: 'How `organization` was resolved.' }),
      family: z.strictObject({ parent: OrganizationLink.nullable(), children: z.array(OrganizationLink) }),
    }),
    jurisdiction: Jurisdiction,
    law: LawLink.nullable().meta({ description: 'The `law` given.' }),
    measure: z.enum(MEASURES).nullable().meta({ description: 'The `measure` given.' }),
    date: PartialDateText.meta({ description: 'The `date` given, or today.' }),
    case: Designation.nullable().meta({
      description:
        "The case: the organization's latest designation in the jurisdiction (under `law`, with `measure`) by " +
        '`date`; null when it has none.',
    }),
    summary: z.strictObject({
      total: z.int().meta({ description: 'Precedents found, before `limit`.' }),
      counts: z.record(PrecedentKind, z.int()).meta({ description: 'Precedents found per (strongest) kind.' }),
      earliest_comparable: Precedent.nullable().meta({
        description:
          "The earliest precedent with the case's measure (the `measure` given when there is no case), in any jurisdiction.",
      }),
      ordinal: z
        .strictObject({
          law: LawLink.nullable(),
          measure: z
            .enum(MEASURES)
            .nullable()
            .meta({ description: 'When the case names no law: counted by its measure in the jurisdiction.' }),
          position: z.int().meta({
            description:
              '1 + the organizations certainly acted against under it before (by state acts, unless the case is ' +
              'not one); a shared day shares a position.',
          }),
          first: Designation.meta({ description: 'The first designation under it.' }),
          not_counted: z.array(z.strictObject({ measure: z.enum(MEASURES), count: z.int() })).meta({
            description:
              'Earlier designations under the same law that the position leaves out, by measure: closures under ' +
              'pressure and announced deregistrations are not state acts, so they count only when the case is ' +
              'one of them. Empty when none was left out; the sentence says so too.',
          }),
          sentence: z.string(),
        })
        .nullable()
        .meta({
          description:
            'Where the case stands among the uses of its law (or measure) in the jurisdiction; null without a case.',
        }),
    }),
    precedents: z.array(Precedent).meta({ description: 'By score, then decided date (earliest first), then id.' }),
  })
  .register(apiSchemas, { id: 'PrecedentReport' });

export const AmbiguousOrganization = z
  .strictObject({
    status: z.literal('ambiguous'),
    organization: z.string().meta({ description: 'The `organization` given.' }),
    candidates: z
      .array(OrganizationCandidate)
      .meta({ description: 'The organizations it matches equally well; ask again with one of their slugs.' }),
  })
  .register(apiSchemas, { id: 'AmbiguousOrganization' });

export const PrecedentAnswer = z
  .discriminatedUnion('status', [PrecedentReport, AmbiguousOrganization])
  .register(apiSchemas, {
    id: 'PrecedentAnswer',
    description:
      '`status: "resolved"` with the precedents, or `status: "ambiguous"` with the candidates when the name fits several ' +
      'organizations equally well (their scores within 0.05 of the best, or several with exactly that name).',
  });

export const OrganizationNotFoundProblem = Problem.extend({
  suggestions: z.array(OrganizationCandidate).meta({ description: 'The closest names, best first (possibly none).' }),
}).register(apiSchemas, {
  id: 'OrganizationNotFoundProblem',
  description: 'A 404 problem for a name that matches no organization.',
});
