/**
 * The rows of the FollowTheMoney export (src/domain/ftm-entities.ts maps them): one JSON text per
 * designation matching the common filters, in the order of the other exports, carrying its
 * organization too, so the export can emit each organization where it first appears.
 */
import type { Knex } from 'knex';
import { type DesignationKey, type DesignationKeyColumns, keyOf, orderByDecided, seekAfter } from '../db/keyset';
import type { DesignationFilters } from '../domain/designation-filters';
import { applyDesignationFilters } from './designation-filters';
import { sqlWithInlinedBindings } from './inline-bindings';
import { readAsRecordedAt } from './recorded-state';

// An organization's names other than its canonical one, with their kind (former names map apart).
const NAMES_LATERAL = `left join lateral (select json_agg(json_build_object('name', n.name, 'kind', n.name_kind) order by n.id) as list
  from organization_names n where n.organization_id = o.id and n.name <> o.name) names on true`;
const SOURCES_LATERAL = `left join lateral (select array_agg(s.url order by ds.position) as urls,
    array_agg(s.publisher order by ds.position) as publishers
  from designation_sources ds join sources s on s.id = ds.source_id where ds.designation_id = d.id) src on true`;

// Registration numbers by scheme, as FtM has a property for each (ogrnCode, innCode).
const IDENTIFIERS_JSON = `(select json_object_agg(i.scheme, i.value) from organization_identifiers i where i.organization_id = o.id)`;

const ORGANIZATION_JSON = `json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'hq_country', o.hq_country,
  'wikidata_id', o.wikidata_id, 'parent_id', o.parent_id, 'names', names.list, 'identifiers', ${IDENTIFIERS_JSON})`;

// The status rule of statusOn: ended once the period of ended_on has begun.
const DESIGNATION_JSON = `json_build_object('id', d.id, 'organization', ${ORGANIZATION_JSON}, 'unit', d.unit,
  'jurisdiction', d.jurisdiction, 'measure', d.measure, 'law', l.short_name, 'law_citation', d.law_citation, 'authority', d.authority,
  'decided_on', partial_date_text(d.decided_on, d.decided_precision), 'listed_on', partial_date_text(d.listed_on, d.listed_precision),
  'ended_on', partial_date_text(d.ended_on, d.ended_precision), 'status', case when d.ended_on <= ?::date then 'ended' else 'active' end,
  'stated_reasons', d.stated_reasons, 'reasons_form', d.reasons_form, 'notes', d.notes,
  'source_urls', src.urls, 'source_publishers', src.publishers)::text`;

/** The designations matching `filters`, each as the JSON text `line`, in list order (decided date, precision, id). */
function ftmDesignationLines(db: Knex, filters: DesignationFilters, today: string): Knex.QueryBuilder {
  const query = db('designations as d')
    .join('organizations as o', 'o.id', 'd.organization_id')
    .leftJoin('laws as l', 'l.id', 'd.law_id')
    .joinRaw(NAMES_LATERAL)
    .joinRaw(SOURCES_LATERAL)
    .select(db.raw(`${DESIGNATION_JSON} as line`, [today]));
  return orderByDecided(applyDesignationFilters(query, filters, today));
}

/** ftmDesignationLines as SQL text with its values inlined, for COPY. */
export function ftmDesignationLinesSql(db: Knex, filters: DesignationFilters, today: string): string {
  return sqlWithInlinedBindings(ftmDesignationLines(db, filters, today));
}

/** A page of ftmDesignationLines after `after` (PGlite cannot stream a query), with each row's key. */
export async function ftmDesignationPage(
  db: Knex,
  filters: DesignationFilters,
  today: string,
  after: DesignationKey | null,
  size: number,
): Promise<{ key: DesignationKey; line: string }[]> {
  const page = ftmDesignationLines(db, filters, today).select('d.decided_on', 'd.decided_rank', 'd.id').limit(size);
  if (after) seekAfter(page, after);
  const rows = (await page) as (DesignationKeyColumns & { line: string })[];
  return rows.map((row) => ({ key: keyOf(row), line: row.line }));
}

/**
 * One organization as the same JSON text, for a family parent that no matching designation
 * brought: read as recorded at `recordedAsOf` when the export is (the CTEs shadow the tables).
 */
export async function ftmOrganizationLine(
  db: Knex,
  organizationId: string,
  recordedAsOf: string | undefined,
): Promise<string | null> {
  const query = db('organizations as o')
    .joinRaw(NAMES_LATERAL)
    .where('o.id', organizationId)
    .first(db.raw(`${ORGANIZATION_JSON}::text as line`));
  if (recordedAsOf !== undefined) readAsRecordedAt(query, recordedAsOf);
  const row = (await query) as { line: string } | undefined;
  return row?.line ?? null;
}
