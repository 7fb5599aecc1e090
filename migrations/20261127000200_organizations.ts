import type { Knex } from 'knex';
import { ISO_ALPHA2, valueIn } from '../src/db/check-constraints';

const KINDS = [
  'ngo',
  'foundation',
  'charity',
  'media',
  'university',
  'think_tank',
  'religious',
  'political',
  'international_org',
  'other',
];
const NAME_KINDS = ['canonical', 'alias', 'acronym', 'former', 'translation', 'transliteration', 'original'];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('organizations', (table) => {
    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    table.text('slug').notNullable().unique();
    table.text('name').notNullable();
    table.text('kind').notNullable();
    table.text('hq_country');
    table.uuid('parent_id').references('id').inTable('organizations').onDelete('RESTRICT');
    table.text('wikidata_id');
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.integer('version').notNullable().defaultTo(1);
    table.index('parent_id');
  });
  await knex.raw(`alter table organizations
    add constraint organizations_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    add constraint organizations_name_present check (length(btrim(name)) > 0),
    add constraint organizations_kind_known check (${valueIn('kind', KINDS)}),
    add constraint organizations_hq_country_iso check (hq_country ${ISO_ALPHA2}),
    add constraint organizations_not_own_parent check (parent_id <> id),
    add constraint organizations_wikidata_format check (wikidata_id ~ '^Q[0-9]+$'),
    add constraint organizations_version_positive check (version > 0)`);

  await knex.schema.createTable('organization_names', (table) => {
    table.bigIncrements('id').primary();
    table.uuid('organization_id').notNullable().references('id').inTable('organizations').onDelete('CASCADE');
    table.text('name').notNullable();
    table.text('lang');
    table.text('name_kind').notNullable();
    table.text('normalized').notNullable();
    table.unique(['organization_id', 'name']);
    table.index('normalized');
  });
  await knex.raw(`alter table organization_names
    add constraint organization_names_name_present check (length(btrim(name)) > 0),
    add constraint organization_names_kind_known check (${valueIn('name_kind', NAME_KINDS)}),
    add constraint organization_names_lang_format check (lang ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$')`);
  await knex.raw(
    'create index organization_names_normalized_trgm on organization_names using gin (normalized gin_trgm_ops)',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('organization_names');
  await knex.schema.dropTable('organizations');
}
