import type { Db } from '../../db/connection';
import { normalizeName } from '../../domain/names';
import { OrganizationResolution, resolveOrganizationName } from '../../domain/precedents/organization-resolution';
import type { OrganizationKind } from '../../domain/vocabularies';
import { countDesignationsOfOrganization } from '../../queries/designation-records';
import { searchOrganizations } from '../../queries/organization-search';
import { findOrganizationBySlug } from '../../queries/organizations';

/** Enough search hits to see every equally good match and offer suggestions. */
const HITS_CONSIDERED = 10;

export interface OrganizationMatch {
  id: string;
  slug: string;
  name: string;
  kind: OrganizationKind;
  parent_id: string | null;
  matched_name: string | null;
  score: number | null;
  designation_count: number;
}

/** The organization `query` names: by slug first, else by the organization search (see resolveOrganizationName). */
export async function resolvePrecedentOrganization(
  db: Db,
  query: string,
): Promise<OrganizationResolution<OrganizationMatch>> {
  const bySlug = await findOrganizationBySlug(db, query);
  if (bySlug) {
    const designationCount = await countDesignationsOfOrganization(db, bySlug.id);
    const organization = { ...bySlug, matched_name: null, score: null, designation_count: designationCount };
    return { status: 'resolved', organization, match: 'slug' };
  }
  const normalizedQuery = normalizeName(query);
  const hits = normalizedQuery === '' ? [] : await searchOrganizations(db, normalizedQuery, HITS_CONSIDERED);
  return resolveOrganizationName(query, hits);
}
