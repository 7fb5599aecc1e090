/**
 * The common designation filters (docs/api.md "Filters"), parsed and validated in this one place for the
 * list, the period counts, the export and the precedents, over HTTP and on the command line.
 * The zod fields take the raw strings of a query string; their input side documents the API.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { isKnownJurisdiction } from './jurisdictions';
import { normalizeName } from './names';
import { parsePartialDate, PartialDate } from './partial-date';
import { timestampRangeProblem } from './timestamp-range';
import {
  isOneOf,
  LAW_FAMILIES,
  LawFamily,
  Measure,
  MEASURES,
  REASON_TAGS,
  ReasonTag,
  Status,
  STATUSES,
} from './vocabularies';

export const IMPRECISE_MODES = ['exclude', 'include'] as const;
export type ImpreciseMode = (typeof IMPRECISE_MODES)[number];

export interface DesignationFilters {
  /** Normalized organization name (see normalizeName), matched fuzzily against every name. */
  q?: string;
  organization?: string;
  /** With `organization`: the whole family (its root and every descendant of the root). */
  family: boolean;
  jurisdictions?: string[];
  measures?: Measure[];
  law?: string;
  /** Designations under a law of one of these families (none without a law). */
  lawFamilies?: LawFamily[];
  /** A designation matches when it has at least one of these tags. */
  reasons?: ReasonTag[];
  status?: Status;
  from?: PartialDate;
  to?: PartialDate;
  /** `include` also returns designations that overlap [from, to] without lying inside it. */
  imprecise: ImpreciseMode;
  asOf?: PartialDate;
  /** An ISO timestamp: read the data as this dataset had recorded it then (see readAsRecordedAt). */
  recordedAsOf?: string;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_QUERY_LENGTH = 200;

/** A comma-separated list; `check` returns why an item is wrong, or null. Duplicates are dropped. */
function commaList<Item extends string>(
  check: (item: string) => string | null,
  prepare: (item: string) => string = (item) => item,
) {
  return z.string().transform((raw, ctx): Item[] => {
    const items = raw.split(',').map((item) => prepare(item.trim()));
    const problems = items
      .map((item) => (item === '' ? 'the list has an empty item' : check(item)))
      .filter((problem) => problem !== null);
    if (problems.length > 0) {
      ctx.addIssue({ code: 'custom', message: [...new Set(problems)].join('; ') });
      return z.NEVER;
    }
    // Every item passed `check`, which only accepts members of Item.
    return [...new Set(items)] as Item[];
  });
}

function vocabularyList<Item extends string>(noun: string, vocabulary: readonly Item[]) {
  const expected = `expected one of: ${vocabulary.join(', ')}`;
  return commaList<Item>((item) => (isOneOf(vocabulary, item) ? null : `unknown ${noun} "${item}" (${expected})`));
}

export const partialDateParameter = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be a partial date: YYYY, YYYY-MM or YYYY-MM-DD' })
  .transform((raw, ctx) => {
    try {
      return parsePartialDate(raw);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });

export const slugParameter = z
  .string()
  .regex(SLUG, { message: 'must be a slug: lower-case letters and digits joined by "-"' });

export const flagParameter = z
  .enum(['1', '0', 'true', 'false'], { message: 'must be 1, 0, true or false' })
  .transform((value) => value === '1' || value === 'true');

/** A name to search for, normalized (see normalizeName); empty after normalization is an error. */
export const nameQueryParameter = z
  .string()
  .max(MAX_QUERY_LENGTH, { message: `must be at most ${MAX_QUERY_LENGTH} characters` })
  .transform((raw, ctx) => {
    const normalized = normalizeName(raw);
    if (normalized === '') ctx.addIssue({ code: 'custom', message: 'must contain at least one letter or digit' });
    return normalized;
  });

/** The fields of every endpoint that filters designations; endpoints add their own (limit, sort...). */
export const designationFilterFields = {
  q: nameQueryParameter.optional().meta({
    description: 'Organization name, fuzzy: case, accents, script (Cyrillic or Latin) and small typos do not matter.',
  }),
  organization: slugParameter.optional().meta({ description: 'Organization slug.' }),
  family: flagParameter
    .default(false)
    .meta({ description: 'With `organization`: include its whole family (parent organization, children, siblings).' }),
  jurisdiction: commaList(
    (code) => (isKnownJurisdiction(code) ? null : `"${code}" is not an ISO 3166-1 alpha-2 code`),
    (code) => code.toUpperCase(),
  )
    .optional()
    .meta({ description: 'Comma-separated ISO 3166-1 alpha-2 codes of the acting state or territory (RU,BY).' }),
  measure: vocabularyList('measure', MEASURES)
    .optional()
    .meta({ description: `Comma-separated measures: ${MEASURES.join(', ')}.` }),
  law: slugParameter.optional().meta({ description: 'Law slug.' }),
  law_family: vocabularyList('law family', LAW_FAMILIES)
    .optional()
    .meta({
      description:
        'Comma-separated law families; designations under a law of any of them (none without a law): ' +
        `${LAW_FAMILIES.join(', ')}.`,
    }),
  reason: vocabularyList('reason tag', REASON_TAGS)
    .optional()
    .meta({
      description: `Comma-separated reason tags; a designation matches when it has any of them: ${REASON_TAGS.join(', ')}.`,
    }),
  status: z
    .enum(STATUSES, { message: `must be one of: ${STATUSES.join(', ')}` })
    .optional()
    .meta({ description: 'active: not ended, or ended on a future date; ended: its ended date has begun.' }),
  from: partialDateParameter.optional().meta({
    description: 'Partial date (YYYY, YYYY-MM, YYYY-MM-DD): the decided date lies wholly on or after its start.',
  }),
  to: partialDateParameter
    .optional()
    .meta({ description: 'Partial date: the decided date lies wholly on or before its end.' }),
  as_of: partialDateParameter.optional().meta({
    description: 'Partial date: designations in force then (decided on or before its end and not ended by then).',
  }),
};

/** For `.superRefine` on a timestamp of the ISO shape: one PostgreSQL takes (see timestampRangeProblem). */
export function checkTimestampRange(value: string, ctx: z.RefinementCtx): void {
  const problem = timestampRangeProblem(value);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
}

/** The list and the exports (not the aggregates) can be asked for the data as recorded at a past moment. */
export const recordedAsOfField = {
  recorded_as_of: z.iso
    .datetime({
      offset: true,
      message: 'must be an ISO 8601 timestamp with a time zone, e.g. 2026-01-31T12:00:00Z',
      abort: true,
    })
    .superRefine(checkTimestampRange)
    .optional()
    .meta({
      description:
        'ISO 8601 timestamp: the data as this dataset had recorded it at that moment (later edits, deletions and merges undone); ' +
        '`status` is then derived for that day. `as_of` is the state of the world on a date; this is what the dataset said at a time.',
    }),
};

/**
 * The day `status` is derived for: today, or with recorded_as_of the day (UTC) of that moment, so
 * a past export is reproduced as it was made then.
 */
export function statusDay(filters: DesignationFilters, today: string): string {
  return filters.recordedAsOf === undefined
    ? today
    : DateTime.fromISO(filters.recordedAsOf, { zone: 'utc' }).toISODate()!;
}

/** Also filters lists: whether dates that overlap [from, to] without lying inside it are returned. */
export const impreciseField = {
  imprecise: z
    .enum(IMPRECISE_MODES, { message: `must be one of: ${IMPRECISE_MODES.join(', ')}` })
    .default('exclude')
    .meta({
      description:
        'include: also return designations whose date only overlaps from/to (e.g. 2015 for from=2015-06), flagged imprecise.',
    }),
};

type FilterFieldValues = z.output<z.ZodObject<typeof designationFilterFields>> & {
  imprecise?: ImpreciseMode;
  recorded_as_of?: string;
};

/** Checks that need several fields at once; for `.superRefine` on an endpoint's schema. */
export function checkFilterCombination(values: FilterFieldValues, ctx: z.RefinementCtx): void {
  if (values.family && values.organization === undefined) {
    ctx.addIssue({ code: 'custom', path: ['family'], message: 'needs organization' });
  }
  if (values.from && values.to && values.from.start > values.to.end) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `ends before from (${values.from.text}) starts` });
  }
}

export function designationFiltersFrom(values: FilterFieldValues): DesignationFilters {
  return {
    q: values.q,
    organization: values.organization,
    family: values.family,
    jurisdictions: values.jurisdiction,
    measures: values.measure,
    law: values.law,
    lawFamilies: values.law_family,
    reasons: values.reason,
    status: values.status,
    from: values.from,
    to: values.to,
    imprecise: values.imprecise ?? 'exclude',
    asOf: values.as_of,
    recordedAsOf: values.recorded_as_of,
  };
}
