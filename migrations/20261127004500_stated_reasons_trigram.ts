import type { Knex } from 'knex';

// Precedents with similar stated reasons are found with pg_trgm's `%` operator on stated_reasons
// (src/queries/precedents/reason-candidates.ts); this index serves it.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    'create index designations_stated_reasons_trgm on designations using gin (stated_reasons gin_trgm_ops)',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists designations_stated_reasons_trgm');
}
