import type { Knex } from 'knex';

/**
 * A jurisdiction's designations by law, from the index alone: the jurisdiction page counts them
 * per law without reading table rows, and with
 * the decided date, its precision rank and the end of its period, a jurisdiction's stats grouped
 * by law read no table rows.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`create index designations_jurisdiction_law on all_designations (jurisdiction, law_id)
    include (decided_on, decided_rank, decided_end) where deleted_at is null`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index designations_jurisdiction_law');
}
