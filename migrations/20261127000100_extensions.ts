import type { Knex } from 'knex';

// pg_trgm: fuzzy organization search and similar stated reasons; unaccent: accent-insensitive text.
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create extension if not exists pg_trgm');
  await knex.raw('create extension if not exists unaccent');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop extension if exists unaccent');
  await knex.raw('drop extension if exists pg_trgm');
}
