import { z } from 'zod';
import {
  CONFIDENCE_LEVELS,
  MEASURES,
  ORGANIZATION_KINDS,
  REASON_TAGS,
  REASONS_FORMS,
  STATUSES,
} from '../../domain/vocabularies';
import { TIMELINE_EVENT_KINDS } from '../../domain/timeline-events';
import { apiSchemas, Jurisdiction, OrganizationLink, PartialDateText, Precision } from './api-schemas';

export const Designation = z
  .strictObject({
    id: z.uuid(),
    organization: z.strictObject({ slug: z.string(), name: z.string(), kind: z.enum(ORGANIZATION_KINDS) }),
    unit: z
      .string()
      .nullable()
      .meta({ description: 'The part of the organization acted against (e.g. Moscow office).' }),
    jurisdiction: Jurisdiction,
    measure: z.enum(MEASURES),
    law: z.strictObject({ slug: z.string(), short_name: z.string(), citation: z.string().nullable() }).nullable(),
    law_citation: z.string().nullable().meta({ description: 'The provision cited for this designation.' }),
    authority: z.string(),
    decided_on: PartialDateText,
    decided_precision: Precision,
    listed_on: PartialDateText.nullable().meta({ description: 'When it was entered on a register, if that differs.' }),
    listed_precision: Precision.nullable(),
    ended_on: PartialDateText.nullable(),
    ended_precision: Precision.nullable(),
    status: z.enum(STATUSES).meta({ description: 'Derived: ended once the period of ended_on has begun.' }),
    stated_reasons: z.strictObject({
      text: z.string().meta({ description: 'What the authority said, verbatim or paraphrased (see form).' }),
      form: z.enum(REASONS_FORMS),
      lang: z.string().nullable(),
      tags: z.array(z.enum(REASON_TAGS)),
    }),
    sources: z.array(z.strictObject({ url: z.string(), publisher: z.string(), title: z.string().nullable() })),
    confidence: z.enum(CONFIDENCE_LEVELS),
    notes: z.string(),
    version: z.int(),
  })
  .register(apiSchemas, { id: 'Designation' });

export const DesignationPage = z
  .strictObject({
    items: z.array(
      Designation.extend({
        imprecise: z
          .boolean()
          .meta({ description: 'The decided date only overlaps from/to (only with imprecise=include).' }),
      }),
    ),
    total: z.int().meta({
      description:
        'Designations matching the filters, on all pages: exact up to 10,000, then 10,000 with total_capped.',
    }),
    total_capped: z
      .boolean()
      .meta({ description: 'More than 10,000 match; `total` is a lower bound (period counts: GET /stats/timeline).' }),
    next_cursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  })
  .register(apiSchemas, { id: 'DesignationPage' });

export const TimelineEvent = z
  .strictObject({
    on: PartialDateText,
    precision: Precision,
    event: z.enum(TIMELINE_EVENT_KINDS),
    designation: Designation,
  })
  .register(apiSchemas, { id: 'TimelineEvent' });

export const OrganizationTimeline = z
  .strictObject({
    organization: OrganizationLink,
    family: z.boolean(),
    events: z
      .array(TimelineEvent)
      .meta({ description: 'By date (coarser precision first on ties), then decided, listed, ended.' }),
  })
  .register(apiSchemas, { id: 'OrganizationTimeline' });
