import type { Knex } from 'knex';
import { type DesignationKey, type DesignationKeyColumns, keyOf, orderByDecided, seekAfter } from '../db/keyset';
import type { DesignationFilters } from '../domain/designation-filters';
import { COPY_LINES, pgliteCopyToBuffer } from './copy-out';
import { applyDesignationFilters } from './designation-filters';
import { sqlWithInlinedBindings } from './inline-bindings';

export type ExportFormat = 'csv' | 'ndjson';

interface ExportColumn {
  name: string;
  /** SQL for the cell's text; `?` placeholders take `bindings`. */
  sql: string;
  bindings?: string[];
  /** SQL for a JSON array, for the multi-valued columns in NDJSON. */
  jsonArray?: string;
  /**
   * The value comes from a vocabulary or a fixed format (uuid, ISO code, partial date), which can
   * never start like a formula, so the per-cell neutralization is skipped (a cost per cell).
   */
  controlled?: boolean;
}

// Each designation's other names and sources are aggregated once, in lateral subqueries, as
// arrays; the CSV joins them with "; " and the NDJSON writes them as JSON arrays.
const ALIASES_LATERAL = `left join lateral (select array_agg(n.name order by n.id) as names from organization_names n
  where n.organization_id = o.id and n.name <> o.name) aliases on true`;
const SOURCES_LATERAL = `left join lateral (select array_agg(s.url order by ds.position) as urls,
    array_agg(s.publisher order by ds.position) as publishers
  from designation_sources ds join sources s on s.id = ds.source_id where ds.designation_id = d.id) src on true`;
const joined = (array: string) => `array_to_string(${array}, '; ')`;
const jsonArray = (array: string) => `coalesce(to_json(${array}), '[]'::json)`;

/** The interchange columns (docs/design.md), in order, as SQL over designations d, organizations o (parent p), laws l. */
function exportColumns(today: string): ExportColumn[] {
  return [
    { name: 'id', sql: 'd.id::text', controlled: true },
    { name: 'organization', sql: 'o.name' },
    { name: 'organization_aliases', sql: joined('aliases.names'), jsonArray: jsonArray('aliases.names') },
    { name: 'organization_kind', sql: 'o.kind', controlled: true },
    { name: 'organization_parent', sql: 'p.name' },
    { name: 'organization_country', sql: 'o.hq_country', controlled: true },
    { name: 'unit', sql: 'd.unit' },
    { name: 'jurisdiction', sql: 'd.jurisdiction', controlled: true },
    { name: 'measure', sql: 'd.measure', controlled: true },
    { name: 'law', sql: 'l.short_name' },
    { name: 'law_citation', sql: 'd.law_citation' },
    { name: 'authority', sql: 'd.authority' },
    { name: 'decided_on', sql: 'partial_date_text(d.decided_on, d.decided_precision)', controlled: true },
    { name: 'listed_on', sql: 'partial_date_text(d.listed_on, d.listed_precision)', controlled: true },
    { name: 'ended_on', sql: 'partial_date_text(d.ended_on, d.ended_precision)', controlled: true },
    // The status rule of statusOn: ended once the period of ended_on has begun.
    {
      name: 'status',
      sql: `case when d.ended_on <= ?::date then 'ended' else 'active' end`,
      bindings: [today],
      controlled: true,
    },
    { name: 'reason_tags', sql: joined('d.reason_tags'), jsonArray: jsonArray('d.reason_tags'), controlled: true },
    { name: 'stated_reasons', sql: 'd.stated_reasons' },
    { name: 'reasons_form', sql: 'd.reasons_form', controlled: true },
    { name: 'source_urls', sql: joined('src.urls'), jsonArray: jsonArray('src.urls'), controlled: true },
    { name: 'source_publishers', sql: joined('src.publishers'), jsonArray: jsonArray('src.publishers') },
    { name: 'confidence', sql: 'd.confidence', controlled: true },
    { name: 'notes', sql: 'd.notes' },
    { name: 'law_family', sql: 'l.family', controlled: true },
  ];
}

/** The designations matching `filters` with what their rows need, in list order (decided date, precision, id). */
function filteredDesignations(db: Knex, filters: DesignationFilters, today: string): Knex.QueryBuilder {
  const query = db('designations as d')
    .join('organizations as o', 'o.id', 'd.organization_id')
    .leftJoin('organizations as p', 'p.id', 'o.parent_id')
    .leftJoin('laws as l', 'l.id', 'd.law_id')
    .joinRaw(ALIASES_LATERAL)
    .joinRaw(SOURCES_LATERAL);
  return orderByDecided(applyDesignationFilters(query, filters, today));
}

/** CSV rows: every cell neutralized against spreadsheet formulas, empty cells as NULL (see interchange_cell). */
function csvExportQuery(db: Knex, filters: DesignationFilters, today: string): Knex.QueryBuilder {
  const query = filteredDesignations(db, filters, today);
  for (const column of exportColumns(today)) {
    const cell = column.controlled ? `nullif(${column.sql}, '')` : `interchange_cell(${column.sql})`;
    query.select(db.raw(`${cell} as ??`, [...(column.bindings ?? []), column.name]));
  }
  return query;
}

/** NDJSON rows: one JSON object per designation as text, the same fields, arrays for multi-valued ones, null for empty. */
function ndjsonExportQuery(db: Knex, filters: DesignationFilters, today: string): Knex.QueryBuilder {
  const columns = exportColumns(today);
  const pairs = columns
    .map((column) => `'${column.name}', ${column.jsonArray ?? `nullif(${column.sql}, '')`}`)
    .join(', ');
  const bindings = columns.flatMap((column) => (column.jsonArray ? [] : (column.bindings ?? [])));
  return filteredDesignations(db, filters, today).select(db.raw(`json_build_object(${pairs})::text as line`, bindings));
}

/** The export's SELECT as SQL text with its values inlined, for COPY (which takes no bind parameters). */
export function exportSql(db: Knex, format: ExportFormat, filters: DesignationFilters, today: string): string {
  return sqlWithInlinedBindings(exportQuery(db, format, filters, today));
}

function exportQuery(db: Knex, format: ExportFormat, filters: DesignationFilters, today: string): Knex.QueryBuilder {
  return format === 'csv' ? csvExportQuery(db, filters, today) : ndjsonExportQuery(db, filters, today);
}

/** How many designations an export with these filters holds. */
export async function countExportDesignations(db: Knex, filters: DesignationFilters, today: string): Promise<number> {
  const [row] = await applyDesignationFilters(db('designations as d'), filters, today).count<
    { count: string | number }[]
  >({ count: '*' });
  return Number(row.count);
}

/** One page of the export order after `after` (PGlite has no streaming COPY, so it pages). */
export interface ExportPage {
  after: DesignationKey | null;
  size: number;
}

/** The keys of the rows of an export page, to know where the next one starts. */
export async function exportPageKeys(
  db: Knex,
  filters: DesignationFilters,
  today: string,
  page: ExportPage,
): Promise<DesignationKey[]> {
  const query = filteredDesignations(db, filters, today)
    .select('d.decided_on', 'd.decided_rank', 'd.id')
    .limit(page.size);
  if (page.after) seekAfter(query, page.after);
  const rows = (await query) as DesignationKeyColumns[];
  return rows.map(keyOf);
}

/** An export page COPYed on PGlite (to its blob device): CSV with a header line when `header`, or NDJSON lines. */
export async function copyExportPage(
  db: Knex,
  format: ExportFormat,
  filters: DesignationFilters,
  today: string,
  page: ExportPage & { header: boolean },
): Promise<Buffer> {
  const query = exportQuery(db, format, filters, today).limit(page.size);
  if (page.after) seekAfter(query, page.after);
  const options = format === 'csv' ? `WITH (FORMAT csv, HEADER ${page.header})` : COPY_LINES;
  return pgliteCopyToBuffer(db, sqlWithInlinedBindings(query), options);
}

/** A stored designation's NDJSON export line, or undefined when there is none with that id. */
export async function exportLineOf(db: Knex, id: string, today: string): Promise<string | undefined> {
  const row = (await ndjsonExportQuery(db, { family: false, imprecise: 'exclude' }, today)
    .where('d.id', id)
    .first()) as { line: string } | undefined;
  return row?.line;
}
