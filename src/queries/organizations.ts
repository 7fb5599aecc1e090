import type { Db } from '../db/connection';
import type { OrganizationsTable } from '../db/tables';
import type { NameKind } from '../domain/vocabularies';

export type OrganizationRow = Pick<
  OrganizationsTable,
  'id' | 'slug' | 'name' | 'kind' | 'hq_country' | 'wikidata_id' | 'parent_id' | 'version'
>;

export interface OrganizationLink {
  slug: string;
  name: string;
}

export async function findOrganizationBySlug(db: Db, slug: string): Promise<OrganizationRow | undefined> {
  return db('organizations')
    .where({ slug })
    .first('id', 'slug', 'name', 'kind', 'hq_country', 'wikidata_id', 'parent_id', 'version');
}

export async function organizationNames(
  db: Db,
  organizationId: string,
): Promise<{ name: string; lang: string | null; kind: NameKind }[]> {
  return db('organization_names')
    .where({ organization_id: organizationId })
    .orderByRaw(`name_kind <> 'canonical', name`)
    .select('name', 'lang', 'name_kind as kind');
}

export async function findOrganizationLink(db: Db, id: string): Promise<OrganizationLink | undefined> {
  return db('organizations').where({ id }).first('slug', 'name');
}

/** The children of each of `parentIds`, by name. */
export async function childrenOf(db: Db, parentIds: string[]): Promise<Map<string, OrganizationLink[]>> {
  const rows: (OrganizationLink & { parent_id: string })[] =
    parentIds.length === 0
      ? []
      : await db('organizations').whereIn('parent_id', parentIds).orderBy('name').select('parent_id', 'slug', 'name');
  const children = new Map<string, OrganizationLink[]>();
  for (const { parent_id, slug, name } of rows)
    children.set(parent_id, [...(children.get(parent_id) ?? []), { slug, name }]);
  return children;
}

/**
 * Organizations with at least one (not deleted) designation: family parents recorded only through
 * their children are not counted. organization_designation_counts has a row for each of them,
 * kept with every write, so counting them probes no organization's designations.
 */
export async function countOrganizationsWithDesignations(db: Db): Promise<number> {
  const row = await db('organization_designation_counts').first<{ count: number }>(db.raw('count(*)::int as count'));
  return row.count;
}
