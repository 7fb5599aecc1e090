import type { Knex } from 'knex';

/**
 * Organizations by name, case aside: an import looks up every organization a row names by its
 * canonical name or any alias (`lower(name) = lower(?)`), and the editing API refuses a canonical
 * name another organization has. Without these indexes each lookup reads every name, so an import
 * slowed down with the size of the table it imports into.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create index organization_names_lower_name on organization_names (lower(name))');
  await knex.raw('create index organizations_lower_name on organizations (lower(name))');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index organizations_lower_name');
  await knex.raw('drop index organization_names_lower_name');
}
