import type { Knex } from 'knex';
import type { OrganizationRef } from '../../domain/interchange/columns';
import { slugify } from '../../domain/names';
import {
  lookUpOrganizationNames,
  matchOf,
  NameLookupResult,
  OrganizationMatch,
} from '../../queries/writes/organization-writes';

/** An organization as the import knows it now (a row may have changed it since the database answered). */
export interface OrganizationNow {
  id: string;
  name: string;
  slug: string;
  kind: OrganizationMatch['kind'];
  hqCountry: string | null;
  parentId: string | null;
}

/**
 * The organization names of one batch of rows, looked up in one statement, and the names given
 * since (organizations the batch created, aliases it added): a later row of the batch finds an
 * organization an earlier one created or named just as it would have asked the database then.
 * Names are compared lower-cased as the database lower-cases them, which the lookup returns.
 */
export class BatchOrganizationNames {
  private readonly namedSince = new Map<string, Set<string>>();
  private readonly storedNames = new Map<string, string[]>();

  private constructor(
    private readonly results: Map<string, NameLookupResult & { slug: string }>,
    private readonly current: (id: string) => OrganizationNow,
  ) {
    for (const result of results.values())
      for (const [id, names] of result.storedNames) this.storedNames.set(id, names);
  }

  /**
   * Looks up every organization and parent name of `refs` that `isKnown` does not already answer
   * for; aliases are only lower-cased. `current` gives an organization's state now, for matches
   * among the names given since.
   */
  static async lookUp(
    db: Knex,
    refs: OrganizationRef[],
    isKnown: (name: string) => boolean,
    current: (id: string) => OrganizationNow,
  ): Promise<BatchOrganizationNames> {
    const toLookUp = new Map<string, boolean>();
    for (const ref of refs) {
      for (const name of [ref.name, ...(ref.parent ? [ref.parent] : [])]) toLookUp.set(name, !isKnown(name));
      for (const alias of ref.aliases) if (!toLookUp.has(alias)) toLookUp.set(alias, false);
    }
    const lookups = [...toLookUp].map(([name, lookup]) => ({ name, slug: lookup ? slugify(name) : '', lookup }));
    const results = await lookUpOrganizationNames(db, lookups);
    return new BatchOrganizationNames(
      new Map(lookups.map((lookup, index) => [lookup.name, { ...results[index], slug: lookup.slug }])),
      current,
    );
  }

  private resultFor(name: string): NameLookupResult & { slug: string } {
    const result = this.results.get(name);
    if (!result) throw new Error(`the name ${JSON.stringify(name)} was not looked up with its batch`);
    return result;
  }

  slugOf(name: string): string {
    return this.resultFor(name).slug;
  }

  /** A merged organization's slug redirects from `name`'s slug: no new organization may take it. */
  slugRedirected(name: string): boolean {
    return this.resultFor(name).slugRedirected;
  }

  /** The names organization `id` had when the lookup matched it to one of the batch's names. */
  storedNamesOf(id: string): string[] {
    return this.storedNames.get(id) ?? [];
  }

  /** Records names given to organization `id` since the lookup (a new organization's, added aliases). */
  gaveNames(id: string, names: string[]): void {
    const given = this.namedSince.get(id) ?? new Set<string>();
    for (const name of names) given.add(this.resultFor(name).lowered);
    this.namedSince.set(id, given);
  }

  /** The organizations `name` names: those the database answered, and those created or named since. */
  matchesOf(name: string): OrganizationMatch[] {
    const { matches, lowered, slug } = this.resultFor(name);
    const found = [...matches];
    for (const [id, names] of this.namedSince) {
      if (found.some((match) => match.id === id)) continue;
      const organization = this.current(id);
      if (organization.slug !== slug && !names.has(lowered)) continue;
      const { hqCountry, parentId, ...rest } = organization;
      found.push(matchOf({ ...rest, hq_country: hqCountry, parent_id: parentId }, name, slug));
    }
    return found;
  }
}
