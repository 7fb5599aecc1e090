import type { Knex } from 'knex';

/**
 * When an organization is merged into another, its slug keeps answering: GET on the old slug
 * redirects to the organization it became part of. `merged_organization_id` remembers which
 * organization the slug belonged to, so the survivor's history can include the merged one's.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('organization_slug_redirects', (table) => {
    table.text('slug').primary();
    table.uuid('organization_id').notNullable().references('id').inTable('organizations').onDelete('CASCADE');
    table.uuid('merged_organization_id').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.index('organization_id');
  });
  await knex.raw(`alter table organization_slug_redirects
    add constraint organization_slug_redirects_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('organization_slug_redirects');
}
