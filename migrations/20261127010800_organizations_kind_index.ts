import type { Knex } from 'knex';

/**
 * Organizations by kind: the peers of an organization of a rare kind are read from its kind's
 * organizations rather than by walking the jurisdiction's designations (see
 * src/queries/precedents/peer-candidates.ts), and telling a rare kind needs this index.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create index organizations_kind on organizations (kind)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index organizations_kind');
}
