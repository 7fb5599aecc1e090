import type { Knex } from 'knex';
import type { Db } from '../db/connection';
import type { OrganizationIdentifier } from '../domain/organization-identifiers';
import type { OrganizationKind } from '../domain/vocabularies';
import {
  CandidateThresholds,
  DEFAULT_THRESHOLDS,
  nameCandidates,
  NameSource,
  nameScoreParts,
  SCORE_OF_PARTS,
  SEARCH_MIN_SCORE,
} from './organization-name-score';

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
const NARROW_PASS: CandidateThresholds = { similarity: 0.7, wordSimilarity: 0.7 };

/**
 * Organizations with a name that resembles the normalized query (one of nameCandidates' conditions
 * holds at pg_trgm's default thresholds: whole-name similarity at least 0.3, word similarity at
 * least 0.6, or a skeleton similarity of at least 0.3 where skeletons count) and scores at least
 * SEARCH_MIN_SCORE, ranked by the best such name, best first. A name whose only resemblance is a
 * word similarity of 0.3-0.6 (a fragment of one word) is not listed: in a large table that reading
 * of every name is what a search cannot afford, and it is noise. Ties (`amnesty` is a whole word of
 * several names) go to the name closest to the query as a whole, then to a canonical name over an
 * alias (the family parent "Amnesty International" over the alias of Amnesty International
 * Limited), then to the organization with more designations. Without a query: every organization
 * by name.
 *
 * A query whose words are common in names makes thousands of them candidates at the default
 * thresholds, and scoring them all is what a search at scale would spend its time on. So a first
 * pass raises the thresholds to NARROW_PASS's: every name that scores at least that is a candidate
 * (each part of the score has its condition among the candidates'), and every other name scores
 * less. When that pass finds `limit` organizations scoring more than the threshold, they are the
 * answer exactly; otherwise the search runs again at the default thresholds.
 */
export async function searchOrganizations(
  db: Db,
  normalizedQuery: string | undefined,
  limit: number,
): Promise<OrganizationHit[]> {
  if (normalizedQuery === undefined) return organizationsByName(db, limit);
  const narrow = await searchPass(db, normalizedQuery, limit, NARROW_PASS);
  // Scores are rounded to 3 places: one shown above the threshold is above it.
  if (narrow.length === limit && narrow[limit - 1].score! > NARROW_PASS.similarity) return narrow;
  return searchPass(db, normalizedQuery, limit, DEFAULT_THRESHOLDS);
}

/**
 * The first `limit` organizations among the candidates at `thresholds`. Each candidate condition
 * is read on its own connection, at the same time as the others (each is a trigram index scan, the
 * search's main cost; in a caller's transaction, with its one
 * connection, in turn), and keeps only the names that could place (leadingNameIds); one more query
 * ranks those few. Exported for the test that compares the passes.
 */
export async function searchPass(
  db: Db,
  normalizedQuery: string,
  limit: number,
  thresholds: CandidateThresholds,
): Promise<OrganizationHit[]> {
  const reads = nameCandidates(normalizedQuery, thresholds).map(
    (source) => () => leadingNameIds(db, normalizedQuery, source, limit),
  );
  const nameIds = (db as Knex.Transaction).isTransaction
    ? await inTurn(reads)
    : await Promise.all(reads.map((read) => read()));
  return rankedOrganizations(db, normalizedQuery, limit, nameIds.flat());
}

/** Runs `reads` one after the other, as a transaction's one connection must (node-postgres deprecates queueing them on it). */
async function inTurn<T>(reads: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (const read of reads) results.push(await read());
  return results;
}

function organizationsQuery(db: Db, limit: number): Knex.QueryBuilder {
  return db('organizations as o')
    .leftJoin('organizations as p', 'p.id', 'o.parent_id')
    .select(
      'o.id',
      'o.slug',
      'o.name',
      'o.kind',
      'o.hq_country',
      'o.parent_id',
      'p.slug as parent_slug',
      'p.name as parent_name',
    )
    .select(db.raw('(select count(*)::int from designations d where d.organization_id = o.id) as designation_count'))
    .limit(limit);
}

/**
 * The organizations that hold one of these registration numbers, exactly: a number is not a name
 * and has no near misses. matched_name is the number, with a score of 1.
 */
export async function organizationsByIdentifier(
  db: Db,
  identifiers: OrganizationIdentifier[],
  limit: number,
): Promise<OrganizationHit[]> {
  if (identifiers.length === 0) return [];
  const hits = organizationsQuery(db, limit)
    .join('organization_identifiers as i', 'i.organization_id', 'o.id')
    .where((any) => {
      for (const { scheme, value } of identifiers) void any.orWhere({ 'i.scheme': scheme, 'i.value': value });
    })
    .select('i.value as matched_name', db.raw('1::float8 as score'))
    .orderBy(['o.name', 'o.slug']);
  return (await hits) as OrganizationHit[];
}

/** The organizations whose Wikidata item is `wikidataId`, exactly; matched_name is the id, with a score of 1. */
export async function organizationsByWikidataId(db: Db, wikidataId: string, limit: number): Promise<OrganizationHit[]> {
  const hits = organizationsQuery(db, limit)
    .where('o.wikidata_id', wikidataId)
    .select('o.wikidata_id as matched_name', db.raw('1::float8 as score'))
    .orderBy(['o.name', 'o.slug']);
  return (await hits) as OrganizationHit[];
}

function organizationsByName(db: Db, limit: number): Promise<OrganizationHit[]> {
  return organizationsQuery(db, limit)
    .select(db.raw('null as matched_name'), db.raw('null::real as score'))
    .orderBy(['o.name', 'o.slug']);
}

/**
 * Each organization's best name among the names of `source`, scored, as a query of
 * organization_id, id, name, name_kind, score and closeness.
 */
function bestNames(db: Db, normalizedQuery: string, source: NameSource): Knex.QueryBuilder {
  const parts = nameScoreParts(normalizedQuery);
  const names = db
    .from(db.raw(source.from.sql, source.from.bindings))
    .joinRaw(`cross join lateral (${parts.sql}) as parts`, parts.bindings);
  if (source.where) names.whereRaw(source.where.sql, source.where.bindings);
  return names
    .distinctOn('n.organization_id')
    .select('n.organization_id', 'n.id', 'n.name', 'n.name_kind', 'parts.closeness')
    .select(db.raw(`${SCORE_OF_PARTS} as score`))
    .orderBy('n.organization_id')
    .orderByRaw(`score desc, closeness desc, n.name_kind = 'canonical' desc`);
}

/** The best names scoring at least SEARCH_MIN_SCORE, each with its place on the names alone (ties share one). */
function placedNames(db: Db, names: Knex.QueryBuilder): Knex.QueryBuilder {
  return db
    .from(names.as('best'))
    .where('best.score', '>=', SEARCH_MIN_SCORE)
    .select(
      'best.*',
      db.raw(`rank() over (order by best.score desc, best.closeness desc, best.name_kind = 'canonical' desc) as place`),
    );
}

/**
 * The ids of the best names, among those of `source`, of the organizations that could be among
 * the first `limit`: those with fewer than `limit` others strictly ahead of them on the
 * names alone, ties at the edge included. An organization among the first `limit` of the whole
 * search is among them for the condition that found its best name (an organization ahead of it
 * there is ahead of it in the whole search too), so ranking the union of these ids is exact.
 */
async function leadingNameIds(db: Db, normalizedQuery: string, source: NameSource, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await db
    .from(placedNames(db, bestNames(db, normalizedQuery, source)).as('placed'))
    .where('placed.place', '<=', limit)
    .select('placed.id');
  return rows.map((row) => row.id);
}

/** The organizations of the names `nameIds`, ranked by their best name, then by designations and name. */
async function rankedOrganizations(
  db: Db,
  normalizedQuery: string,
  limit: number,
  nameIds: string[],
): Promise<OrganizationHit[]> {
  if (nameIds.length === 0) return [];
  const byId: NameSource = {
    from: { sql: 'organization_names as n', bindings: [] },
    where: { sql: 'n.id = any(?::bigint[])', bindings: [nameIds] },
  };
  const contenders = placedNames(db, bestNames(db, normalizedQuery, byId));
  return organizationsQuery(db, limit)
    .join(contenders.as('best'), 'best.organization_id', 'o.id')
    .where('best.place', '<=', limit)
    .select('best.name as matched_name', db.raw('round(best.score::numeric, 3)::float8 as score'))
    .orderByRaw(
      `best.score desc, best.closeness desc, best.name_kind = 'canonical' desc, designation_count desc, o.name`,
    );
}
