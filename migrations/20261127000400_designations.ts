import type { Knex } from 'knex';
import {
  ISO_ALPHA2,
  arrayWithin,
  partialDatePair,
  periodEnd,
  precisionRank,
  valueIn,
} from '../src/db/check-constraints';

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

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('designations', (table) => {
    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    table.uuid('organization_id').notNullable().references('id').inTable('organizations').onDelete('RESTRICT');
    table.text('unit');
    table.text('jurisdiction').notNullable();
    table.text('measure').notNullable();
    table.uuid('law_id').references('id').inTable('laws').onDelete('RESTRICT');
    table.text('authority').notNullable();
    table.date('decided_on').notNullable();
    table.text('decided_precision').notNullable();
    table.date('listed_on');
    table.text('listed_precision');
    table.date('ended_on');
    table.text('ended_precision');
    table.text('stated_reasons').notNullable().defaultTo('');
    table.text('reasons_form').notNullable();
    table.text('reasons_lang');
    table.specificType('reason_tags', 'text[]').notNullable().defaultTo('{}');
    table.text('confidence').notNullable();
    table.text('notes').notNullable().defaultTo('');
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.integer('version').notNullable().defaultTo(1);
  });
  // The period end and the precision rank are derived, stored and indexed so that range filters
  // ("whole period inside [from, to]") and keyset ordering are plain index scans.
  await knex.raw(`alter table designations
    add column decided_end date generated always as (${periodEnd('decided_on', 'decided_precision')}) stored,
    add column decided_rank smallint generated always as (${precisionRank('decided_precision')}) stored,
    add column ended_end date generated always as (${periodEnd('ended_on', 'ended_precision')}) stored`);
  await knex.raw(`alter table designations
    add constraint designations_jurisdiction_iso check (jurisdiction ${ISO_ALPHA2}),
    add constraint designations_measure_known check (${valueIn('measure', MEASURES)}),
    add constraint designations_authority_present check (length(btrim(authority)) > 0),
    add constraint designations_decided_partial_date check (${partialDatePair('decided_on', 'decided_precision')}),
    add constraint designations_listed_partial_date check (${partialDatePair('listed_on', 'listed_precision')}),
    add constraint designations_ended_partial_date check (${partialDatePair('ended_on', 'ended_precision')}),
    add constraint designations_ended_not_before_decided check (ended_end is null or ended_end >= decided_on),
    add constraint designations_reasons_form_known check (${valueIn('reasons_form', ['quoted', 'paraphrased', 'not_stated'])}),
    add constraint designations_reason_tags_known check (${arrayWithin('reason_tags', REASON_TAGS)}),
    add constraint designations_confidence_known check (${valueIn('confidence', ['high', 'medium', 'low'])}),
    add constraint designations_unit_present check (length(btrim(unit)) > 0),
    add constraint designations_version_positive check (version > 0)`);
  await knex.raw('create index designations_decided on designations (decided_on, decided_rank, id)');
  await knex.raw(
    'create index designations_jurisdiction_decided on designations (jurisdiction, decided_on, decided_rank, id)',
  );
  await knex.raw('create index designations_organization on designations (organization_id, decided_on)');
  await knex.raw('create index designations_law on designations (law_id, decided_on) where law_id is not null');
  await knex.raw('create index designations_reason_tags on designations using gin (reason_tags)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('designations');
}
