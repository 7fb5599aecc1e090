import type { Knex } from 'knex';
import type { Db } from '../db/connection';
import { type DesignationKey, orderByDecided, seekAfter } from '../db/keyset';
import type { DesignationsTable, LawsTable, OrganizationsTable, SourcesTable } from '../db/tables';
import type { Designation } from '../domain/designation';
import type { DesignationFilters } from '../domain/designation-filters';
import { statusOn } from '../domain/interchange/status';
import { jurisdictionName } from '../domain/jurisdictions';
import { formatOptionalPartialDate, formatPartialDate, partialDateFromStorage } from '../domain/partial-date';
import { applyDesignationFilters } from './designation-filters';

/** A row of selectDesignations: the designation's own columns, its organization's and law's, and its sources. */
export interface DesignationRow extends Pick<
  DesignationsTable,
  | 'id'
  | 'unit'
  | 'jurisdiction'
  | 'measure'
  | 'law_citation'
  | 'authority'
  | 'decided_on'
  | 'decided_precision'
  | 'decided_rank'
  | 'listed_on'
  | 'listed_precision'
  | 'ended_on'
  | 'ended_precision'
  | 'stated_reasons'
  | 'reasons_form'
  | 'reasons_lang'
  | 'reason_tags'
  | 'confidence'
  | 'notes'
  | 'version'
> {
  organization_slug: OrganizationsTable['slug'];
  organization_name: OrganizationsTable['name'];
  organization_kind: OrganizationsTable['kind'];
  law_slug: LawsTable['slug'] | null;
  law_short_name: LawsTable['short_name'] | null;
  law_own_citation: LawsTable['citation'];
  sources: Pick<SourcesTable, 'url' | 'publisher' | 'title'>[];
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

/** Runs a selectDesignations query and shows its rows. */
export async function fetchDesignations(query: Knex.QueryBuilder, today: string): Promise<Designation[]> {
  return (await designationRows(query)).map((row) => toDesignation(row, today));
}

/** The rows of a selectDesignations query, typed once here. */
async function designationRows<Extra extends object = object>(
  query: Knex.QueryBuilder,
): Promise<(DesignationRow & Extra)[]> {
  return (await query) as (DesignationRow & Extra)[];
}

/** How a list of designations is cut: order, keyset position, size and what it leaves out. */
export interface DesignationListing {
  /** Latest first: the order of orderByDecided reversed. */
  descending?: boolean;
  /** Only the rows after this key in the listing's order (keyset paging). */
  after?: DesignationKey;
  limit?: number;
  /** Designations of these measures are left out. */
  measuresLeftOut?: readonly string[];
  /** Only designations decided on or before this day. */
  decidedBy?: string;
}

/** The rows of the designations that pass `filters`, in list order (orderByDecided). */
export async function filteredDesignationRows(
  db: Db,
  filters: DesignationFilters,
  today: string,
  listing: DesignationListing = {},
): Promise<DesignationRow[]> {
  const query = orderByDecided(applyDesignationFilters(selectDesignations(db), filters, today), listing.descending);
  if (listing.after) seekAfter(query, listing.after, listing.descending);
  if (listing.measuresLeftOut) query.whereNotIn('d.measure', listing.measuresLeftOut);
  if (listing.decidedBy !== undefined) query.where('d.decided_on', '<=', listing.decidedBy);
  if (listing.limit !== undefined) query.limit(listing.limit);
  return designationRows(query);
}

/** The designations that pass `filters`, in list order (orderByDecided). */
export async function filteredDesignations(
  db: Db,
  filters: DesignationFilters,
  today: string,
  listing: DesignationListing = {},
): Promise<Designation[]> {
  return (await filteredDesignationRows(db, filters, today, listing)).map((row) => toDesignation(row, today));
}

/** Every designation of one organization (not its family), in list order. */
export async function designationsOfOrganization(
  db: Db,
  organizationId: string,
  today: string,
): Promise<Designation[]> {
  return fetchDesignations(orderByDecided(selectDesignations(db).where('d.organization_id', organizationId)), today);
}

/** The designations of `ids`, in no particular order. */
export async function designationsWithIds(db: Db, ids: string[], today: string): Promise<Designation[]> {
  return fetchDesignations(selectDesignations(db).whereIn('d.id', ids), today);
}

export async function findDesignation(db: Db, id: string, today: string): Promise<Designation | undefined> {
  const [row] = await designationRows(selectDesignations(db).where('d.id', id).limit(1));
  return row && toDesignation(row, today);
}

/** The designations that pass `filters` that were recorded most recently, newest first, with when they were recorded. */
export async function newestDesignationRows(
  db: Db,
  filters: DesignationFilters,
  today: string,
  limit: number,
): Promise<(DesignationRow & Pick<DesignationsTable, 'created_at' | 'updated_at'>)[]> {
  return designationRows<Pick<DesignationsTable, 'created_at' | 'updated_at'>>(
    applyDesignationFilters(selectDesignations(db), filters, today)
      .select('d.created_at', 'd.updated_at')
      .orderBy([
        { column: 'd.created_at', order: 'desc' },
        { column: 'd.decided_on', order: 'desc' },
        { column: 'd.id', order: 'desc' },
      ])
      .limit(limit),
  );
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

/** Whether any designation (not deleted) is recorded at all. */
export async function anyDesignationRecorded(db: Db): Promise<boolean> {
  return (await db('designations').first('id')) !== undefined;
}

/** How many designations (not deleted) the organization has, its family aside. */
export async function countDesignationsOfOrganization(db: Db, organizationId: string): Promise<number> {
  const [{ count }] = await db('designations')
    .where('organization_id', organizationId)
    .count<{ count: string | number }[]>('* as count');
  return Number(count);
}
