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

/** A slug is taken while an organization has it, and for good once it redirects to where a merged one went. */
async function slugIsTaken(db: Knex, slug: string): Promise<boolean> {
  const owner = await db('organizations').where({ slug }).first('id');
  return owner !== undefined || (await db('organization_slug_redirects').where({ slug }).first('slug')) !== undefined;
}

/** `base`, or `base-2`, `base-3`... whichever is free first. */
export async function freeOrganizationSlug(db: Knex, base: string): Promise<string> {
  let slug = base;
  for (let suffix = 2; await slugIsTaken(db, slug); suffix++) slug = `${base}-${suffix}`;
  return slug;
}

/** Another organization (not `exceptId`) already has this canonical name, case aside. */
export async function organizationNameIsTaken(db: Knex, name: string, exceptId: string | null): Promise<boolean> {
  const query = db('organizations').whereRaw('lower(name) = lower(?)', [name]);
  if (exceptId) query.whereNot('id', exceptId);
  return (await query.first('id')) !== undefined;
}

/** The organization and its ancestors, to refuse a parent that would make the family a loop. */
export async function selfAndAncestorIds(db: Knex, id: string): Promise<string[]> {
  const result = await db.raw(
    `with recursive ancestors as (
      select o.id, o.parent_id from organizations o where o.id = ?
      union select o.id, o.parent_id from organizations o join ancestors a on o.id = a.parent_id
    ) select id from ancestors`,
    [id],
  );
  return result.rows.map((row: { id: string }) => row.id);
}

export interface NewOrganization {
  slug: string;
  name: string;
  kind: OrganizationKind;
  hqCountry: string | null;
  parentId: string | null;
  wikidataId?: string | null;
}

export async function insertOrganization(db: Knex, organization: NewOrganization): Promise<string> {
  const [row] = await db('organizations')
    .insert({
      slug: organization.slug,
      name: organization.name,
      kind: organization.kind,
      hq_country: organization.hqCountry,
      parent_id: organization.parentId,
      wikidata_id: organization.wikidataId ?? null,
    })
    .returning('id');
  await addOrganizationNames(db, row.id, [{ name: organization.name, kind: 'canonical' }]);
  return row.id;
}

export async function updateOrganizationAttributes(
  db: Knex,
  id: string,
  changes: Partial<{
    name: string;
    kind: OrganizationKind;
    hq_country: string | null;
    parent_id: string | null;
    wikidata_id: string | null;
  }>,
): Promise<void> {
  await db('organizations')
    .where({ id })
    .update({ ...changes, updated_at: db.fn.now(), version: db.raw('version + 1') });
}

/** Adds names the organization does not have yet; returns how many were new. */
export async function addOrganizationNames(
  db: Knex,
  organizationId: string,
  names: { name: string; kind: NameKind }[],
): Promise<number> {
  if (names.length === 0) return 0;
  const inserted = await db('organization_names')
    .insert(
      names.map(({ name, kind }) => ({
        organization_id: organizationId,
        name,
        name_kind: kind,
        normalized: normalizeName(name),
      })),
    )
    .onConflict(['organization_id', 'name'])
    .ignore()
    .returning('id');
  return inserted.length;
}
