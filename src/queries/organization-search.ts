import type { Db } from '../db/connection';
import type { OrganizationKind } from '../domain/vocabularies';
import { nameCandidates, nameCloseness, nameScore, SEARCH_MIN_SCORE } from './organization-name-score';

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
 * Organizations whose best name scores at least SEARCH_MIN_SCORE against the normalized query,
 * best first. Ties (`amnesty` is a whole word of several names) go to the name closest to the
 * query as a whole, then to a canonical name over an alias (the family parent "Amnesty
 * International" over the alias of Amnesty International Limited), then to the organization with
 * more designations. Without a query: every organization by name.
 */
export async function searchOrganizations(db: Db, normalizedQuery: string | undefined, limit: number): Promise<OrganizationHit[]> {
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
  const candidates = nameCandidates(normalizedQuery);
  const bestNames = db
    .from('organization_names as n')
    .whereRaw(candidates.sql, candidates.bindings)
    .distinctOn('n.organization_id')
    .select('n.organization_id', 'n.name as matched_name', 'n.name_kind')
    .select(db.raw(`${score.sql} as score`, score.bindings), db.raw(`${closeness.sql} as closeness`, closeness.bindings))
    .orderBy('n.organization_id')
    .orderByRaw(`score desc, closeness desc, n.name_kind = 'canonical' desc`);
  return query
    .join(bestNames.as('best'), 'best.organization_id', 'o.id')
    .select('best.matched_name', db.raw('round(best.score::numeric, 3)::float8 as score'))
    .where('best.score', '>=', SEARCH_MIN_SCORE)
    .orderByRaw(`best.score desc, best.closeness desc, best.name_kind = 'canonical' desc, designation_count desc, o.name`);
}
