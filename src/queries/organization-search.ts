import type { Knex } from 'knex';
import type { Db } from '../db/connection';
import type { OrganizationKind } from '../domain/vocabularies';
import { nameCandidates, nameCandidatesAtEqualThresholds, nameCloseness, nameScore, SEARCH_MIN_SCORE, SqlFragment } from './organization-name-score';

export interface OrganizationHit {
  id: string;
  slug: string;
  name: string;
  kind: OrganizationKind;
  hq_country: string | null;
  parent_id: string | null;
  parent_slug: string | null;
  parent_name: string | null;
  designation_count: number;
  /** The name or alias that matched best; null when listing without a query. */
  matched_name: string | null;
  score: number | null;
}

/**
 * The candidate thresholds of the first, narrow pass (see searchOrganizations). High enough that a
 * query sharing only common words with most names ("peace forum") does not make them all
 * candidates, and that the trigram index reads only the postings of the query's rarer trigrams.
 */
const NARROW_PASS_THRESHOLD = 0.7;

/**
 * Organizations with a name that resembles the normalized query (one of nameCandidates' conditions
 * holds: whole-name or skeleton similarity at least 0.3, or word similarity at least 0.6) and
 * scores at least SEARCH_MIN_SCORE, ranked by the best such name, best first. A name whose only
 * resemblance is a word similarity of 0.3-0.6 (a fragment of one word) is not listed: in a large
 * table that reading of every name is what a search cannot afford, and it is noise. Ties (`amnesty`
 * is a whole word of several names) go to the name closest to the query as a whole, then to a
 * canonical name over an alias (the family parent "Amnesty International" over the alias of
 * Amnesty International Limited), then to the organization with more designations. Without a
 * query: every organization by name.
 *
 * A query whose words are common in names makes thousands of them candidates at pg_trgm's default
 * thresholds, and scoring them all is what a search at scale would spend its time on. So a first
 * pass raises the thresholds of the candidate operators to NARROW_PASS_THRESHOLD: every name that
 * scores at least that is a candidate (each part of the score has its operator among the
 * candidates' conditions), and every other name scores less. When that pass finds `limit`
 * organizations scoring more than the threshold, they are the answer exactly; otherwise the
 * search runs again at the default thresholds. Inside a caller's transaction, whose settings the
 * first pass would change, only the second runs.
 */
export async function searchOrganizations(db: Db, normalizedQuery: string | undefined, limit: number): Promise<OrganizationHit[]> {
  if (normalizedQuery === undefined || (db as Knex.Transaction).isTransaction) return rankedOrganizations(db, normalizedQuery, limit);
  const narrow = await db.transaction(async (trx) => {
    await trx.raw(`select set_config('pg_trgm.similarity_threshold', ?, true), set_config('pg_trgm.word_similarity_threshold', ?, true)`, [
      String(NARROW_PASS_THRESHOLD),
      String(NARROW_PASS_THRESHOLD),
    ]);
    return rankedOrganizations(trx, normalizedQuery, limit, nameCandidatesAtEqualThresholds(normalizedQuery));
  });
  // Scores are rounded to 3 places: one shown above the threshold is above it.
  if (narrow.length === limit && narrow[limit - 1].score! > NARROW_PASS_THRESHOLD) return narrow;
  return rankedOrganizations(db, normalizedQuery, limit);
}

/** The search at the thresholds in force, with the default candidate conditions or `narrowCandidates`. */
async function rankedOrganizations(db: Db, normalizedQuery: string | undefined, limit: number, narrowCandidates?: SqlFragment[]): Promise<OrganizationHit[]> {
  const query = db('organizations as o')
    .leftJoin('organizations as p', 'p.id', 'o.parent_id')
    .select('o.id', 'o.slug', 'o.name', 'o.kind', 'o.hq_country', 'o.parent_id', 'p.slug as parent_slug', 'p.name as parent_name')
    .select(db.raw('(select count(*)::int from designations d where d.organization_id = o.id) as designation_count'))
    .limit(limit);
  if (normalizedQuery === undefined) {
    return query.select(db.raw('null as matched_name'), db.raw('null::real as score')).orderBy(['o.name', 'o.slug']);
  }
  const score = nameScore(normalizedQuery);
  const closeness = nameCloseness(normalizedQuery);
  const candidates = narrowCandidates ?? nameCandidates(normalizedQuery);
  const bestNames = db
    .from('organization_names as n')
    // An array of ids: the planner then fetches them by key (its estimate of a union's rows is
    // thousands, for which it would scan and hash every name).
    .whereRaw('n.id = any(array(?))', [candidateIds(db, candidates)])
    .distinctOn('n.organization_id')
    .select('n.organization_id', 'n.name as matched_name', 'n.name_kind')
    .select(db.raw(`${score.sql} as score`, score.bindings), db.raw(`${closeness.sql} as closeness`, closeness.bindings))
    .orderBy('n.organization_id')
    .orderByRaw(`score desc, closeness desc, n.name_kind = 'canonical' desc`);
  // Only organizations that can make the first `limit` are joined and have their designations
  // counted (the last tie-breaker): those with fewer than `limit` others strictly ahead of them
  // on the names alone, ties at the edge included.
  const contenders = db
    .from(bestNames.as('best'))
    .where('best.score', '>=', SEARCH_MIN_SCORE)
    .select('best.*', db.raw(`rank() over (order by best.score desc, best.closeness desc, best.name_kind = 'canonical' desc) as place`));
  return query
    .join(contenders.as('best'), 'best.organization_id', 'o.id')
    .where('best.place', '<=', limit)
    .select('best.matched_name', db.raw('round(best.score::numeric, 3)::float8 as score'))
    .orderByRaw(`best.score desc, best.closeness desc, best.name_kind = 'canonical' desc, designation_count desc, o.name`);
}

/** The ids of the names any of `candidates` picks out, each condition read from its index alone. */
function candidateIds(db: Db, candidates: SqlFragment[]): Knex.QueryBuilder {
  const [first, ...others] = candidates.map((candidate) => db.from('organization_names as n').select('n.id').whereRaw(candidate.sql, candidate.bindings));
  return others.length === 0 ? first : first.union(others);
}
