import type { Knex } from 'knex';

/**
 * The organization names that pg_trgm's operators pick out at a threshold given with the call, read
 * through the trigram indexes: the organization search's candidates (see
 * src/queries/organization-name-score.ts).
 *
 * The operators read their thresholds from settings (pg_trgm.similarity_threshold,
 * pg_trgm.word_similarity_threshold). Raising them with set_config(..., true) in a transaction of
 * its own for each candidate query would take four round trips where one does, and could not work
 * inside a caller's transaction. Each function sets its threshold inside
 * itself: the SET clause makes PostgreSQL restore the caller's value when the function returns
 * (the value written there is only what the function starts from), so no setting outlives the call.
 * PL/pgSQL, because `return query` runs the whole scan inside that one call.
 */
const FUNCTIONS: { name: string; argument: string; setting: string; condition: string }[] = [
  // Whole-name similarity: `n.normalized % query`.
  {
    name: 'organization_names_similar_to',
    argument: 'query',
    setting: 'pg_trgm.similarity_threshold',
    condition: 'n.normalized % query',
  },
  // The query as a word of the name: `%>`, the form the index answers (see nameCandidates).
  {
    name: 'organization_names_containing',
    argument: 'query',
    setting: 'pg_trgm.word_similarity_threshold',
    condition: 'n.normalized %> query',
  },
  // Similarity of the consonant skeletons (see the name_skeleton migration).
  {
    name: 'organization_names_skeleton_similar_to',
    argument: 'query_skeleton',
    setting: 'pg_trgm.similarity_threshold',
    condition: 'n.skeleton % query_skeleton',
  },
];

export async function up(knex: Knex): Promise<void> {
  for (const { name, argument, setting, condition } of FUNCTIONS) {
    await knex.raw(`create function ${name}(${argument} text, threshold real) returns setof organization_names
      language plpgsql stable set ${setting} = 0.3
      as $$
      begin
        perform set_config('${setting}', threshold::text, true);
        return query select n.* from organization_names n where ${condition};
      end
      $$`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const { name } of FUNCTIONS) await knex.raw(`drop function if exists ${name}(text, real)`);
}
