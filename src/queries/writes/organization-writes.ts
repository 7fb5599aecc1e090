import type { Knex } from 'knex';
import { normalizeName } from '../../domain/names';
import type { NameKind, OrganizationKind } from '../../domain/vocabularies';

export interface OrganizationMatch {
  id: string;
  name: string;
  kind: OrganizationKind;
  hq_country: string | null;
  parent_id: string | null;
  matchedBy: 'slug' | 'canonical' | 'alias';
}

/** Organizations whose slug, canonical name or one of whose names equals `name` (case-insensitive). */
export async function findOrganizationsByName(db: Knex, name: string, slug: string): Promise<OrganizationMatch[]> {
  const rows = await db('organizations as o')
    .leftJoin('organization_names as n', 'n.organization_id', 'o.id')
    .where('o.slug', slug)
    .orWhereRaw('lower(n.name) = lower(?)', [name])
    .distinct('o.id', 'o.name', 'o.kind', 'o.hq_country', 'o.parent_id', 'o.slug');
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    hq_country: row.hq_country,
    parent_id: row.parent_id,
    matchedBy: row.slug === slug ? 'slug' : row.name.toLowerCase() === name.toLowerCase() ? 'canonical' : 'alias',
  }));
}

export async function slugIsTaken(db: Knex, slug: string): Promise<boolean> {
  return (await db('organizations').where({ slug }).first('id')) !== undefined;
}

export interface NewOrganization {
  slug: string;
  name: string;
  kind: OrganizationKind;
  hqCountry: string | null;
  parentId: string | null;
}

export async function insertOrganization(db: Knex, organization: NewOrganization): Promise<string> {
  const [row] = await db('organizations')
    .insert({
      slug: organization.slug,
      name: organization.name,
      kind: organization.kind,
      hq_country: organization.hqCountry,
      parent_id: organization.parentId,
    })
    .returning('id');
  await addOrganizationNames(db, row.id, [{ name: organization.name, kind: 'canonical' }]);
  return row.id;
}

export async function updateOrganizationAttributes(
  db: Knex,
  id: string,
  changes: Partial<{ kind: OrganizationKind; hq_country: string | null; parent_id: string | null }>,
): Promise<void> {
  await db('organizations')
    .where({ id })
    .update({ ...changes, updated_at: db.fn.now(), version: db.raw('version + 1') });
}

/** Adds names the organization does not have yet; returns how many were new. */
export async function addOrganizationNames(db: Knex, organizationId: string, names: { name: string; kind: NameKind }[]): Promise<number> {
  if (names.length === 0) return 0;
  const inserted = await db('organization_names')
    .insert(names.map(({ name, kind }) => ({ organization_id: organizationId, name, name_kind: kind, normalized: normalizeName(name) })))
    .onConflict(['organization_id', 'name'])
    .ignore()
    .returning('id');
  return inserted.length;
}
