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
 * (`human rights wach`: 0.83) and transliterations (`hyuman rayts votch`: 1 by skeleton).
 */
export const FILTER_MIN_SCORE = 0.6;
