import type { Knex } from 'knex';

/**
 * The designations that have an ended date, by that date: `status=ended` (lists, their counts,
 * stats, exports) reads only those instead of scanning every designation, even to find none.
 * Active ones, the great majority, are not in it, so it costs their writes nothing.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    'create index designations_ended on all_designations (ended_on) where deleted_at is null and ended_on is not null',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index designations_ended');
}
