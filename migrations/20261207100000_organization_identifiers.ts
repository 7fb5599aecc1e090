import type { Knex } from 'knex';
import { valueIn } from '../src/db/check-constraints';

/**
 * Registration numbers that identify an organization exactly where names can mislead: for now
 * Russian legal entities' OGRN (primary state registration number, 13 digits) and INN (taxpayer
 * number, 10 digits), from seeds/data/organization-identifiers.csv. The key is the number: one
 * number names one organization, while an organization may hold several (a merge of two records
 * keeps both records' numbers on the survivor). Deleting an organization deletes its numbers; a
 * merge moves them first (src/services/editing/merge-organizations.ts).
 *
 * Tracked by the revision triggers like every table the API reads: a changed number is in the
 * organization's history and the change feed, and it moves the data version, so no cached
 * organization answer outlives it. The database checks the shape of each scheme's numbers; the
 * seed loader also checks their check digits (src/domain/organization-identifiers.ts).
 * The schemes are a literal snapshot: a new one is a migration of its own.
 */
const SCHEMES = ['ru_ogrn', 'ru_inn'];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('organization_identifiers', (table) => {
    table.uuid('organization_id').notNullable().references('id').inTable('organizations').onDelete('CASCADE');
    table.text('scheme').notNullable();
    table.text('value').notNullable();
    table.primary(['scheme', 'value']);
    table.index('organization_id');
  });
  await knex.raw(`alter table organization_identifiers
    add constraint organization_identifiers_scheme_known check (${valueIn('scheme', SCHEMES)}),
    add constraint organization_identifiers_value_shape check (
      (scheme = 'ru_ogrn' and value ~ '^[0-9]{13}$') or (scheme = 'ru_inn' and value ~ '^[0-9]{10}$'))`);
  await knex.raw(`create trigger organization_identifiers_revisions after insert or delete on organization_identifiers
    for each row execute function record_revision('organization_identifiers', 'scheme', 'value')`);
  await knex.raw(`create trigger organization_identifiers_update_revisions after update on organization_identifiers
    for each row when (old.* is distinct from new.*) execute function record_revision('organization_identifiers', 'scheme', 'value')`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('organization_identifiers');
}
