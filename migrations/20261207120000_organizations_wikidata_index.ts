import type { Knex } from 'knex';

/**
 * Organizations by Wikidata item: the organization search answers a query that is a Wikidata id
 * (`Q42970`) with the organization that has it, exactly, which without this index reads every
 * organization. Partial: most organizations have no item, and those rows need no entry.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create index organizations_wikidata_id on organizations (wikidata_id) where wikidata_id is not null');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index organizations_wikidata_id');
}
