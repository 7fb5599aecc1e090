import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { OrganizationRef } from '../../domain/interchange/columns';
import type { NameKind } from '../../domain/vocabularies';
import {
  addOrganizationNames,
  freeOrganizationSlug,
  insertOrganizations,
  NewOrganization,
  OrganizationMatch,
  updateOrganizationAttributes,
} from '../../queries/writes/organization-writes';
import { BatchOrganizationNames, OrganizationNow } from './batch-organization-names';
import { ImportRejectedError } from './import-errors';

const ACRONYM = /^[A-Z0-9][A-Z0-9&.-]{1,11}$/;

export function nameKindOf(alias: string): NameKind {
  return ACRONYM.test(alias) ? 'acronym' : 'alias';
}

/**
 * Finds the organization a row names (by slug, exact name or exact alias, case-insensitive) or
 * creates it, with its names, kind, parent and country. Empty country or parent in a row leaves the
 * stored value alone; a kind, country or parent that differs updates the organization.
 *
 * A batch's names are looked up in one statement (`prepare`) and the organizations it creates are
 * written in one (`flush`), before anything refers to them: on the embedded database each statement
 * has a fixed cost, and an import used to spend three on every organization it created.
 */
export class OrganizationResolver {
  /** By the name a row gives, lower-cased: a name met once is not looked up again. */
  private readonly byName = new Map<string, OrganizationNow>();
  /** One object per organization, so every name of it sees the changes rows made. */
  private readonly byId = new Map<string, OrganizationNow>();
  private readonly knownNames = new Map<string, Set<string>>();
  private readonly createdIds = new Set<string>();
  private readonly slugsGiven = new Set<string>();
  private pending: (NewOrganization & { id: string })[] = [];
  private batch: BatchOrganizationNames | null = null;
  created = 0;
  updated = 0;

  constructor(private readonly db: Knex) {}

  /** Looks up the names of a batch's organizations, their parents and aliases, before `resolve` meets them. */
  async prepare(refs: OrganizationRef[]): Promise<void> {
    this.batch = await BatchOrganizationNames.lookUp(
      this.db,
      refs,
      (name) => this.byName.has(name.toLowerCase()),
      (id) => this.byId.get(id)!,
    );
  }

  async resolve(ref: OrganizationRef, line: number): Promise<string> {
    const parentId = ref.parent ? await this.resolveParent(ref, line) : null;
    const known = this.byName.get(ref.name.toLowerCase()) ?? (await this.findOrCreate(ref, parentId, line));
    await this.applyChanges(known, ref, parentId);
    await this.addNames(known, ref.aliases);
    return known.id;
  }

  /** Writes the organizations created since the last flush, in one statement. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const pending = this.pending;
    this.pending = [];
    await insertOrganizations(this.db, pending);
  }

  private async findOrCreate(ref: OrganizationRef, parentId: string | null, line: number): Promise<OrganizationNow> {
    const match = this.findOne(ref.name, line);
    const known = match ? this.knownFrom(match) : await this.create(ref, parentId);
    this.byName.set(ref.name.toLowerCase(), known);
    return known;
  }

  private knownFrom(match: OrganizationMatch): OrganizationNow {
    const known = this.byId.get(match.id) ?? {
      id: match.id,
      name: match.name,
      slug: match.slug,
      kind: match.kind,
      hqCountry: match.hq_country,
      parentId: match.parent_id,
    };
    this.byId.set(known.id, known);
    // Its names as stored, so a row's aliases it has already cost no statement.
    if (!this.knownNames.has(known.id))
      this.knownNames.set(known.id, new Set(this.currentBatch().storedNamesOf(known.id)));
    return known;
  }

  /** A parent not seen before is created with the child's kind: the row says nothing else about it. */
  private async resolveParent(ref: OrganizationRef, line: number): Promise<string> {
    const parent: OrganizationRef = { name: ref.parent!, aliases: [], kind: ref.kind, parent: null, country: null };
    const known = this.byName.get(parent.name.toLowerCase()) ?? (await this.findOrCreate(parent, null, line));
    return known.id;
  }

  private findOne(name: string, line: number): OrganizationMatch | null {
    const matches = this.currentBatch().matchesOf(name);
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

  private currentBatch(): BatchOrganizationNames {
    if (!this.batch) throw new Error('OrganizationResolver.prepare must look up a batch before it is resolved');
    return this.batch;
  }

  /** The row's kind, and its country and parent when given, win over what is stored. */
  private async applyChanges(known: OrganizationNow, ref: OrganizationRef, parentId: string | null): Promise<void> {
    const changes: Parameters<typeof updateOrganizationAttributes>[2] = {};
    if (known.kind !== ref.kind) changes.kind = known.kind = ref.kind;
    if (ref.country && known.hqCountry !== ref.country) changes.hq_country = known.hqCountry = ref.country;
    if (parentId && parentId !== known.id && known.parentId !== parentId) changes.parent_id = known.parentId = parentId;
    if (Object.keys(changes).length === 0) return;
    await this.flushBefore(known.id, parentId);
    await updateOrganizationAttributes(this.db, known.id, changes);
    this.updated++;
  }

  /** Created with the row's aliases; written by the next flush, or before a write that needs it. */
  private async create(ref: OrganizationRef, parentId: string | null): Promise<OrganizationNow> {
    const batch = this.currentBatch();
    const aliases = [...new Set(ref.aliases)].filter((alias) => alias !== ref.name);
    const base = batch.slugOf(ref.name);
    // No organization had the base slug when the batch was looked up (the name would have matched
    // it); only a redirect, or an organization this import created, can hold it.
    const slug = await freeOrganizationSlug(this.db, base, (candidate) =>
      this.slugsGiven.has(candidate) ? true : candidate === base ? batch.slugRedirected(ref.name) : undefined,
    );
    const known: OrganizationNow = {
      id: randomUUID(),
      name: ref.name,
      slug,
      kind: ref.kind,
      hqCountry: ref.country,
      parentId,
    };
    this.pending.push({
      ...known,
      otherNames: aliases.map((alias) => ({ name: alias, kind: nameKindOf(alias) })),
    });
    this.slugsGiven.add(slug);
    this.byId.set(known.id, known);
    this.knownNames.set(known.id, new Set([ref.name, ...aliases]));
    this.createdIds.add(known.id);
    batch.gaveNames(known.id, [ref.name, ...aliases]);
    this.created++;
    return known;
  }

  private async addNames(known: OrganizationNow, aliases: string[]): Promise<void> {
    const names = this.knownNames.get(known.id) ?? new Set<string>();
    const fresh = aliases.filter((alias) => !names.has(alias));
    if (fresh.length === 0) return;
    await this.flushBefore(known.id);
    const added = await addOrganizationNames(
      this.db,
      known.id,
      fresh.map((name) => ({ name, kind: nameKindOf(name) })),
    );
    // A new name changes an existing organization: its version (its ETag) moves on.
    if (added > 0 && !this.createdIds.has(known.id)) await updateOrganizationAttributes(this.db, known.id, {});
    for (const alias of fresh) names.add(alias);
    this.knownNames.set(known.id, names);
    this.currentBatch().gaveNames(known.id, fresh);
  }

  /** A write that names an organization not written yet (a created one, or a new parent) flushes first. */
  private async flushBefore(...ids: (string | null)[]): Promise<void> {
    if (this.pending.some((organization) => ids.includes(organization.id))) await this.flush();
  }
}
