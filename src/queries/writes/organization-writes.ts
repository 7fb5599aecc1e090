import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { arrayParameter, rawRows } from '../../db/raw-rows';
import type { OrganizationsTable } from '../../db/tables';
import { normalizeName } from '../../domain/names';
import type { NameKind, OrganizationKind } from '../../domain/vocabularies';

export interface OrganizationMatch {
  id: string;
  name: string;
  slug: string;
  kind: OrganizationKind;
  hq_country: string | null;
  parent_id: string | null;
  matchedBy: 'slug' | 'canonical' | 'alias';
}

type MatchedRow = Pick<OrganizationsTable, 'id' | 'name' | 'slug' | 'kind' | 'hq_country' | 'parent_id'>;

/** How an organization answers to `name`: by its slug, by its canonical name (case aside), or else by another of its names. */
export function matchOf(row: MatchedRow, name: string, slug: string): OrganizationMatch {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    kind: row.kind,
    hq_country: row.hq_country,
    parent_id: row.parent_id,
    matchedBy: row.slug === slug ? 'slug' : row.name.toLowerCase() === name.toLowerCase() ? 'canonical' : 'alias',
  };
}

/** A name to look up (`lookup`), or only to fold to lower case as the database does. */
export interface NameLookup {
  name: string;
  slug: string;
  lookup: boolean;
}

export interface NameLookupResult {
  /** `lower(name)` as the database folds case (which need not be how JavaScript does). */
  lowered: string;
  /** Organizations whose slug, canonical name or one of whose names equals the name (case-insensitive). */
  matches: OrganizationMatch[];
  /** The slug redirects to where a merged organization went, so no new organization may take it. */
  slugRedirected: boolean;
  /** Every name each matched organization has, by its id. */
  storedNames: Map<string, string[]>;
}

/**
 * Every name of `lookups` at once, one statement for an import's whole batch. The matches are a
 * union of two joins (on the slug, on a name), not one join on `slug = ? or lower(n.name) = lower(?)`,
 * which no index serves; and joins of the whole batch, not a lookup per name, so the database reads
 * the names once for a large batch or probes the indexes for a small one, as its plan finds cheaper.
 */
export async function lookUpOrganizationNames(db: Knex, lookups: NameLookup[]): Promise<NameLookupResult[]> {
  if (lookups.length === 0) return [];
  const rows = await rawRows<
    { position: string; lowered: string; slug_redirected: boolean; names: string[] | null } & Partial<MatchedRow>
  >(
    db,
    `with input as (
      select * from unnest(?::text[], ?::text[], ?::boolean[]) with ordinality as t (name, slug, lookup, position)
    ),
    matched as (
      select input.position, o.id from input join organizations o on input.lookup and o.slug = input.slug
      union
      select input.position, n.organization_id from input
      join organization_names n on input.lookup and lower(n.name) = lower(input.name)
    )
    select input.position, lower(input.name) as lowered,
      exists (select 1 from organization_slug_redirects r where input.lookup and r.slug = input.slug) as slug_redirected,
      o.id, o.name, o.slug, o.kind, o.hq_country, o.parent_id,
      case when o.id is not null then array(select n.name from organization_names n where n.organization_id = o.id) end as names
    from input left join matched on matched.position = input.position left join organizations o on o.id = matched.id`,
    [lookups.map((l) => l.name), lookups.map((l) => l.slug), lookups.map((l) => l.lookup)].map(arrayParameter),
  );
  const results: NameLookupResult[] = lookups.map(() => ({
    lowered: '',
    matches: [],
    slugRedirected: false,
    storedNames: new Map(),
  }));
  for (const row of rows) {
    const index = Number(row.position) - 1;
    const result = results[index];
    result.lowered = row.lowered;
    result.slugRedirected = row.slug_redirected;
    if (!row.id) continue;
    result.matches.push(matchOf(row as MatchedRow, lookups[index].name, lookups[index].slug));
    result.storedNames.set(row.id, row.names ?? []);
  }
  return results;
}

/** Organizations whose slug, canonical name or one of whose names equals `name` (case-insensitive). */
export async function findOrganizationsByName(db: Knex, name: string, slug: string): Promise<OrganizationMatch[]> {
  const [result] = await lookUpOrganizationNames(db, [{ name, slug, lookup: true }]);
  return result.matches;
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

/**
 * `base`, or `base-2`, `base-3`... whichever is free first. `knownTaken` answers for the slugs the
 * caller knows about (an import, for those it gave out and those it looked up); undefined asks the
 * database.
 */
export async function freeOrganizationSlug(
  db: Knex,
  base: string,
  knownTaken: (slug: string) => boolean | undefined = () => undefined,
): Promise<string> {
  let slug = base;
  for (let suffix = 2; knownTaken(slug) ?? (await slugIsTaken(db, slug)); suffix++) slug = `${base}-${suffix}`;
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

/** The organization and its names in one statement; returns its id. */
export async function insertOrganization(db: Knex, organization: NewOrganization): Promise<string> {
  const id = randomUUID();
  await insertOrganizations(db, [{ id, ...organization }]);
  return id;
}

/**
 * Organizations and all their names in one statement, in the order given: an import creates them
 * by the thousand, and on the embedded database every statement has a fixed cost of its own
 * (docs/performance.md). The caller chooses the ids, so one organization of the list can be
 * another's parent (the foreign key is checked at the end of the statement).
 */
export async function insertOrganizations(
  db: Knex,
  organizations: (NewOrganization & { id: string })[],
): Promise<void> {
  if (organizations.length === 0) return;
  const names = organizations.flatMap((organization) =>
    [{ name: organization.name, kind: 'canonical' as NameKind }, ...(organization.otherNames ?? [])].map(
      ({ name, kind }) => ({ id: organization.id, name, kind, normalized: normalizeName(name) }),
    ),
  );
  // Arrays, one per column: a statement's parameters stay eleven however many organizations it writes.
  const columns = [
    organizations.map((o) => o.id),
    organizations.map((o) => o.slug),
    organizations.map((o) => o.name),
    organizations.map((o) => o.kind),
    organizations.map((o) => o.hqCountry),
    organizations.map((o) => o.parentId),
    organizations.map((o) => o.wikidataId ?? null),
    names.map((n) => n.id),
    names.map((n) => n.name),
    names.map((n) => n.kind),
    names.map((n) => n.normalized),
  ].map(arrayParameter);
  await db.raw(
    `with inserted as (
      insert into organizations (id, slug, name, kind, hq_country, parent_id, wikidata_id)
      select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[])
      returning id
    )
    insert into organization_names (organization_id, name, name_kind, normalized)
    select v.organization_id, v.name, v.name_kind, v.normalized
    from unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) as v (organization_id, name, name_kind, normalized)
    where v.organization_id in (select id from inserted)
    on conflict (organization_id, name) do nothing`,
    columns,
  );
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
