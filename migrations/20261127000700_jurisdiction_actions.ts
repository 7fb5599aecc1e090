import type { Knex } from 'knex';
import { ISO_ALPHA2, arrayWithin, partialDatePair, valueIn } from '../src/db/check-constraints';

const MEASURES = [
  'undesirable_designation',
  'foreign_agent_designation',
  'extremist_designation',
  'terrorist_designation',
  'sanctions',
  'ban',
  'liquidation',
  'registration_revoked',
  'licence_cancelled',
  'licence_suspended',
  'suspension',
  'asset_freeze',
  'funding_restriction',
  'office_closure',
  'expulsion',
  'other',
];
const REASON_TAGS = [
  'national_security',
  'constitutional_order',
  'election_interference',
  'foreign_funding',
  'discrediting_state',
  'support_for_enemy',
  'territorial_integrity',
  'economic_security',
  'extremism',
  'terrorism',
  'public_order',
  'registration_violation',
  'financial_violation',
  'not_stated',
];

// One action against many organizations at once (Nicaragua cancelling hundreds of associations in
// one decree). It is not a designation of one organization, and no organization names are made up
// for it: it is kept as an event of the jurisdiction, with its count and sources.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('jurisdiction_actions', (table) => {
    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    table.text('jurisdiction').notNullable();
    table.text('measure').notNullable();
    table.uuid('law_id').references('id').inTable('laws').onDelete('RESTRICT');
    table.text('law_citation');
    table.text('authority').notNullable();
    table.date('decided_on').notNullable();
    table.text('decided_precision').notNullable();
    table.date('listed_on');
    table.text('listed_precision');
    table.integer('organizations_affected');
    table.text('description').notNullable();
    table.text('stated_reasons').notNullable().defaultTo('');
    table.text('reasons_form').notNullable();
    table.specificType('reason_tags', 'text[]').notNullable().defaultTo('{}');
    table.text('confidence').notNullable();
    table.text('notes').notNullable().defaultTo('');
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.index(['jurisdiction', 'decided_on']);
  });
  await knex.raw(`alter table jurisdiction_actions
    add constraint jurisdiction_actions_jurisdiction_iso check (jurisdiction ${ISO_ALPHA2}),
    add constraint jurisdiction_actions_measure_known check (${valueIn('measure', MEASURES)}),
    add constraint jurisdiction_actions_decided_partial_date check (${partialDatePair('decided_on', 'decided_precision')}),
    add constraint jurisdiction_actions_listed_partial_date check (${partialDatePair('listed_on', 'listed_precision')}),
    add constraint jurisdiction_actions_count_positive check (organizations_affected > 0),
    add constraint jurisdiction_actions_description_present check (length(btrim(description)) > 0),
    add constraint jurisdiction_actions_reasons_form_known check (${valueIn('reasons_form', ['quoted', 'paraphrased', 'not_stated'])}),
    add constraint jurisdiction_actions_reason_tags_known check (${arrayWithin('reason_tags', REASON_TAGS)}),
    add constraint jurisdiction_actions_confidence_known check (${valueIn('confidence', ['high', 'medium', 'low'])})`);
  await knex.schema.createTable('jurisdiction_action_sources', (table) => {
    table.uuid('action_id').notNullable().references('id').inTable('jurisdiction_actions').onDelete('CASCADE');
    table.uuid('source_id').notNullable().references('id').inTable('sources').onDelete('RESTRICT');
    table.smallint('position').notNullable();
    table.primary(['action_id', 'source_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('jurisdiction_action_sources');
  await knex.schema.dropTable('jurisdiction_actions');
}
