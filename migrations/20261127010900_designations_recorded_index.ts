import type { Knex } from 'knex';

/**
 * The live designations in the order the Atom feed gives them (most recently recorded first),
 * overall and per jurisdiction: the feed reads its page from an index instead of sorting every
 * matching designation by created_at at each poll of a feed reader. A feed of one jurisdiction
 * needs its own: walking the overall order and filtering would pass every other jurisdiction's.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    'create index designations_recorded on all_designations (created_at desc, decided_on desc, id desc) where deleted_at is null',
  );
  await knex.raw(`create index designations_jurisdiction_recorded on all_designations
    (jurisdiction, created_at desc, decided_on desc, id desc) where deleted_at is null`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index designations_jurisdiction_recorded');
  await knex.raw('drop index designations_recorded');
}
