import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sources', (table) => {
    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    table.text('url').notNullable().unique();
    table.text('publisher').notNullable();
    table.text('title');
    table.date('published_on');
  });
  await knex.raw(`alter table sources
    add constraint sources_url_http check (url ~ '^(http|https)://[^\\s/]+[^\\s]*$'),
    add constraint sources_publisher_present check (length(btrim(publisher)) > 0)`);

  // position keeps a designation's sources in the order they were given, so export lines up
  // source_urls with source_publishers and re-exports byte for byte.
  await knex.schema.createTable('designation_sources', (table) => {
    table.uuid('designation_id').notNullable().references('id').inTable('designations').onDelete('CASCADE');
    table.uuid('source_id').notNullable().references('id').inTable('sources').onDelete('RESTRICT');
    table.smallint('position').notNullable();
    table.primary(['designation_id', 'source_id']);
    table.unique(['designation_id', 'position']);
    table.index('source_id');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('designation_sources');
  await knex.schema.dropTable('sources');
}
