import type { Knex } from 'knex';

/** A piece of SQL with its `?` bindings, for whereRaw/orderByRaw/db.raw. */
export interface SqlFragment {
  sql: string;
  bindings: Knex.Value[];
}

/** Both skeletons have at least 4 letters (see nameScore); one binding, the normalized query. */
const SKELETONS_COMPARABLE = `length(replace(name_skeleton(?), ' ', '')) >= 4 and length(replace(n.skeleton, ' ', '')) >= 4`;

const WHOLE_NAME_SIMILARITY = 'similarity(n.normalized, ?)';
const WORD_SIMILARITY = 'word_similarity(?, n.normalized)';
/** Two bindings, the normalized query twice. */
const SKELETON_SIMILARITY = `case when ${SKELETONS_COMPARABLE} then similarity(n.skeleton, name_skeleton(?)) else 0 end`;

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
    sql: `greatest(${WHOLE_NAME_SIMILARITY}, ${WORD_SIMILARITY}, ${SKELETON_SIMILARITY})`,
    bindings: [normalizedQuery, normalizedQuery, normalizedQuery, normalizedQuery],
  };
}

/**
 * nameScore's parts as a subquery to join laterally to `organization_names n`, each computed once:
 * `closeness` (the whole-name similarity, which also breaks ties between equal scores: among them
 * the name closest to the query as a whole wins), `word_similarity` and `skeleton_similarity`.
 * Written as nameScore next to a closeness of its own, the whole-name similarity would be computed
 * twice for each name. `offset 0` keeps
 * PostgreSQL from folding the subquery back into the expressions that use it.
 */
export function nameScoreParts(normalizedQuery: string): SqlFragment {
  return {
    sql: `select ${WHOLE_NAME_SIMILARITY} as closeness, ${WORD_SIMILARITY} as word_similarity,
      ${SKELETON_SIMILARITY} as skeleton_similarity offset 0`,
    bindings: [normalizedQuery, normalizedQuery, normalizedQuery, normalizedQuery],
  };
}

/** nameScore from the columns of nameScoreParts' subquery aliased `parts`. */
export const SCORE_OF_PARTS = 'greatest(parts.closeness, parts.word_similarity, parts.skeleton_similarity)';

/** The thresholds of a pass of candidates: pg_trgm's similarity and word similarity, 0-1. */
export interface CandidateThresholds {
  similarity: number;
  wordSimilarity: number;
}

/** pg_trgm's own defaults. */
export const DEFAULT_THRESHOLDS: CandidateThresholds = { similarity: 0.3, wordSimilarity: 0.6 };

/**
 * Where a query reads candidate names from: a set of `organization_names` rows (`from`, aliased
 * `n`), kept where `where` holds.
 */
export interface NameSource {
  from: SqlFragment;
  where?: SqlFragment;
}

/**
 * Names worth scoring, as the index conditions that pick them out, each read on its own: whole-name
 * similarity, the query as a word of the name, or skeleton similarity where both skeletons have
 * the 4 letters that make them count in nameScore, each at its threshold (pg_trgm's defaults,
 * 0.3 and 0.6, for the search's broad pass), answered by the trigram indexes on `normalized` and
 * `skeleton` through the functions of the name_candidate_functions migration. Scoring every name
 * of a large table would read all of it. A name is a candidate when any of them holds, and each
 * is read as a query of its own rather than combined by `or`: with `or`, every row any index
 * returns is rechecked against all three, the costly word similarity included, which for a
 * query whose skeleton is common ("memorial", "amnesty international") costs more than the
 * rest of the search. A name several conditions pick out is then checked by each, a smaller cost.
 *
 * Whole-name similarity is left out when its threshold is not below the word similarity's (the
 * search's narrow pass): the query's word similarity to a name is never below their whole-name
 * similarity (the whole name is one of the extents it takes the best of), so it would add no name
 * and cost an index scan.
 */
export function nameCandidates(normalizedQuery: string, thresholds: CandidateThresholds): NameSource[] {
  const wholeName =
    thresholds.similarity < thresholds.wordSimilarity ? [wholeNameSimilar(normalizedQuery, thresholds.similarity)] : [];
  return [
    ...wholeName,
    queryAsWordOfName(normalizedQuery, thresholds.wordSimilarity),
    skeletonSimilar(normalizedQuery, thresholds.similarity),
  ];
}

const wholeNameSimilar = (normalizedQuery: string, threshold: number): NameSource => ({
  from: { sql: 'organization_names_similar_to(?, ?) as n', bindings: [normalizedQuery, threshold] },
});

/** `n.normalized %> query`: the form the index answers (`query <% n.normalized` checked each match twice). */
const queryAsWordOfName = (normalizedQuery: string, threshold: number): NameSource => ({
  from: { sql: 'organization_names_containing(?, ?) as n', bindings: [normalizedQuery, threshold] },
});

/**
 * Skeleton similarity only where it counts in nameScore: a query whose skeleton is too short to
 * count (`memorial` -> `mrl`) reads no skeleton index at all, which would read many postings to
 * list names like "Morila Union Watch" that resemble the query in nothing else.
 */
const skeletonSimilar = (normalizedQuery: string, threshold: number): NameSource => ({
  from: {
    sql: 'organization_names_skeleton_similar_to(name_skeleton(?), ?) as n',
    bindings: [normalizedQuery, threshold],
  },
  where: { sql: SKELETONS_COMPARABLE, bindings: [normalizedQuery] },
});

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
 *   of the name) at pg_trgm's default threshold, which no query of this service changes (the
 *   search's candidate functions set theirs inside the call); or
 * - the skeletons' similarity does (both of at least 4 letters), for which the skeletons' word
 *   similarity, `%>` again, is an indexed superset.
 * This reads fewer candidates than the search's operators do (whole-name similarity at 0.3 on the
 * skeletons) and scores none of them.
 */
export function namesScoringForFilter(normalizedQuery: string): SqlFragment {
  return {
    sql: `(n.normalized %> ? or (n.skeleton %> name_skeleton(?)
      and similarity(n.skeleton, name_skeleton(?)) >= ? and ${SKELETONS_COMPARABLE}))`,
    bindings: [normalizedQuery, normalizedQuery, normalizedQuery, FILTER_MIN_SCORE, normalizedQuery],
  };
}
