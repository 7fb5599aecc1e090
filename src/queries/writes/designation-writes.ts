import type { Knex } from 'knex';
import type { DesignationsTable } from '../../db/tables';
import { rawRows } from '../../db/raw-rows';

/** The stored columns of a designation that an import sets (everything but ids and bookkeeping). */
export type DesignationColumns = Pick<
  DesignationsTable,
  | 'organization_id'
  | 'unit'
  | 'jurisdiction'
  | 'measure'
  | 'law_id'
  | 'law_citation'
  | 'authority'
  | 'decided_on'
  | 'decided_precision'
  | 'listed_on'
  | 'listed_precision'
  | 'ended_on'
  | 'ended_precision'
  | 'stated_reasons'
  | 'reasons_form'
  | 'reason_tags'
  | 'confidence'
  | 'notes'
>;

export const DESIGNATION_COLUMN_NAMES: (keyof DesignationColumns)[] = [
  'organization_id',
  'unit',
  'jurisdiction',
  'measure',
  'law_id',
  'law_citation',
  'authority',
  'decided_on',
  'decided_precision',
  'listed_on',
  'listed_precision',
  'ended_on',
  'ended_precision',
  'stated_reasons',
  'reasons_form',
  'reason_tags',
  'confidence',
  'notes',
];

/** The SQL type of each column an import sets, to read a batch of them from JSON. */
const DESIGNATION_COLUMN_TYPES: Record<keyof DesignationColumns, string> = {
  organization_id: 'uuid',
  unit: 'text',
  jurisdiction: 'text',
  measure: 'text',
  law_id: 'uuid',
  law_citation: 'text',
  authority: 'text',
  decided_on: 'date',
  decided_precision: 'text',
  listed_on: 'date',
  listed_precision: 'text',
  ended_on: 'date',
  ended_precision: 'text',
  stated_reasons: 'text',
  reasons_form: 'text',
  reason_tags: 'text[]',
  confidence: 'text',
  notes: 'text',
};

export interface StoredDesignation extends DesignationColumns {
  id: string;
  source_ids: string[];
}

export async function findDesignationsByIds(db: Knex, ids: string[]): Promise<Map<string, StoredDesignation>> {
  if (ids.length === 0) return new Map();
  const rows = await db('designations as d')
    .whereIn('d.id', ids)
    .select(['d.id', ...DESIGNATION_COLUMN_NAMES.map((column) => `d.${column}`)])
    .select(
      db.raw(`coalesce((select array_agg(ds.source_id order by ds.position) from designation_sources ds
        where ds.designation_id = d.id), '{}') as source_ids`),
    );
  return new Map(rows.map((row: StoredDesignation) => [row.id, row]));
}

/** Which of `ids` belong to deleted designations (which the `designations` view hides). */
export async function findDeletedDesignationIds(db: Knex, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set(await db('all_designations').whereIn('id', ids).whereNotNull('deleted_at').pluck('id'));
}

/**
 * The columns that say two designations record the same action (domain/designation.ts's
 * SAME_ACTION): how a row without an id finds its designation, and what a new one may not repeat.
 */
const NATURAL_KEY_COLUMNS = [
  'organization_id',
  'unit',
  'jurisdiction',
  'measure',
  'decided_on',
  'decided_precision',
] as const satisfies readonly (keyof DesignationColumns)[];

/** The key as one comparable value, for finding rows of a file that share it. */
export const naturalKeyOf = (columns: DesignationColumns) =>
  JSON.stringify(NATURAL_KEY_COLUMNS.map((column) => columns[column]));

/** SQL: designations `a` and `b` share the natural key (a unit may be empty, so it compares null-safe). */
const sameNaturalKey = (a: string, b: string) =>
  NATURAL_KEY_COLUMNS.map((column) =>
    column === 'unit' ? `${a}.unit is not distinct from ${b}.unit` : `${a}.${column} = ${b}.${column}`,
  ).join(' and ');

/**
 * For each of `keys`, the designations with the same natural key (none, one, or several): one
 * statement for a whole batch of an import, its keys as one JSON array.
 */
export async function findDesignationsByNaturalKeys(db: Knex, keys: DesignationColumns[]): Promise<string[][]> {
  if (keys.length === 0) return [];
  const columns = NATURAL_KEY_COLUMNS.map((column) => `${column} ${DESIGNATION_COLUMN_TYPES[column]}`);
  const rows = await rawRows<{ position: number; id: string }>(
    db,
    `select k.position, d.id
    from jsonb_to_recordset(?::jsonb) as k (position int, ${columns.join(', ')})
    join designations d on ${sameNaturalKey('d', 'k')}`,
    [
      JSON.stringify(
        keys.map((key, position) => ({
          position,
          ...Object.fromEntries(NATURAL_KEY_COLUMNS.map((column) => [column, key[column]])),
        })),
      ),
    ],
  );
  const matches = keys.map((): string[] => []);
  for (const { position, id } of rows) matches[position].push(id);
  return matches.map((ids) => ids.sort());
}

/** Other designations with the same natural key as designation `id`. */
export async function findNaturalKeyTwins(db: Knex, id: string): Promise<string[]> {
  const rows = await rawRows<{ id: string }>(
    db,
    `select b.id from designations a join designations b on ${sameNaturalKey('b', 'a')} and b.id <> a.id
    where a.id = ?`,
    [id],
  );
  return rows.map((row) => row.id);
}

export async function insertDesignations(db: Knex, rows: (DesignationColumns & { id?: string })[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db('designations').insert(rows).returning('id');
  return inserted.map((row: { id: string }) => row.id);
}

/**
 * Sets every import column of each designation given, each a new version, in one statement: a
 * re-import of a corrected file may change thousands of rows, and on the embedded database each
 * statement costs a millisecond or two of its own. The rows go as one JSON array (arrays of
 * reason tags included), so the statement's parameters stay one however many rows it writes.
 */
export async function updateDesignations(db: Knex, rows: (DesignationColumns & { id: string })[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = DESIGNATION_COLUMN_NAMES.map((column) => `${column} ${DESIGNATION_COLUMN_TYPES[column]}`);
  await db.raw(
    `update designations d
    set ${DESIGNATION_COLUMN_NAMES.map((column) => `${column} = v.${column}`).join(', ')},
      updated_at = current_timestamp, version = d.version + 1
    from jsonb_to_recordset(?::jsonb) as v (id uuid, ${columns.join(', ')})
    where d.id = v.id`,
    [JSON.stringify(rows)],
  );
}

/** Soft-deletes a designation: the `designations` view hides it from then on. */
export async function markDesignationDeleted(db: Knex, id: string): Promise<void> {
  await db('all_designations')
    .where({ id })
    .update({ deleted_at: db.fn.now(), updated_at: db.fn.now(), version: db.raw('version + 1') });
}

/** Brings a soft-deleted designation back into the `designations` view. */
export async function markDesignationRestored(db: Knex, id: string): Promise<void> {
  await db('all_designations')
    .where({ id })
    .update({ deleted_at: null, updated_at: db.fn.now(), version: db.raw('version + 1') });
}

/** Moves every designation of one organization, deleted ones too, to another. */
export async function moveDesignations(db: Knex, fromOrganizationId: string, toOrganizationId: string): Promise<void> {
  await db('all_designations')
    .where({ organization_id: fromOrganizationId })
    .update({ organization_id: toOrganizationId, updated_at: db.fn.now(), version: db.raw('version + 1') });
}
