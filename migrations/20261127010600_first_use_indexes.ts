import type { Knex } from 'knex';

/**
 * Covering indexes for first uses and a case's ordinal (src/queries/precedents/jurisdiction-candidates.ts):
 * "how many organizations were acted against under this law (or with this measure, in this
 * jurisdiction) before this one" reads the index range up to a date, with the organization and
 * the decided period's end in the index, not one table row per designation (see docs/performance.md).
 * The law index replaces designations_law, which had the same key.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('drop index designations_law');
  await knex.raw(`create index designations_law on all_designations (law_id, decided_on)
    include (jurisdiction, decided_end, organization_id) where deleted_at is null and law_id is not null`);
  await knex.raw(`create index designations_jurisdiction_measure on all_designations (jurisdiction, measure, decided_on)
    include (decided_end, organization_id) where deleted_at is null`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index designations_jurisdiction_measure');
  await knex.raw('drop index designations_law');
  await knex.raw(
    'create index designations_law on all_designations (law_id, decided_on) where deleted_at is null and law_id is not null',
  );
}
