import type { Knex } from 'knex';

/**
 * Counts that the home page, /explore, the laws list and yearly statistics read instead of
 * counting designations (see docs/performance.md), each by a key of its own:
 * - designation_yearly_counts and designation_yearly_totals: the monthly counts (migration
 *   20261127010400) by decided year instead of month and without the measure, for statistics by
 *   year and list totals over whole years that filter on jurisdictions alone (a small fraction
 *   of the monthly counts' rows);
 * - designation_reason_counts and designation_reason_totals: the monthly counts by the whole set
 *   of reason tags instead of the measure, for statistics by reason and reason filters (a
 *   designation counts once in a period's total and once under each of its tags, so the counts
 *   keep whole tag sets, not one row per tag);
 * - designation_law_counts: the live designations made under each law, per jurisdiction (the laws
 *   list sums a law's rows, a jurisdiction's page lists its own);
 * - organization_designation_counts: those against each organization, whose rows are the
 *   organizations acted against.
 *
 * Kept exact in the same transaction as every change, as the monthly counts are: statement triggers
 * on all_designations count a statement's old rows out and new rows in (transition tables), one
 * upsert per key touched, in key order so that writers lock shared rows in one order, and drop the
 * keys they emptied. Loads that bypass triggers call rebuild_designation_rollups() afterwards; a
 * TRUNCATE of all_designations empties them.
 */
export interface Rollup {
  table: string;
  /** Each key column with its type and the expression that computes it from a designation row. */
  key: { column: string; type: string; value: string }[];
  /** Designation rows that are not counted in this rollup at all. */
  leavesOut?: string;
}

export const YEAR = { column: 'period_start', type: 'date', value: `date_trunc('year', decided_on)::date` };
/** As in the monthly counts: the decided month, or the year of a designation dated only to a year. */
const MONTH = {
  column: 'period_start',
  type: 'date',
  value: `case when decided_precision = 'year' then decided_on else date_trunc('month', decided_on)::date end`,
};
const REASONS = { column: 'reason_tags', type: 'text[]', value: 'reason_tags' };
export const JURISDICTION = { column: 'jurisdiction', type: 'text', value: 'jurisdiction' };
export const PRECISION = { column: 'decided_precision', type: 'text', value: 'decided_precision' };

export const ROLLUPS: Rollup[] = [
  { table: 'designation_yearly_counts', key: [JURISDICTION, YEAR, PRECISION] },
  { table: 'designation_yearly_totals', key: [YEAR, PRECISION] },
  { table: 'designation_reason_counts', key: [JURISDICTION, MONTH, PRECISION, REASONS] },
  { table: 'designation_reason_totals', key: [MONTH, PRECISION, REASONS] },
  {
    table: 'designation_law_counts',
    key: [{ column: 'law_id', type: 'uuid', value: 'law_id' }, JURISDICTION],
    leavesOut: 'law_id is null',
  },
  {
    table: 'organization_designation_counts',
    key: [{ column: 'organization_id', type: 'uuid', value: 'organization_id' }],
  },
];

const columnsOf = ({ key }: Rollup) => key.map(({ column }) => column).join(', ');

/** The key of every counted row of `rows` (a table or transition table). */
function keyedRows(rollup: Rollup, rows: string, extra = ''): string {
  const counted = ['deleted_at is null', ...(rollup.leavesOut ? [`not (${rollup.leavesOut})`] : [])].join(' and ');
  return `select ${rollup.key.map(({ column, value }) => `${value} as ${column}`).join(', ')}${extra} from ${rows} where ${counted}`;
}

/** Adds the rows of `counted` (a transition table each, `sign` 1 or -1) to a rollup, netted. */
function applyDeltas(rollup: Rollup, counted: { rows: string; sign: 1 | -1 }[]): string {
  const columns = columnsOf(rollup);
  const changes = counted.map(({ rows, sign }) => keyedRows(rollup, rows, `, ${sign} as delta`)).join(' union all ');
  return `with changes as (${changes})
    insert into ${rollup.table} as c (${columns}, designations)
      select ${columns}, sum(delta)::integer from changes
      group by ${columns} having sum(delta) <> 0 order by ${columns}
    on conflict (${columns}) do update set designations = c.designations + excluded.designations;`;
}

/** Only a key that lost rows can reach zero. */
function dropEmptied(rollup: Rollup): string {
  return `delete from ${rollup.table} c where c.designations = 0 and (${columnsOf(rollup)}) in (${keyedRows(rollup, 'old_rows')});`;
}

const IN = { rows: 'new_rows', sign: 1 } as const;
const OUT = { rows: 'old_rows', sign: -1 } as const;

export const LAW_COUNTS_JURISDICTION_INDEX =
  'create index designation_law_counts_jurisdiction on designation_law_counts (jurisdiction) include (law_id, designations)';

/** Fills an empty rollup from the designations stored. */
export function fillRollup(rollup: Rollup): string {
  return `insert into ${rollup.table} (${columnsOf(rollup)}, designations)
      select ${columnsOf(rollup)}, count(*) from (${keyedRows(rollup, 'all_designations')}) counted group by ${columnsOf(rollup)};`;
}

export function createRollupTable(knex: Knex, rollup: Rollup): Knex.Raw {
  return knex.raw(`create table ${rollup.table} (
      ${rollup.key.map(({ column, type }) => `${column} ${type} not null,`).join(' ')}
      designations integer not null,
      primary key (${columnsOf(rollup)}) include (designations))`);
}

/**
 * Creates or replaces the functions that keep `rollups` (all of them: the statement triggers on
 * all_designations call these functions, whichever migration added a rollup).
 */
export async function replaceRollupFunctions(knex: Knex, rollups: Rollup[]): Promise<void> {
  await knex.raw(`create or replace function rebuild_designation_rollups() returns void language sql as $$
    ${rollups
      .map(
        (rollup) => `delete from ${rollup.table};
    ${fillRollup(rollup)}`,
      )
      .join('\n    ')}
  $$`);
  // A branch that does not run never resolves its table names, so one function serves the three
  // triggers although each names only the transition tables its event has.
  await knex.raw(`create or replace function count_designation_rollups() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        ${rollups.map((rollup) => applyDeltas(rollup, [IN])).join('\n        ')}
      elsif tg_op = 'DELETE' then
        ${rollups.map((rollup) => applyDeltas(rollup, [OUT]) + dropEmptied(rollup)).join('\n        ')}
      else
        ${rollups.map((rollup) => applyDeltas(rollup, [IN, OUT]) + dropEmptied(rollup)).join('\n        ')}
      end if;
      return null;
    end $$`);
  await knex.raw(`create or replace function empty_designation_rollups() returns trigger language plpgsql as $$
    begin
      ${rollups.map(({ table }) => `delete from ${table};`).join(' ')}
      return null;
    end $$`);
}

export async function up(knex: Knex): Promise<void> {
  for (const rollup of ROLLUPS) await createRollupTable(knex, rollup);
  await knex.raw(LAW_COUNTS_JURISDICTION_INDEX);
  await replaceRollupFunctions(knex, ROLLUPS);
  for (const [event, transition] of [
    ['insert', 'new table as new_rows'],
    ['update', 'old table as old_rows new table as new_rows'],
    ['delete', 'old table as old_rows'],
  ]) {
    await knex.raw(`create trigger all_designations_rollups_${event} after ${event} on all_designations
      referencing ${transition} for each statement execute function count_designation_rollups()`);
  }
  await knex.raw(`create trigger all_designations_rollups_truncate after truncate on all_designations
    for each statement execute function empty_designation_rollups()`);
  await knex.raw('select rebuild_designation_rollups()');
}

export async function down(knex: Knex): Promise<void> {
  for (const event of ['insert', 'update', 'delete', 'truncate']) {
    await knex.raw(`drop trigger all_designations_rollups_${event} on all_designations`);
  }
  await knex.raw('drop function empty_designation_rollups()');
  await knex.raw('drop function count_designation_rollups()');
  await knex.raw('drop function rebuild_designation_rollups()');
  for (const { table } of [...ROLLUPS].reverse()) await knex.raw(`drop table ${table}`);
}
