import type { Knex } from 'knex';

// The legal basis as cited for one designation ("art. 3.1, paras 1, 4 and 7", "FCRA 2010
// (suspension for 180 days)", or, with no statute named, "announced in response to ...") differs
// between designations under the same law; keeping it on the designation keeps that fact, while
// laws.citation holds the law's own citation.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('designations', (table) => {
    table.text('law_citation');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('designations', (table) => {
    table.dropColumn('law_citation');
  });
}
