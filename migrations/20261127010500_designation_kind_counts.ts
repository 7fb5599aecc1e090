import type { Knex } from 'knex';

/**
 * Pre-aggregated counts for peer precedents (see docs/performance.md): how many live designations
 * a jurisdiction made against organizations of each kind, per measure and decided month
 * (`decided_month`, the first day of the month of `decided_on`, whatever the precision). A peer
 * answer counts the peers of a case, tens of thousands in a large register, from a few thousand of
 * these rows (src/queries/precedents/peer-candidates.ts).
 *
 * Kept exact in the same transaction as every change, like designation_monthly_counts: statement
 * triggers on all_designations count a statement's old rows out and new rows in under their
 * organization's kind, and a statement trigger on organizations moves the counts of an
 * organization whose kind changed. An organization with designations cannot be deleted (the
 * foreign key restricts it), so every counted row's kind can be looked up.
 *
 * Loads that bypass triggers call rebuild_designation_kind_counts() afterwards; a TRUNCATE of
 * all_designations empties the table.
 */
const TABLE = 'designation_kind_counts';
const KEY = 'jurisdiction, organization_kind, measure, decided_month';

/** The key and a delta for each live designation of `rows` (aliased `r`), under its organization's kind (`o`). */
function keyed(rows: string, sign: 1 | -1, kind = 'o.kind'): string {
  return `select r.jurisdiction, ${kind} as organization_kind, r.measure,
      date_trunc('month', r.decided_on)::date as decided_month, ${sign} as delta
    from ${rows} r join organizations o on o.id = r.organization_id where r.deleted_at is null`;
}

/**
 * Adds the changes to the counts, in key order so that concurrent writers lock shared rows in one
 * order; then drops the keys they emptied (a second statement: one statement cannot see its own
 * upsert's rows).
 */
function apply(changes: string): string {
  return `with changes as (${changes})
    insert into ${TABLE} as c (${KEY}, designations)
      select ${KEY}, sum(delta)::integer from changes group by ${KEY} having sum(delta) <> 0 order by ${KEY}
    on conflict (${KEY}) do update set designations = c.designations + excluded.designations;
    with changes as (${changes})
    delete from ${TABLE} c where c.designations = 0 and (${KEY}) in (select ${KEY} from changes where delta < 0);`;
}

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`create table ${TABLE} (
    jurisdiction text not null,
    organization_kind text not null,
    measure text not null,
    decided_month date not null,
    designations integer not null,
    primary key (${KEY}) include (designations))`);
  await knex.raw(`create function rebuild_designation_kind_counts() returns void language sql as $$
    delete from ${TABLE};
    insert into ${TABLE} (${KEY}, designations)
      select r.jurisdiction, o.kind, r.measure, date_trunc('month', r.decided_on)::date, count(*)
      from all_designations r join organizations o on o.id = r.organization_id
      where r.deleted_at is null group by 1, 2, 3, 4;
  $$`);
  // A branch that does not run never resolves its table names, so one function serves the three
  // triggers although each names only the transition tables its event has.
  await knex.raw(`create function count_designation_kinds() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        ${apply(keyed('new_rows', 1))}
      elsif tg_op = 'DELETE' then
        ${apply(keyed('old_rows', -1))}
      else
        ${apply(`${keyed('new_rows', 1)} union all ${keyed('old_rows', -1)}`)}
      end if;
      return null;
    end $$`);
  for (const [event, transition] of [
    ['insert', 'new table as new_rows'],
    ['update', 'old table as old_rows new table as new_rows'],
    ['delete', 'old table as old_rows'],
  ]) {
    await knex.raw(`create trigger all_designations_kind_counts_${event} after ${event} on all_designations
      referencing ${transition} for each statement execute function count_designation_kinds()`);
  }
  await knex.raw(`create function empty_designation_kind_counts() returns trigger language plpgsql as $$
    begin delete from ${TABLE}; return null; end $$`);
  await knex.raw(`create trigger all_designations_kind_counts_truncate after truncate on all_designations
    for each statement execute function empty_designation_kind_counts()`);
  // An organization's designations move from its old kind to its new one.
  const moved = (sign: 1 | -1, kind: string) =>
    keyed('all_designations', sign, kind).replace(
      'join organizations o on o.id = r.organization_id',
      'join kind_changes o on o.id = r.organization_id',
    );
  await knex.raw(`create function move_designation_kind_counts() returns trigger language plpgsql as $$
    begin
      ${apply(`select * from (with kind_changes as (
          select n.id, b.kind as old_kind, n.kind as new_kind
          from new_organizations n join old_organizations b on b.id = n.id where b.kind <> n.kind)
        ${moved(1, 'o.new_kind')} union all ${moved(-1, 'o.old_kind')}) moves`)}
      return null;
    end $$`);
  await knex.raw(`create trigger organizations_kind_counts after update on organizations
    referencing old table as old_organizations new table as new_organizations
    for each statement execute function move_designation_kind_counts()`);
  await knex.raw('select rebuild_designation_kind_counts()');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger organizations_kind_counts on organizations');
  await knex.raw('drop function move_designation_kind_counts()');
  for (const event of ['insert', 'update', 'delete', 'truncate']) {
    await knex.raw(`drop trigger all_designations_kind_counts_${event} on all_designations`);
  }
  await knex.raw('drop function empty_designation_kind_counts()');
  await knex.raw('drop function count_designation_kinds()');
  await knex.raw('drop function rebuild_designation_kind_counts()');
  await knex.raw(`drop table ${TABLE}`);
}
