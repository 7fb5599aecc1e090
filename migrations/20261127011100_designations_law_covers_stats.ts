import type { Knex } from 'knex';

/**
 * The law index also carries the measure and the precision rank, so a law's counts per period,
 * by measure or by jurisdiction (the law page's chart, `stats?law=`), read the index alone instead
 * of one table row per designation. It keeps
 * the key and the columns the first-use queries read (migration 20261127010600).
 */
const LAW_INDEX_BEFORE = `create index designations_law on all_designations (law_id, decided_on)
  include (jurisdiction, decided_end, organization_id) where deleted_at is null and law_id is not null`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw('drop index designations_law');
  await knex.raw(`create index designations_law on all_designations (law_id, decided_on)
    include (jurisdiction, decided_end, organization_id, measure, decided_rank) where deleted_at is null and law_id is not null`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index designations_law');
  await knex.raw(LAW_INDEX_BEFORE);
}
