import type { Knex } from 'knex';

/**
 * First uses and ordinals under a law count state acts only (src/domain/precedents/state-acts.ts):
 * they filter on the measure. With the measure in the covering law index, the count of
 * organizations before a case still reads the index alone, not one table row per designation
 * (see 20261127010600_first_use_indexes).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('drop index designations_law');
  await knex.raw(`create index designations_law on all_designations (law_id, decided_on)
    include (jurisdiction, decided_end, organization_id, measure) where deleted_at is null and law_id is not null`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index designations_law');
  await knex.raw(`create index designations_law on all_designations (law_id, decided_on)
    include (jurisdiction, decided_end, organization_id) where deleted_at is null and law_id is not null`);
}
