import type { Knex } from 'knex';
import type { OrganizationRef } from '../../domain/interchange/columns';
import { slugify } from '../../domain/names';
import type { NameKind, OrganizationKind } from '../../domain/vocabularies';
import {
  addOrganizationNames,
  findOrganizationsByName,
  freeOrganizationSlug,
  insertOrganization,
  OrganizationMatch,
  updateOrganizationAttributes,
} from '../../queries/writes/organization-writes';
import { ImportRejectedError } from './import-errors';

const ACRONYM = /^[A-Z0-9][A-Z0-9&.-]{1,11}$/;

export function nameKindOf(alias: string): NameKind {
  return ACRONYM.test(alias) ? 'acronym' : 'alias';
}

/**
 * Finds the organization a row names (by slug, exact name or exact alias, case-insensitive) or
 * creates it, with its names, kind, parent and country. Empty country or parent in a row leaves the
 * stored value alone; a kind, country or parent that differs updates the organization.
 */
interface KnownOrganization {
  id: string;
  kind: OrganizationKind;
  hqCountry: string | null;
  parentId: string | null;
}

export class OrganizationResolver {
  private readonly byName = new Map<string, KnownOrganization>();
  private readonly knownNames = new Map<string, Set<string>>();
  private readonly createdIds = new Set<string>();
  created = 0;
  updated = 0;

  constructor(private readonly db: Knex) {}

  async resolve(ref: OrganizationRef, line: number): Promise<string> {
    const parentId = ref.parent ? await this.resolveParent(ref, line) : null;
    const known = this.byName.get(ref.name.toLowerCase()) ?? (await this.findOrCreate(ref, parentId, line));
    await this.applyChanges(known, ref, parentId);
    await this.addNames(known.id, ref.aliases);
    return known.id;
  }

  private async findOrCreate(ref: OrganizationRef, parentId: string | null, line: number): Promise<KnownOrganization> {
    const match = await this.findOne(ref.name, line);
    const known = match
      ? { id: match.id, kind: match.kind, hqCountry: match.hq_country, parentId: match.parent_id }
      : await this.create(ref, parentId);
    this.byName.set(ref.name.toLowerCase(), known);
    return known;
  }

  /** A parent not seen before is created with the child's kind: the row says nothing else about it. */
  private async resolveParent(ref: OrganizationRef, line: number): Promise<string> {
    const parent: OrganizationRef = { name: ref.parent!, aliases: [], kind: ref.kind, parent: null, country: null };
    const known = this.byName.get(parent.name.toLowerCase()) ?? (await this.findOrCreate(parent, null, line));
    return known.id;
  }

  private async findOne(name: string, line: number): Promise<OrganizationMatch | null> {
    const matches = await findOrganizationsByName(this.db, name, slugify(name));
    if (matches.length <= 1) return matches[0] ?? null;
    const preferred = matches.filter((match) => match.matchedBy !== 'alias');
    if (preferred.length === 1) return preferred[0];
    throw new ImportRejectedError(
      [
        {
          line,
          column: 'organization',
          message: `ambiguous organization: it names ${matches
            .map((match) => match.name)
            .sort()
            .join(', ')}`,
          value: name,
        },
      ],
      1,
    );
  }

  /** The row's kind, and its country and parent when given, win over what is stored. */
  private async applyChanges(known: KnownOrganization, ref: OrganizationRef, parentId: string | null): Promise<void> {
    const changes: Parameters<typeof updateOrganizationAttributes>[2] = {};
    if (known.kind !== ref.kind) changes.kind = known.kind = ref.kind;
    if (ref.country && known.hqCountry !== ref.country) changes.hq_country = known.hqCountry = ref.country;
    if (parentId && parentId !== known.id && known.parentId !== parentId) changes.parent_id = known.parentId = parentId;
    if (Object.keys(changes).length === 0) return;
    await updateOrganizationAttributes(this.db, known.id, changes);
    this.updated++;
  }

  /** With the row's aliases, so that addNames has none left to write. */
  private async create(ref: OrganizationRef, parentId: string | null): Promise<KnownOrganization> {
    const aliases = [...new Set(ref.aliases)].filter((alias) => alias !== ref.name);
    const id = await insertOrganization(this.db, {
      slug: await freeOrganizationSlug(this.db, slugify(ref.name)),
      name: ref.name,
      kind: ref.kind,
      hqCountry: ref.country,
      parentId,
      otherNames: aliases.map((alias) => ({ name: alias, kind: nameKindOf(alias) })),
    });
    this.knownNames.set(id, new Set([ref.name, ...aliases]));
    this.createdIds.add(id);
    this.created++;
    return { id, kind: ref.kind, hqCountry: ref.country, parentId };
  }

  private async addNames(id: string, aliases: string[]): Promise<void> {
    const known = this.knownNames.get(id) ?? new Set<string>();
    const fresh = aliases.filter((alias) => !known.has(alias));
    if (fresh.length === 0) return;
    const added = await addOrganizationNames(
      this.db,
      id,
      fresh.map((name) => ({ name, kind: nameKindOf(name) })),
    );
    // A new name changes an existing organization: its version (its ETag) moves on.
    if (added > 0 && !this.createdIds.has(id)) await updateOrganizationAttributes(this.db, id, {});
    for (const alias of fresh) known.add(alias);
    this.knownNames.set(id, known);
  }
}
