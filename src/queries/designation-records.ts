import type { Knex } from 'knex';
import type { Db } from '../db/connection';
import type { DesignationKey } from '../db/keyset-cursor';
import type { DesignationFilters } from '../domain/designation-filters';
import { statusOn } from '../domain/interchange/status';
import { jurisdictionName } from '../domain/jurisdictions';
import { formatOptionalPartialDate, formatPartialDate, partialDateFromStorage } from '../domain/partial-date';
import { applyDesignationFilters } from './designation-filters';
import type { Designation } from '../domain/designation';
import type {
  Confidence,
  DatePrecision,
  Measure,
  OrganizationKind,
  ReasonsForm,
  ReasonTag,
} from '../domain/vocabularies';

export interface DesignationRow {
  id: string;
  organization_slug: string;
  organization_name: string;
  organization_kind: OrganizationKind;
  unit: string | null;
  jurisdiction: string;
  measure: Measure;
  law_slug: string | null;
  law_short_name: string | null;
  law_own_citation: string | null;
  law_citation: string | null;
  authority: string;
  decided_on: string;
  decided_precision: DatePrecision;
  decided_rank: number;
  listed_on: string | null;
  listed_precision: DatePrecision | null;
  ended_on: string | null;
  ended_precision: DatePrecision | null;
  stated_reasons: string;
  reasons_form: ReasonsForm;
  reasons_lang: string | null;
  reason_tags: ReasonTag[];
  sources: { url: string; publisher: string; title: string | null }[];
  confidence: Confidence;
  notes: string;
  version: number;
}

/** Designations (`d`) with their organization, law and sources, ready for applyDesignationFilters. */
export function selectDesignations(db: Db): Knex.QueryBuilder {
  return db('designations as d')
    .join('organizations as o', 'o.id', 'd.organization_id')
    .leftJoin('laws as l', 'l.id', 'd.law_id')
    .select(
      'd.id',
      'o.slug as organization_slug',
      'o.name as organization_name',
      'o.kind as organization_kind',
      'd.unit',
      'd.jurisdiction',
      'd.measure',
      'l.slug as law_slug',
      'l.short_name as law_short_name',
      'l.citation as law_own_citation',
      'd.law_citation',
      'd.authority',
      'd.decided_on',
      'd.decided_precision',
      'd.decided_rank',
      'd.listed_on',
      'd.listed_precision',
      'd.ended_on',
      'd.ended_precision',
      'd.stated_reasons',
      'd.reasons_form',
      'd.reasons_lang',
      'd.reason_tags',
      'd.confidence',
      'd.notes',
      'd.version',
    )
    .select(
      db.raw(`coalesce((select json_agg(json_build_object('url', s.url, 'publisher', s.publisher, 'title', s.title) order by ds.position)
        from designation_sources ds join sources s on s.id = ds.source_id where ds.designation_id = d.id), '[]'::json) as sources`),
    );
}

/** Lists count their matches exactly up to this many; past it they say "more than". */
export const COUNT_LIMIT = 10_000;

/**
 * How many designations pass the filters (over all pages), counted up to COUNT_LIMIT + 1: an
 * exact count of a broad filter over a million rows costs more than the page itself.
 */
export async function countDesignationsUpTo(db: Db, filters: DesignationFilters, today: string): Promise<number> {
  const matching = applyDesignationFilters(db('designations as d'), filters, today)
    .select(db.raw('1'))
    .limit(COUNT_LIMIT + 1);
  const [{ count }] = await db.from(matching.as('matching')).count<{ count: string | number }[]>('* as count');
  return Number(count);
}

/** Ordered by decided date, coarser precision first on ties, then id; `descending` reverses all three. */
export function orderByDecided(query: Knex.QueryBuilder, descending = false): Knex.QueryBuilder {
  const order = descending ? 'desc' : 'asc';
  return query.orderBy([
    { column: 'd.decided_on', order },
    { column: 'd.decided_rank', order },
    { column: 'd.id', order },
  ]);
}

/** Rows strictly after `key` in the order of orderByDecided (a row comparison the index serves). */
export function seekAfter(query: Knex.QueryBuilder, key: DesignationKey, descending = false): Knex.QueryBuilder {
  return query.whereRaw(
    `(d.decided_on, d.decided_rank, d.id) ${descending ? '<' : '>'} (?::date, ?::smallint, ?::uuid)`,
    [key.decidedOn, key.decidedRank, key.id],
  );
}

export function keyOf(row: DesignationRow): DesignationKey {
  return { decidedOn: row.decided_on, decidedRank: row.decided_rank, id: row.id };
}

/** Runs a selectDesignations query and shows its rows. */
export async function fetchDesignations(query: Knex.QueryBuilder, today: string): Promise<Designation[]> {
  const rows: DesignationRow[] = await query;
  return rows.map((row) => toDesignation(row, today));
}

export function toDesignation(row: DesignationRow, today: string): Designation {
  const ended = row.ended_on && row.ended_precision ? partialDateFromStorage(row.ended_on, row.ended_precision) : null;
  return {
    id: row.id,
    organization: { slug: row.organization_slug, name: row.organization_name, kind: row.organization_kind },
    unit: row.unit,
    jurisdiction: { code: row.jurisdiction, name: jurisdictionName(row.jurisdiction) },
    measure: row.measure,
    law:
      row.law_slug === null
        ? null
        : { slug: row.law_slug, short_name: row.law_short_name!, citation: row.law_own_citation },
    law_citation: row.law_citation,
    authority: row.authority,
    decided_on: formatPartialDate(row.decided_on, row.decided_precision),
    decided_precision: row.decided_precision,
    listed_on: formatOptionalPartialDate(row.listed_on, row.listed_precision),
    listed_precision: row.listed_precision,
    ended_on: ended?.text ?? null,
    ended_precision: row.ended_precision,
    status: statusOn(ended, today),
    stated_reasons: { text: row.stated_reasons, form: row.reasons_form, lang: row.reasons_lang, tags: row.reason_tags },
    sources: row.sources,
    confidence: row.confidence,
    notes: row.notes,
    version: row.version,
  };
}
