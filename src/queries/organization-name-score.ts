import type { Knex } from 'knex';

/** A piece of SQL with its `?` bindings, for whereRaw/orderByRaw/db.raw. */
export interface SqlFragment {
  sql: string;
  bindings: Knex.Value[];
}

/** Both skeletons have at least 4 letters (see nameScore); one binding, the normalized query. */
const SKELETONS_COMPARABLE = `length(replace(name_skeleton(?), ' ', '')) >= 4 and length(replace(n.skeleton, ' ', '')) >= 4`;

/**
 * How well an organization name (`organization_names n`) matches a normalized query, from 0 to 1:
 * the best of
 * - trigram similarity of the whole names (`human rights wach` ~ `human rights watch`),
 * - word similarity, the best match of the query inside the name (`amnesty` in
 *   `amnesty international limited`: 1),
 * - similarity of the consonant skeletons (see the name_skeleton migration), which carries a
 *   Cyrillic query to a Latin name; only when both skeletons have at least 4 letters, since the
 *   skeletons of acronyms (`ned` -> `nd`, `uawc` -> `vk`) would match unrelated names.
 */
export function nameScore(normalizedQuery: string): SqlFragment {
  return {
    sql: `greatest(similarity(n.normalized, ?), word_similarity(?, n.normalized),
      case when ${SKELETONS_COMPARABLE} then similarity(n.skeleton, name_skeleton(?)) else 0 end)`,
    bindings: [normalizedQuery, normalizedQuery, normalizedQuery, normalizedQuery],
  };
}

/**
 * Names worth scoring, as the index conditions that pick them out, each read on its own: whole-name
 * similarity >= 0.3, the query as a word of the name >= 0.6, or skeleton similarity >= 0.3 where
 * both skeletons have the 4 letters that make them count in nameScore (the extension's default
 * thresholds), answered by the trigram indexes on `normalized` and `skeleton`. Scoring every name
 * of a large table would read all of it. A name is a candidate when any of them holds, and each
 * is read as a query of its own rather than combined by `or`: with `or`, every row any index
 * returned was rechecked against all three, the costly word similarity included, which for a
 * query whose skeleton is common ("memorial", "amnesty international" at 1M) cost more than the
 * rest of the search. A name several operators pick out is then checked by each, which costs
 * 10-20% more when ten thousand names match.
 */
export function nameCandidates(normalizedQuery: string): SqlFragment[] {
  return [wholeNameSimilar(normalizedQuery), ...nameCandidatesAtEqualThresholds(normalizedQuery)];
}

/**
 * The same candidates when the similarity and word-similarity thresholds are equal (the narrow
 * pass of a search): the query's word similarity to a name is never below their whole-name
 * similarity (the whole name is one of the extents it takes the best of), so `%` adds none and
 * saves an index scan.
 */
export function nameCandidatesAtEqualThresholds(normalizedQuery: string): SqlFragment[] {
  return [queryAsWordOfName(normalizedQuery), skeletonSimilar(normalizedQuery)];
}

const wholeNameSimilar = (normalizedQuery: string): SqlFragment => ({ sql: 'n.normalized % ?', bindings: [normalizedQuery] });

/**
 * `%>` is `<%` with its operands swapped, the form the index answers: written as `<%`, each index
 * match would be checked twice (an index recheck, then a filter the planner does not see is the same).
 */
const queryAsWordOfName = (normalizedQuery: string): SqlFragment => ({ sql: 'n.normalized %> ?', bindings: [normalizedQuery] });

/**
 * Skeleton similarity only where it counts in nameScore: a query whose skeleton is too short to
 * count (`memorial` -> `mrl`) reads no skeleton index at all, where at 1M designations it read
 * 14,000 postings to list names like "Morila Union Watch" that resemble the query in nothing else.
 */
const skeletonSimilar = (normalizedQuery: string): SqlFragment => ({
  sql: `${SKELETONS_COMPARABLE} and n.skeleton % name_skeleton(?)`,
  bindings: [normalizedQuery, normalizedQuery],
});

/** Whole-name similarity: among equal scores, the name closest to the query as a whole wins. */
export function nameCloseness(normalizedQuery: string): SqlFragment {
  return { sql: 'similarity(n.normalized, ?)', bindings: [normalizedQuery] };
}

/** A search lists candidates down to this score, best first. */
export const SEARCH_MIN_SCORE = 0.3;

/**
 * The `q` filter of designations keeps organizations with a name scoring at least this: high
 * enough that `hrw` does not pull in `memorial human rights centre` (0.5), low enough for typos
 * (`human rights wach`: 0.83) and transliterations (`hyuman rayts votch`: 1 by skeleton). It is
 * pg_trgm's default word-similarity threshold, which namesScoringForFilter relies on.
 */
export const FILTER_MIN_SCORE = 0.6;

/**
 * Names (`organization_names n`) whose nameScore is at least FILTER_MIN_SCORE, without computing
 * the score. A whole-name similarity is never above the word similarity of the same two strings,
 * so the name scores enough exactly when
 * - the query's word similarity to the name reaches FILTER_MIN_SCORE: `%>` (the query as a word
 *   of the name) at pg_trgm's default threshold, which no query of this service changes outside
 *   the search's own transaction; or
 * - the skeletons' similarity does (both of at least 4 letters), for which the skeletons' word
 *   similarity, `%>` again, is an indexed superset.
 * At 1M designations this reads a third of the candidates the search's operators do (whole-name
 * similarity at 0.3 on the skeletons) and scores none of them: 380 ms -> 80 ms for a query
 * sharing its common words with 10,000 names, 46 -> 1 ms for one sharing them with none.
 */
export function namesScoringForFilter(normalizedQuery: string): SqlFragment {
  return {
    sql: `(n.normalized %> ? or (n.skeleton %> name_skeleton(?) and similarity(n.skeleton, name_skeleton(?)) >= ? and ${SKELETONS_COMPARABLE}))`,
    bindings: [normalizedQuery, normalizedQuery, normalizedQuery, FILTER_MIN_SCORE, normalizedQuery],
  };
}
