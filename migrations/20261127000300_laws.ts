import type { Knex } from 'knex';
import { ISO_ALPHA2, partialDatePair, valueIn } from '../src/db/check-constraints';

const CATEGORIES = [
  'undesirable_organizations',
  'foreign_agents',
  'ngo_registration',
  'foreign_funding',
  'counter_terrorism',
  'counter_extremism',
  'national_security',
  'sanctions',
  'military_order',
  'company_law',
  'other',
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('laws', (table) => {
    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    table.text('slug').notNullable().unique();
    table.text('jurisdiction').notNullable();
    table.text('short_name').notNullable();
    table.text('citation');
    table.date('enacted_on');
    table.text('enacted_precision');
    table.text('category').notNullable().defaultTo('other');
    table.unique(['jurisdiction', 'short_name']);
  });
  await knex.raw(`alter table laws
    add constraint laws_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    add constraint laws_jurisdiction_iso check (jurisdiction ${ISO_ALPHA2}),
    add constraint laws_short_name_present check (length(btrim(short_name)) > 0),
    add constraint laws_enacted_partial_date check (${partialDatePair('enacted_on', 'enacted_precision')}),
    add constraint laws_category_known check (${valueIn('category', CATEGORIES)})`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('laws');
}
