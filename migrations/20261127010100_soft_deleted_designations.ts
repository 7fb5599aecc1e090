import type { Knex } from 'knex';
import { rawRows } from '../src/db/raw-rows';

/**
 * Soft delete. Every designation, deleted or not, lives in `all_designations`; `designations` is
 * now a view of the ones not deleted. Every read in the code base (the filter builder, lookups,
 * laws, jurisdictions, stats, precedents, the web pages, the data package) says `designations`,
 * so a deleted designation is hidden from all of them without any of them having to remember a
 * `deleted_at is null`. The view is simple, so PostgreSQL lets inserts and updates go through it
 * (with the table's defaults and triggers); restoring a row must address `all_designations`.
 *
 * The read indexes become partial (`where deleted_at is null`): the view's condition is then
 * implied by each index, so reads keep their index-only scans, and deleted rows cost them nothing.
 *
 * The view's columns are fixed when it is created: a later migration that adds a column to
 * all_designations must re-create the view (and create its indexes on all_designations).
 */
const LIVE = '(deleted_at IS NULL)';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table designations rename to all_designations');
  await knex.raw('alter table all_designations add column deleted_at timestamptz');
  for (const { name, definition } of await readIndexes(knex)) {
    const partial = definition.includes(' WHERE ')
      ? definition.replace(' WHERE ', ` WHERE ${LIVE} AND `)
      : `${definition} WHERE ${LIVE}`;
    await recreateIndex(knex, name, partial);
  }
  await knex.raw('create view designations as select * from all_designations where deleted_at is null');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop view designations');
  for (const { name, definition } of await readIndexes(knex)) {
    // PostgreSQL prints a combined predicate as WHERE ((deleted_at IS NULL) AND (other)).
    const whole = definition
      .replace(/ WHERE \(\(deleted_at IS NULL\) AND (.*)\)$/, ' WHERE $1')
      .replace(` WHERE ${LIVE}`, '');
    await recreateIndex(knex, name, whole);
  }
  // Deleted designations come back as ordinary ones: the column that hid them is gone.
  await knex.raw('alter table all_designations drop column deleted_at');
  await knex.raw('alter table all_designations rename to designations');
}

/** The indexes of all_designations other than its primary key, as PostgreSQL prints them. */
async function readIndexes(knex: Knex): Promise<{ name: string; definition: string }[]> {
  return rawRows(
    knex,
    `select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid = 'all_designations'::regclass and not i.indisprimary order by c.relname`,
  );
}

async function recreateIndex(knex: Knex, name: string, definition: string): Promise<void> {
  await knex.raw(`drop index ${name}`);
  await knex.raw(definition);
}
