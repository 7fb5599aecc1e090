import type { Db } from '../../db/connection';
import { FAMILY_IDS_SQL } from '../organization-family';
import { CandidateScope, happenedBy } from './candidate-scope';

/** The organization's own other designations, anywhere (the organization index). */
export async function sameOrganizationCandidates(
  db: Db,
  scope: CandidateScope,
): Promise<{ id: string; jurisdiction: string }[]> {
  return happenedBy(db('designations as d').where('d.organization_id', scope.organizationId), scope).select(
    'd.id',
    'd.jurisdiction',
  );
}

export interface FamilyCandidateRow {
  id: string;
  jurisdiction: string;
  organization_id: string;
  parent_id: string | null;
  parent_name: string | null;
}

/** Designations of the rest of its family (parent, children, siblings, cousins), anywhere. */
export async function familyCandidates(db: Db, scope: CandidateScope, slug: string): Promise<FamilyCandidateRow[]> {
  const query = db('designations as d')
    .join('organizations as o', 'o.id', 'd.organization_id')
    .leftJoin('organizations as p', 'p.id', 'o.parent_id')
    .whereRaw(`d.organization_id in (${FAMILY_IDS_SQL})`, [slug])
    .whereNot('d.organization_id', scope.organizationId)
    .select('d.id', 'd.jurisdiction', 'o.id as organization_id', 'o.parent_id', 'p.name as parent_name');
  return (await happenedBy(query, scope)) as FamilyCandidateRow[];
}
