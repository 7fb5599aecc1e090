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
 * holds: whole-name similarity at least 0.3, word similarity at least 0.6, or a skeleton
 * similarity of at least 0.3 where skeletons count) and scores at least SEARCH_MIN_SCORE, ranked
 * by the best such name, best first. A name whose only resemblance is a word similarity of
 * 0.3-0.6 (a fragment of one word) is not listed: in a large table that reading of every name is
 * what a search cannot afford, and it is noise. Ties (`amnesty` is a whole word of several names)
 * go to the name closest to the query as a whole, then to a canonical name over an alias (the
 * family parent "Amnesty International" over the alias of Amnesty International Limited), then to
 * the organization with more designations. Without a query: every organization by name.
 *
 * A query whose words are common in names makes thousands of them candidates at pg_trgm's default
 * thresholds, and scoring them all is what a search at scale would spend its time on. So a first
 * pass raises the thresholds of the candidate operators to NARROW_PASS_THRESHOLD: every name that
 * scores at least that is a candidate (each part of the score has its operator among the
 * candidates' conditions), and every other name scores less. When that pass finds `limit`
 * organizations scoring more than the threshold, they are the answer exactly; otherwise the
 * search runs again at the default thresholds. Inside a caller's transaction, whose settings the
 * first pass would change, only the second runs.
 *
 * Each candidate condition is read on its own connection, at the same time as the others (each
 * is a trigram index scan of several milliseconds at a million designations), and keeps only the
 * names that could place (leadingNameIds); one more query ranks those few.
 */
export async function searchOrganizations(db: Db, normalizedQuery: string | undefined, limit: number): Promise<OrganizationHit[]> {
  if (normalizedQuery === undefined) return organizationsByName(db, limit);
  const ranked = async (candidates: SqlFragment[], reader: (read: (runner: Db) => Promise<string[]>) => Promise<string[]>) => {
    const nameIds = await Promise.all(candidates.map((candidate) => reader((runner) => leadingNameIds(runner, normalizedQuery, candidate, limit))));
    return rankedOrganizations(db, normalizedQuery, limit, nameIds.flat());
  };
  // A caller's transaction has one connection, which runs the reads in turn.
  if ((db as Knex.Transaction).isTransaction) return ranked(nameCandidates(normalizedQuery), (read) => read(db));
  const narrow = await ranked(nameCandidatesAtEqualThresholds(normalizedQuery), (read) => atNarrowThresholds(db, read));
  // Scores are rounded to 3 places: one shown above the threshold is above it.
  if (narrow.length === limit && narrow[limit - 1].score! > NARROW_PASS_THRESHOLD) return narrow;
  return ranked(nameCandidates(normalizedQuery), (read) => read(db));
}

/** Runs `read` in a transaction of its own whose candidate operators use NARROW_PASS_THRESHOLD. */
function atNarrowThresholds<T>(db: Db, read: (trx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (trx) => {
    const threshold = String(NARROW_PASS_THRESHOLD);
    await trx.raw(`select set_config('pg_trgm.similarity_threshold', ?, true), set_config('pg_trgm.word_similarity_threshold', ?, true)`, [threshold, threshold]);
    return read(trx);
  });
}

function organizationsQuery(db: Db, limit: number): Knex.QueryBuilder {
  return db('organizations as o')
    .leftJoin('organizations as p', 'p.id', 'o.parent_id')
    .select('o.id', 'o.slug', 'o.name', 'o.kind', 'o.hq_country', 'o.parent_id', 'p.slug as parent_slug', 'p.name as parent_name')
    .select(db.raw('(select count(*)::int from designations d where d.organization_id = o.id) as designation_count'))
    .limit(limit);
}

function organizationsByName(db: Db, limit: number): Promise<OrganizationHit[]> {
  return organizationsQuery(db, limit).select(db.raw('null as matched_name'), db.raw('null::real as score')).orderBy(['o.name', 'o.slug']);
}

/**
 * Each organization's best name among the names `candidates` picks out (`organization_names n`),
 * scored, as a query of organization_id, id, name, name_kind, score and closeness.
 */
function bestNames(db: Db, normalizedQuery: string, candidates: SqlFragment): Knex.QueryBuilder {
  const score = nameScore(normalizedQuery);
  const closeness = nameCloseness(normalizedQuery);
  return db
    .from('organization_names as n')
    .whereRaw(candidates.sql, candidates.bindings)
    .distinctOn('n.organization_id')
    .select('n.organization_id', 'n.id', 'n.name', 'n.name_kind')
    .select(db.raw(`${score.sql} as score`, score.bindings), db.raw(`${closeness.sql} as closeness`, closeness.bindings))
    .orderBy('n.organization_id')
    .orderByRaw(`score desc, closeness desc, n.name_kind = 'canonical' desc`);
}

/** The best names scoring at least SEARCH_MIN_SCORE, each with its place on the names alone (ties share one). */
function placedNames(db: Db, names: Knex.QueryBuilder): Knex.QueryBuilder {
  return db
    .from(names.as('best'))
    .where('best.score', '>=', SEARCH_MIN_SCORE)
    .select('best.*', db.raw(`rank() over (order by best.score desc, best.closeness desc, best.name_kind = 'canonical' desc) as place`));
}

/**
 * The ids of the best names, among those `candidate` picks out, of the organizations that could
 * be among the first `limit`: those with fewer than `limit` others strictly ahead of them on the
 * names alone, ties at the edge included. An organization among the first `limit` of the whole
 * search is among them for the condition that found its best name (an organization ahead of it
 * there is ahead of it in the whole search too), so ranking the union of these ids is exact.
 */
async function leadingNameIds(db: Db, normalizedQuery: string, candidate: SqlFragment, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await db
    .from(placedNames(db, bestNames(db, normalizedQuery, candidate)).as('placed'))
    .where('placed.place', '<=', limit)
    .select('placed.id');
  return rows.map((row) => row.id);
}

/** The organizations of the names `nameIds`, ranked by their best name, then by designations and name. */
async function rankedOrganizations(db: Db, normalizedQuery: string, limit: number, nameIds: string[]): Promise<OrganizationHit[]> {
  if (nameIds.length === 0) return [];
  const contenders = placedNames(db, bestNames(db, normalizedQuery, { sql: 'n.id = any(?::bigint[])', bindings: [nameIds] }));
  return organizationsQuery(db, limit)
    .join(contenders.as('best'), 'best.organization_id', 'o.id')
    .where('best.place', '<=', limit)
    .select('best.name as matched_name', db.raw('round(best.score::numeric, 3)::float8 as score'))
    .orderByRaw(`best.score desc, best.closeness desc, best.name_kind = 'canonical' desc, designation_count desc, o.name`);
}
