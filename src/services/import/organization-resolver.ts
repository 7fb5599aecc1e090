import type { Knex } from 'knex';
import type { OrganizationRef } from '../../domain/interchange/columns';
import { slugify } from '../../domain/names';
import type { NameKind } from '../../domain/vocabularies';
import {
  addOrganizationNames,
  findOrganizationsByName,
  insertOrganization,
  OrganizationMatch,
  slugIsTaken,
  updateOrganizationAttributes,
} from '../../queries/writes/organization-writes';
import { ImportRejectedError } from './import-errors';

const ACRONYM = /^[A-Z0-9][A-Z0-9&.\-]{1,11}$/;

export function nameKindOf(alias: string): NameKind {
  return ACRONYM.test(alias) ? 'acronym' : 'alias';
}

/**
 * Finds the organization a row names (by slug, exact name or exact alias, case-insensitive) or
 * creates it, with its names, kind, parent and country. Empty country or parent in a row leaves the
 * stored value alone; a kind, country or parent that differs updates the organization.
 */
export class OrganizationResolver {
  private readonly idsByName = new Map<string, string>();
  private readonly knownNames = new Map<string, Set<string>>();
  created = 0;
  updated = 0;

  constructor(private readonly db: Knex) {}

  async resolve(ref: OrganizationRef, line: number): Promise<string> {
    const id = this.idsByName.get(ref.name.toLowerCase()) ?? (await this.findOrCreate(ref, line));
    await this.addNames(id, ref.aliases);
    return id;
  }

  private async findOrCreate(ref: OrganizationRef, line: number): Promise<string> {
    const parentId = ref.parent ? await this.resolveParent(ref, line) : null;
    const match = await this.findOne(ref.name, line);
    const id = match ? await this.applyChanges(match, ref, parentId) : await this.create(ref, parentId);
    this.idsByName.set(ref.name.toLowerCase(), id);
    return id;
  }

  /** A parent not seen before is created with the child's kind: the row says nothing else about it. */
  private resolveParent(ref: OrganizationRef, line: number): Promise<string> {
    const parent: OrganizationRef = { name: ref.parent!, aliases: [], kind: ref.kind, parent: null, country: null };
    const known = this.idsByName.get(parent.name.toLowerCase());
    return known ? Promise.resolve(known) : this.findOrCreateParent(parent, line);
  }

  private async findOrCreateParent(parent: OrganizationRef, line: number): Promise<string> {
    const match = await this.findOne(parent.name, line);
    const id = match ? match.id : await this.create(parent, null);
    this.idsByName.set(parent.name.toLowerCase(), id);
    return id;
  }

  private async findOne(name: string, line: number): Promise<OrganizationMatch | null> {
    const matches = await findOrganizationsByName(this.db, name, slugify(name));
    if (matches.length <= 1) return matches[0] ?? null;
    const preferred = matches.filter((match) => match.matchedBy !== 'alias');
    if (preferred.length === 1) return preferred[0];
    throw new ImportRejectedError(
      [{ line, column: 'organization', message: `ambiguous organization: it names ${matches.map((match) => match.name).sort().join(', ')}`, value: name }],
      1,
    );
  }

  private async applyChanges(match: OrganizationMatch, ref: OrganizationRef, parentId: string | null): Promise<string> {
    const changes: Parameters<typeof updateOrganizationAttributes>[2] = {};
    if (match.kind !== ref.kind) changes.kind = ref.kind;
    if (ref.country && match.hq_country !== ref.country) changes.hq_country = ref.country;
    if (parentId && parentId !== match.id && match.parent_id !== parentId) changes.parent_id = parentId;
    if (Object.keys(changes).length > 0) {
      await updateOrganizationAttributes(this.db, match.id, changes);
      this.updated++;
    }
    return match.id;
  }

  private async create(ref: OrganizationRef, parentId: string | null): Promise<string> {
    const id = await insertOrganization(this.db, {
      slug: await this.freeSlug(slugify(ref.name)),
      name: ref.name,
      kind: ref.kind,
      hqCountry: ref.country,
      parentId,
    });
    this.knownNames.set(id, new Set([ref.name]));
    this.created++;
    return id;
  }

  private async freeSlug(base: string): Promise<string> {
    let slug = base;
    for (let suffix = 2; await slugIsTaken(this.db, slug); suffix++) slug = `${base}-${suffix}`;
    return slug;
  }

  private async addNames(id: string, aliases: string[]): Promise<void> {
    const known = this.knownNames.get(id) ?? new Set<string>();
    const fresh = aliases.filter((alias) => !known.has(alias));
    if (fresh.length === 0) return;
    await addOrganizationNames(this.db, id, fresh.map((name) => ({ name, kind: nameKindOf(name) })));
    for (const alias of fresh) known.add(alias);
    this.knownNames.set(id, known);
  }
}
