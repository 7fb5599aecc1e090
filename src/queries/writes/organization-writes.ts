import type { Knex } from 'knex';
import { rawRows } from '../../db/raw-rows';
import type { OrganizationsTable } from '../../db/tables';
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
  const columns = ['o.id', 'o.name', 'o.kind', 'o.hq_country', 'o.parent_id', 'o.slug'];
  // A union, not one join with `slug = ? or lower(n.name) = lower(?)`: an OR across the join can use
  // no index, and read every name for each row an import resolves.
  const rows = await db
    .select<Pick<OrganizationsTable, 'id' | 'name' | 'kind' | 'hq_country' | 'parent_id' | 'slug'>[]>(columns)
    .from('organizations as o')
    .where('o.slug', slug)
    .union(
      db
        .select(columns)
        .from('organizations as o')
        .join('organization_names as n', 'n.organization_id', 'o.id')
        .whereRaw('lower(n.name) = lower(?)', [name]),
    );
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
  // One statement for both tables: an import asks this for every organization it creates.
  const [{ taken }] = await rawRows<{ taken: boolean }>(
    db,
    `select exists (select 1 from organizations where slug = ?)
      or exists (select 1 from organization_slug_redirects where slug = ?) as taken`,
    [slug, slug],
  );
  return taken;
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
  const rows = await rawRows<{ id: string }>(
    db,
    `with recursive ancestors as (
      select o.id, o.parent_id from organizations o where o.id = ?
      union select o.id, o.parent_id from organizations o join ancestors a on o.id = a.parent_id
    ) select id from ancestors`,
    [id],
  );
  return rows.map((row) => row.id);
}

export interface NewOrganization {
  slug: string;
  name: string;
  kind: OrganizationKind;
  hqCountry: string | null;
  parentId: string | null;
  wikidataId?: string | null;
  /** Names besides the canonical one (an import's aliases), written in the same statement. */
  otherNames?: { name: string; kind: NameKind }[];
}

/**
 * The organization and its names in one statement: an import creates organizations by the
 * thousand, and on the embedded database every statement has a fixed cost of its own
 * (docs/performance.md, "Fourth round").
 */
export async function insertOrganization(db: Knex, organization: NewOrganization): Promise<string> {
  const names = [{ name: organization.name, kind: 'canonical' as NameKind }, ...(organization.otherNames ?? [])];
  const [row] = await rawRows<{ organization_id: string }>(
    db,
    `with inserted as (
      insert into organizations (slug, name, kind, hq_country, parent_id, wikidata_id)
      values (?, ?, ?, ?, ?, ?) returning id
    )
    insert into organization_names (organization_id, name, name_kind, normalized)
    select inserted.id, v.name, v.name_kind, v.normalized
    from inserted, (values ${names.map(() => '(?::text, ?::text, ?::text)').join(', ')}) as v (name, name_kind, normalized)
    on conflict (organization_id, name) do nothing
    returning organization_id`,
    [
      organization.slug,
      organization.name,
      organization.kind,
      organization.hqCountry,
      organization.parentId,
      organization.wikidataId ?? null,
      ...names.flatMap(({ name, kind }) => [name, kind, normalizeName(name)]),
    ],
  );
  return row.organization_id;
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

/** An organization pinned as reference data: inserted, or updated by slug; returns its id. */
export async function upsertOrganizationBySlug(
  db: Knex,
  organization: Pick<OrganizationsTable, 'slug' | 'name' | 'kind' | 'hq_country' | 'parent_id' | 'wikidata_id'>,
): Promise<string> {
  const [row] = await db('organizations')
    .insert(organization)
    .onConflict('slug')
    .merge(['name', 'kind', 'hq_country', 'parent_id', 'wikidata_id'])
    .returning('id');
  return row.id;
}

/** The organization with this slug or (case aside) this canonical name. */
export async function findOrganizationIdBySlugOrName(db: Knex, slugOrName: string): Promise<string | undefined> {
  const row = await db('organizations')
    .where('slug', slugOrName)
    .orWhereRaw('lower(name) = lower(?)', [slugOrName])
    .first('id');
  return row?.id;
}

/** Makes the children of one organization (but `toId` itself) children of another. */
export async function moveChildOrganizations(db: Knex, fromId: string, toId: string): Promise<void> {
  await db('organizations')
    .where({ parent_id: fromId })
    .whereNot({ id: toId })
    .update({ parent_id: toId, updated_at: db.fn.now(), version: db.raw('version + 1') });
}

export async function deleteOrganization(db: Knex, id: string): Promise<void> {
  await db('organizations').where({ id }).delete();
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
