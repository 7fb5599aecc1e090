import type { Knex } from 'knex';

/**
 * Pre-aggregated counts (see docs/performance.md): how many live designations share a
 * jurisdiction, a decided month, a measure and a decided precision (designation_monthly_counts),
 * and the same without the jurisdiction (designation_monthly_totals, a few thousand rows for all
 * jurisdictions together). Period statistics and list totals that filter only on those
 * (src/queries/monthly-counts.ts) read these instead of every matching designation.
 *
 * `period_start` is the first day of the decided month; for a designation dated only to a year,
 * the first day of that year (it has no month), which `decided_precision` tells apart.
 *
 * Triggers on all_designations keep both exact in the same transaction as the change, whatever
 * makes it (the API, imports, merges, soft deletes and restores, a data migration): the old and new
 * rows of a statement (transition tables) are counted out and in, so a batch of a thousand rows
 * costs one upsert per key it touches, not one per row. A writer holds the counts it changed until
 * it commits, so two writers of the same month and measure take turns (on the totals' row,
 * whatever their jurisdictions).
 *
 * Loads that bypass triggers (the benchmark's COPY under session_replication_role = replica) call
 * rebuild_designation_monthly_counts() afterwards; a TRUNCATE of all_designations empties both.
 */
const PERIOD_START = `case when decided_precision = 'year' then decided_on else date_trunc('month', decided_on)::date end`;

/**
 * The summaries and their keys. The keys lead with what the common questions bound (a
 * jurisdiction over a range of months) so that they are one index range; each primary key index
 * also carries the count, for index-only sums.
 */
const SUMMARIES = [
  { table: 'designation_monthly_counts', key: ['jurisdiction', 'period_start', 'measure', 'decided_precision'] },
  { table: 'designation_monthly_totals', key: ['period_start', 'measure', 'decided_precision'] },
];

/** A summary's key computed from a designation row. */
function keyOfRow(key: string[]): string {
  return key.map((column) => (column === 'period_start' ? `${PERIOD_START} as period_start` : column)).join(', ');
}

/**
 * Adds the designations of `rows` (a transition table) to a summary, `sign` 1 or -1, or both
 * tables netted; in key order, so that writers lock shared rows in one order.
 */
function applyDeltas({ table, key }: (typeof SUMMARIES)[number], counted: { rows: string; sign: 1 | -1 }[]): string {
  const columns = key.join(', ');
  const changes = counted
    .map(({ rows, sign }) => `select ${keyOfRow(key)}, ${sign} as delta from ${rows} where deleted_at is null`)
    .join(' union all ');
  return `with changes as (${changes})
    insert into ${table} as c (${columns}, designations)
      select ${columns}, sum(delta)::integer from changes
      group by ${columns} having sum(delta) <> 0 order by ${columns}
    on conflict (${columns}) do update set designations = c.designations + excluded.designations;`;
}

/** Only a key that lost rows can reach zero. */
function dropEmptied({ table, key }: (typeof SUMMARIES)[number]): string {
  return `delete from ${table} c where c.designations = 0 and (${key.join(', ')}) in (select ${keyOfRow(key)} from old_rows);`;
}

const IN = { rows: 'new_rows', sign: 1 } as const;
const OUT = { rows: 'old_rows', sign: -1 } as const;

export async function up(knex: Knex): Promise<void> {
  for (const { table, key } of SUMMARIES) {
    // No check that counts stay positive: an upsert checks the row it would insert (a negative
    // delta) before it finds the row to update.
    await knex.raw(`create table ${table} (
      ${key.includes('jurisdiction') ? 'jurisdiction text not null,' : ''}
      period_start date not null,
      measure text not null,
      decided_precision text not null,
      designations integer not null,
      primary key (${key.join(', ')}) include (designations))`);
  }
  await knex.raw(`create function rebuild_designation_monthly_counts() returns void language sql as $$
    ${SUMMARIES.map(
      ({ table, key }) => `delete from ${table};
    insert into ${table} (${key.join(', ')}, designations)
      select ${keyOfRow(key)}, count(*) from all_designations where deleted_at is null
      group by ${key.map((_, index) => index + 1).join(', ')};`,
    ).join('\n    ')}
  $$`);
  // A branch that does not run never resolves its table names, so one function serves the three
  // triggers although each names only the transition tables its event has.
  await knex.raw(`create function count_designation_months() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        ${SUMMARIES.map((summary) => applyDeltas(summary, [IN])).join('\n        ')}
      elsif tg_op = 'DELETE' then
        ${SUMMARIES.map((summary) => applyDeltas(summary, [OUT]) + dropEmptied(summary)).join('\n        ')}
      else
        ${SUMMARIES.map((summary) => applyDeltas(summary, [IN, OUT]) + dropEmptied(summary)).join('\n        ')}
      end if;
      return null;
    end $$`);
  // A trigger with transition tables may have only one event.
  await knex.raw(`create trigger all_designations_monthly_counts_insert after insert on all_designations
    referencing new table as new_rows for each statement execute function count_designation_months()`);
  await knex.raw(`create trigger all_designations_monthly_counts_update after update on all_designations
    referencing old table as old_rows new table as new_rows for each statement execute function count_designation_months()`);
  await knex.raw(`create trigger all_designations_monthly_counts_delete after delete on all_designations
    referencing old table as old_rows for each statement execute function count_designation_months()`);
  await knex.raw(`create function empty_designation_monthly_counts() returns trigger language plpgsql as $$
    begin
      ${SUMMARIES.map(({ table }) => `delete from ${table};`).join(' ')}
      return null;
    end $$`);
  await knex.raw(`create trigger all_designations_monthly_counts_truncate after truncate on all_designations
    for each statement execute function empty_designation_monthly_counts()`);
  await knex.raw('select rebuild_designation_monthly_counts()');
}

export async function down(knex: Knex): Promise<void> {
  for (const event of ['insert', 'update', 'delete', 'truncate']) {
    await knex.raw(`drop trigger all_designations_monthly_counts_${event} on all_designations`);
  }
  await knex.raw('drop function empty_designation_monthly_counts()');
  await knex.raw('drop function count_designation_months()');
  await knex.raw('drop function rebuild_designation_monthly_counts()');
  for (const { table } of SUMMARIES) await knex.raw(`drop table ${table}`);
}
