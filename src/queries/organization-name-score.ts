/** A piece of SQL with its `?` bindings, for whereRaw/orderByRaw/db.raw. */
export interface SqlFragment {
  sql: string;
  bindings: (string | number)[];
}

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
      case when length(replace(name_skeleton(?), ' ', '')) >= 4 and length(replace(n.skeleton, ' ', '')) >= 4
        then similarity(n.skeleton, name_skeleton(?)) else 0 end)`,
    bindings: [normalizedQuery, normalizedQuery, normalizedQuery, normalizedQuery],
  };
}

/**
 * Names worth scoring: those pg_trgm's indexed operators pick out (whole-name similarity >= 0.3,
 * the query as a word of the name >= 0.6, or skeleton similarity >= 0.3: the extension's default
 * thresholds). Scoring every name of a large table would read all of it; these three are answered
 * by the trigram indexes on `normalized` and `skeleton`.
 */
export function nameCandidates(normalizedQuery: string): SqlFragment {
  return {
    sql: '(n.normalized % ? or ? <% n.normalized or n.skeleton % name_skeleton(?))',
    bindings: [normalizedQuery, normalizedQuery, normalizedQuery],
  };
}

/**
 * The same candidates when the similarity and word-similarity thresholds are equal (the narrow
 * pass of a search): the query's word similarity to a name is never below their whole-name
 * similarity (the whole name is one of the extents it takes the best of), so `%` adds none and
 * saves an index scan.
 */
export function nameCandidatesAtEqualThresholds(normalizedQuery: string): SqlFragment {
  return {
    sql: '(? <% n.normalized or n.skeleton % name_skeleton(?))',
    bindings: [normalizedQuery, normalizedQuery],
  };
}

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
 * - the query's word similarity to the name reaches FILTER_MIN_SCORE: `<%` at pg_trgm's default
 *   threshold, which no query of this service changes outside the search's own transaction; or
 * - the skeletons' similarity does (both of at least 4 letters), for which the skeletons' word
 *   similarity, `<%` again, is an indexed superset.
 * At 1M designations this reads a third of the candidates the search's operators do (whole-name
 * similarity at 0.3 on the skeletons) and scores none of them: 380 ms -> 80 ms for a query
 * sharing its common words with 10,000 names, 46 -> 1 ms for one sharing them with none.
 */
export function namesScoringForFilter(normalizedQuery: string): SqlFragment {
  return {
    sql: `(? <% n.normalized or (name_skeleton(?) <% n.skeleton and similarity(n.skeleton, name_skeleton(?)) >= ?
      and length(replace(name_skeleton(?), ' ', '')) >= 4 and length(replace(n.skeleton, ' ', '')) >= 4))`,
    bindings: [normalizedQuery, normalizedQuery, normalizedQuery, FILTER_MIN_SCORE, normalizedQuery],
  };
}
