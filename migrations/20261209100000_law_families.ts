import type { Knex } from 'knex';
import { valueIn } from '../src/db/check-constraints';

/**
 * Law families (docs/design.md "Vocabularies") replace law categories: both say what kind of law it is, so keeping
 * the two would let them disagree. `family` is filled from `category` by FAMILY_OF_CATEGORY, then
 * `category` is dropped; the seed then refines a few laws (docs/data.md "Law families").
 *
 * The filling is a recorded change (actor `migration`), so each law's revisions say when its family
 * appeared, and reading the data "as recorded" at a later moment sees the family. The lists are
 * literal snapshots: a later vocabulary change is a migration of its own.
 */
export const FAMILY_OF_CATEGORY: Record<string, string> = {
  undesirable_organizations: 'undesirable_foreign_organization',
  foreign_agents: 'foreign_agent',
  ngo_registration: 'ngo_registration',
  foreign_funding: 'foreign_funding',
  counter_terrorism: 'terrorism',
  counter_extremism: 'extremism',
  national_security: 'national_security',
  // No family for sanctions laws: retaliatory sanctions were never a law used against NGOs here.
  sanctions: 'other',
  // Military orders and emergency regulations are security measures of a state of exception.
  military_order: 'national_security',
  // A company register's strike-off or winding-up dissolves an association registered as a company.
  company_law: 'ngo_registration',
  other: 'other',
};

/** The way back, for `down`: the closest category of each family. */
const CATEGORY_OF_FAMILY: Record<string, string> = {
  foreign_agent: 'foreign_agents',
  undesirable_foreign_organization: 'undesirable_organizations',
  extremism: 'counter_extremism',
  terrorism: 'counter_terrorism',
  foreign_funding: 'foreign_funding',
  ngo_registration: 'ngo_registration',
  national_security: 'national_security',
  financial_or_tax: 'other',
  other: 'other',
};

const FAMILIES = Object.keys(CATEGORY_OF_FAMILY);
const CATEGORIES = Object.keys(FAMILY_OF_CATEGORY);

function caseOf(column: string, mapping: Record<string, string>): string {
  return `case ${column} ${Object.entries(mapping)
    .map(([from, to]) => `when '${from}' then '${to}'`)
    .join(' ')} end`;
}

export async function up(knex: Knex): Promise<void> {
  await knex.raw("select set_config('ngo.actor', 'migration', true)");
  await knex.raw('alter table laws add column family text');
  await knex.raw(`update laws set family = ${caseOf('category', FAMILY_OF_CATEGORY)}`);
  await knex.raw(`alter table laws drop constraint laws_category_known, drop column category,
    alter column family set not null, alter column family set default 'other',
    add constraint laws_family_known check (${valueIn('family', FAMILIES)})`);
  // The law-family filter and the law-families answers read laws by family.
  await knex.raw('create index laws_family on laws (family)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw("select set_config('ngo.actor', 'migration', true)");
  await knex.raw('drop index laws_family');
  await knex.raw('alter table laws add column category text');
  await knex.raw(`update laws set category = ${caseOf('family', CATEGORY_OF_FAMILY)}`);
  await knex.raw(`alter table laws drop constraint laws_family_known, drop column family,
    alter column category set not null, alter column category set default 'other',
    add constraint laws_category_known check (${valueIn('category', CATEGORIES)})`);
}
