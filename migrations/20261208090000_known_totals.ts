import type { Knex } from 'knex';
import { ISO_ALPHA2, partialDatePair, valueIn } from '../src/db/check-constraints';

/**
 * Sourced counts of what a register or campaign holds (seeds/data/known-totals.csv): the
 * denominators of the coverage report (docs/coverage.md). A row is one source's claim, so
 * conflicting counts of the same scope on the same day are separate rows. `scope` is the source's
 * own description of what was counted; the coverage rule reads it (src/domain/coverage-scope.ts).
 *
 * Tracked by the revision triggers like every table the API reads, so a changed count moves the
 * data version and no cached coverage answer outlives it. Vocabularies are literal snapshots: a
 * later change of the measures is a migration of its own (test/integration/vocabulary-constraints).
 */
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
  'self_closure_under_pressure',
  'deregistration_announced',
];
const COUNT_KINDS = ['exact', 'at_least', 'approximately'];
const CONFIDENCE_LEVELS = ['high', 'medium', 'low'];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('known_totals', (table) => {
    // Derived from the row's identifying cells by the seed loader (uuid v5), so a re-seed finds it again.
    table.uuid('id').primary();
    table.text('jurisdiction').notNullable();
    table.text('scope').notNullable();
    table.text('measure').notNullable();
    table.integer('count').notNullable();
    table.text('count_kind').notNullable();
    table.date('as_of').notNullable();
    table.text('as_of_precision').notNullable();
    // As given: one URL, or several joined with "; " (the API splits them).
    table.text('source_url').notNullable();
    table.text('source_publisher').notNullable();
    table.text('confidence').notNullable();
    table.text('notes').notNullable().defaultTo('');
    table.index(['jurisdiction', 'measure']);
  });
  await knex.raw(`alter table known_totals
    add constraint known_totals_jurisdiction_iso check (jurisdiction ${ISO_ALPHA2}),
    add constraint known_totals_scope_present check (length(btrim(scope)) > 0),
    add constraint known_totals_measure_known check (${valueIn('measure', MEASURES)}),
    add constraint known_totals_count_positive check (count > 0),
    add constraint known_totals_count_kind_known check (${valueIn('count_kind', COUNT_KINDS)}),
    add constraint known_totals_as_of_partial_date check (${partialDatePair('as_of', 'as_of_precision')}),
    add constraint known_totals_source_url_http check (source_url ~ '^(http|https)://'),
    add constraint known_totals_source_publisher_present check (length(btrim(source_publisher)) > 0),
    add constraint known_totals_confidence_known check (${valueIn('confidence', CONFIDENCE_LEVELS)})`);
  await knex.raw(`create trigger known_totals_revisions after insert or delete on known_totals
    for each row execute function record_revision('known_totals', 'id')`);
  await knex.raw(`create trigger known_totals_update_revisions after update on known_totals
    for each row when (old.* is distinct from new.*) execute function record_revision('known_totals', 'id')`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('known_totals');
}
