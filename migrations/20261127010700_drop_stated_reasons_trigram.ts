import type { Knex } from 'knex';

/**
 * The trigram index on stated reasons serves no query any more: similar reasons are read from the
 * decided-date index, latest first (src/queries/precedents/reason-candidates.ts), and every write
 * paid for keeping it.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('drop index designations_stated_reasons_trgm');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(
    'create index designations_stated_reasons_trgm on all_designations using gin (stated_reasons gin_trgm_ops) where deleted_at is null',
  );
}
