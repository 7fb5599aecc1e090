import type { Knex } from 'knex';

/**
 * Revision history, written by triggers so that no write path (HTTP, import, seed, CLI, a future
 * one) can forget it: every insert, update and delete of a tracked table adds a revision in the same
 * transaction, with the row before and after. Who made the change is read from the
 * transaction-local setting `ngo.actor` (src/db/recorded-transaction.ts sets it); a write without
 * it fails rather than going unattributed, so a data migration must set it too (to `migration`).
 *
 * `ngo.action` may name what the whole transaction does (`merge`, `end`); otherwise the action is
 * read off the row: create, delete, restore (deleted_at cleared), end (ended_on set) or update.
 * An update that changes nothing writes no revision. A change counts as recorded when its
 * transaction began (now()), so every change of one write shares one instant.
 *
 * Revision ids are handed out when a row is written, not when its transaction commits, so ids
 * alone cannot be a feed cursor: a transaction that commits late would put revisions below an id
 * a mirror has already synced past. So a transaction that writes revisions also gets a row in
 * `revision_commits`, whose `position` is set as it commits, under a lock held until the commit is
 * done: positions are in commit order, and a visible position means every lower one is visible.
 */
const TRACKED: { table: string; record: string; key: string[] }[] = [
  { table: 'organizations', record: 'organizations', key: ['id'] },
  { table: 'organization_names', record: 'organization_names', key: ['id'] },
  { table: 'organization_slug_redirects', record: 'organization_slug_redirects', key: ['slug'] },
  { table: 'laws', record: 'laws', key: ['id'] },
  { table: 'sources', record: 'sources', key: ['id'] },
  { table: 'all_designations', record: 'designations', key: ['id'] },
  { table: 'designation_sources', record: 'designation_sources', key: ['designation_id', 'source_id'] },
  { table: 'jurisdiction_actions', record: 'jurisdiction_actions', key: ['id'] },
  { table: 'jurisdiction_action_sources', record: 'jurisdiction_action_sources', key: ['action_id', 'source_id'] },
];

const ACTIONS = ['baseline', 'create', 'update', 'delete', 'restore', 'end', 'merge'];
/** The advisory lock that puts the commits of revisions in order (an arbitrary constant of this schema). */
const COMMIT_ORDER_LOCK = 727_001;

export async function up(knex: Knex): Promise<void> {
  await createRevisions(knex);
  await createCommitOrder(knex);
  await createRecordRevision(knex);
  for (const { table, record, key } of TRACKED) {
    const args = [record, ...key].map((value) => `'${value}'`).join(', ');
    await knex.raw(`create trigger ${table}_revisions after insert or delete on ${table}
      for each row execute function record_revision(${args})`);
    await knex.raw(`create trigger ${table}_update_revisions after update on ${table}
      for each row when (old.* is distinct from new.*) execute function record_revision(${args})`);
    // Rows that exist before history begins get a baseline revision, so "as recorded" queries see them.
    const keySql = key.map((column) => `row.${column}::text`).join(` || '/' || `);
    await knex.raw(`insert into revisions (recorded_at, actor, action, table_name, record_id, after)
      select now(), 'migration', 'baseline', '${record}', ${keySql}, to_jsonb(row) from ${table} row`);
  }
  await knex.raw(
    'insert into revision_commits (transaction_id) select pg_current_xact_id() where exists (select 1 from revisions)',
  );
}

async function createRevisions(knex: Knex): Promise<void> {
  // record_id is C-collated so that `like 'designation-id/%'` (the sources of one designation) is an index range.
  await knex.raw(`create table revisions (
    id bigint generated always as identity primary key,
    recorded_at timestamptz not null,
    transaction_id xid8 not null default pg_current_xact_id(),
    actor text not null,
    action text not null,
    table_name text not null,
    record_id text collate "C" not null,
    before jsonb,
    after jsonb,
    constraint revisions_action_known check (action in (${ACTIONS.map((action) => `'${action}'`).join(', ')})),
    constraint revisions_actor_present check (length(btrim(actor)) > 0),
    constraint revisions_row_present check (before is not null or after is not null))`);
  await knex.raw('create index revisions_record on revisions (table_name, record_id, id)');
  await knex.raw('create index revisions_recorded_at on revisions (recorded_at, id)');
  await knex.raw('create index revisions_transaction on revisions (transaction_id, id)');
  await knex.raw(`create function refuse_revision_change() returns trigger language plpgsql as $$
    begin
      raise exception 'revisions are append-only';
    end $$`);
  await knex.raw(`create trigger revisions_append_only before update or delete on revisions
    for each row execute function refuse_revision_change()`);
}

/** One row per writing transaction; a deferred trigger gives it its position at commit time. */
async function createCommitOrder(knex: Knex): Promise<void> {
  await knex.raw(`create table revision_commits (
    transaction_id xid8 primary key,
    position bigint unique)`);
  await knex.raw('create sequence revision_commit_positions owned by revision_commits.position');
  await knex.raw(`create function number_revision_commit() returns trigger language plpgsql as $$
    begin
      perform pg_advisory_xact_lock(${COMMIT_ORDER_LOCK});
      update revision_commits set position = nextval('revision_commit_positions') where transaction_id = new.transaction_id;
      return null;
    end $$`);
  await knex.raw(`create constraint trigger revision_commits_in_order after insert on revision_commits
    deferrable initially deferred for each row execute function number_revision_commit()`);
}

async function createRecordRevision(knex: Knex): Promise<void> {
  await knex.raw(`create function record_revision() returns trigger language plpgsql as $$
    declare
      actor text := nullif(current_setting('ngo.actor', true), '');
      declared_action text := nullif(current_setting('ngo.action', true), '');
      before_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
      after_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
      key_source jsonb := coalesce(after_row, before_row);
      record_key text;
    begin
      if actor is null then
        raise exception 'no actor for this change to %: write in a recorded transaction (set ngo.actor)', tg_argv[0];
      end if;
      -- A savepoint rolled back takes this setting and the row with it, so they always agree.
      if current_setting('ngo.commit_registered', true) is distinct from 'yes' then
        insert into revision_commits (transaction_id) values (pg_current_xact_id()) on conflict do nothing;
        perform set_config('ngo.commit_registered', 'yes', true);
      end if;
      select string_agg(key_source ->> column_name, '/' order by position) into record_key
        from unnest(tg_argv[1:]) with ordinality as key_columns(column_name, position);
      insert into revisions (recorded_at, actor, action, table_name, record_id, before, after)
      values (now(), actor, coalesce(declared_action, case
          when tg_op = 'INSERT' then 'create'
          when tg_op = 'DELETE' then 'delete'
          when before_row ->> 'deleted_at' is null and after_row ->> 'deleted_at' is not null then 'delete'
          when before_row ->> 'deleted_at' is not null and after_row ->> 'deleted_at' is null then 'restore'
          when before_row ->> 'ended_on' is null and after_row ->> 'ended_on' is not null then 'end'
          else 'update' end),
        tg_argv[0], record_key, before_row, after_row);
      return null;
    end $$`);
}

export async function down(knex: Knex): Promise<void> {
  for (const { table } of TRACKED) {
    await knex.raw(`drop trigger if exists ${table}_update_revisions on ${table}`);
    await knex.raw(`drop trigger if exists ${table}_revisions on ${table}`);
  }
  await knex.raw('drop table revisions');
  await knex.raw('drop table revision_commits');
  await knex.raw('drop function record_revision()');
  await knex.raw('drop function number_revision_commit()');
  await knex.raw('drop function refuse_revision_change()');
}
