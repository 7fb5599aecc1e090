import type { Knex } from 'knex';

/**
 * Indexes for the read path at scale (see docs/performance.md):
 * - the decided-date keyset indexes also carry decided_end, so from/to filters, page walks and
 *   counts by period are answered from the index alone (index-only scans);
 * - the consonant skeleton of each name (see the name_skeleton migration) stored beside it, with a
 *   trigram index, so search finds transliteration candidates through the index and scores them
 *   without running name_skeleton's regular expressions on every candidate.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('drop index designations_decided');
  await knex.raw(
    'create index designations_decided on designations (decided_on, decided_rank, id) include (decided_end)',
  );
  await knex.raw('drop index designations_jurisdiction_decided');
  await knex.raw(
    'create index designations_jurisdiction_decided on designations (jurisdiction, decided_on, decided_rank, id) include (decided_end)',
  );
  await knex.raw(
    'alter table organization_names add column skeleton text generated always as (name_skeleton(normalized)) stored',
  );
  await knex.raw(
    'create index organization_names_skeleton_trgm on organization_names using gin (skeleton gin_trgm_ops)',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index organization_names_skeleton_trgm');
  await knex.raw('alter table organization_names drop column skeleton');
  await knex.raw('drop index designations_jurisdiction_decided');
  await knex.raw(
    'create index designations_jurisdiction_decided on designations (jurisdiction, decided_on, decided_rank, id)',
  );
  await knex.raw('drop index designations_decided');
  await knex.raw('create index designations_decided on designations (decided_on, decided_rank, id)');
}
