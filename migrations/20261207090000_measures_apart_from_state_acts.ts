import type { Knex } from 'knex';
import { valueIn } from '../src/db/check-constraints';

/**
 * Two measures for actions that are not plain state acts, kept apart so that counts and
 * precedents never pass them off as such:
 * - `self_closure_under_pressure`: the organization dissolved, closed or suspended itself, on paper
 *   at its own request, under pressure that rights groups describe as forcing it (Nicaragua's
 *   "voluntary dissolutions", forced self-closures in Egypt, Kyrgyzstan, El Salvador);
 * - `deregistration_announced`: a deregistration announced by an official but never put into
 *   force (Zimbabwe's list of 291 organizations of Jan 2023, disowned by the minister days later).
 * The lists are literal snapshots: a later vocabulary change is a migration of its own.
 */
const MEASURES_BEFORE = [
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
const MEASURES_AFTER = [...MEASURES_BEFORE, 'self_closure_under_pressure', 'deregistration_announced'];

async function replaceMeasureChecks(knex: Knex, measures: readonly string[]): Promise<void> {
  await knex.raw(`alter table all_designations drop constraint designations_measure_known,
    add constraint designations_measure_known check (${valueIn('measure', measures)})`);
  await knex.raw(`alter table jurisdiction_actions drop constraint jurisdiction_actions_measure_known,
    add constraint jurisdiction_actions_measure_known check (${valueIn('measure', measures)})`);
}

export async function up(knex: Knex): Promise<void> {
  await replaceMeasureChecks(knex, MEASURES_AFTER);
}

export async function down(knex: Knex): Promise<void> {
  await replaceMeasureChecks(knex, MEASURES_BEFORE);
}
