import type { Db } from '../db/connection';
import { InvalidInputError, MovedError, NotFoundError } from '../domain/errors';
import { normalizeName } from '../domain/names';
import { identifiersLike, OrganizationIdentifier } from '../domain/organization-identifiers';
import { todayPartialDate } from '../domain/partial-date';
import type { OrganizationSearchParameters } from '../domain/query-parameters';
import { TimelineEvent, timelineEvents } from '../domain/timeline-events';
import type { NameKind, OrganizationKind } from '../domain/vocabularies';
import { wikidataIdLike } from '../domain/wikidata';
import type { Designation } from '../domain/designation';
import { designationsOfOrganization, filteredDesignations } from '../queries/designation-records';
import { identifiersOf } from '../queries/organization-identifiers';
import { redirectedSlug } from '../queries/organization-redirects';
import {
  OrganizationHit,
  organizationsByIdentifier,
  organizationsByWikidataId,
  searchOrganizations as searchOrganizationNames,
} from '../queries/organization-search';
import {
  childrenOf,
  countOrganizationsWithDesignations,
  findOrganizationBySlug,
  findOrganizationLink,
  OrganizationLink,
  OrganizationRow,
  organizationNames,
} from '../queries/organizations';

export interface OrganizationFamily {
  parent: OrganizationLink | null;
  children: OrganizationLink[];
}

export interface OrganizationSearchResult {
  slug: string;
  name: string;
  kind: OrganizationKind;
  hq_country: string | null;
  family: OrganizationFamily;
  designation_count: number;
  matched_name: string | null;
  score: number | null;
}

export interface OrganizationDetail {
  slug: string;
  name: string;
  kind: OrganizationKind;
  hq_country: string | null;
  wikidata_id: string | null;
  names: { name: string; lang: string | null; kind: NameKind }[];
  /** Registration numbers (OGRN, INN), OGRN first. */
  identifiers: OrganizationIdentifier[];
  family: OrganizationFamily;
  designations: Designation[];
  /** Changes with every edit; the ETag a PATCH must name in If-Match. */
  version: number;
}

export interface OrganizationTimeline {
  organization: OrganizationLink;
  family: boolean;
  events: TimelineEvent<Designation>[];
}

/**
 * The organizations an identifier in `q` names exactly: a Wikidata item (`Q42970`, any case) or a
 * registration number (13 digits an OGRN, 10 an INN). An identifier is not a name and has no near
 * misses; one no organization holds is searched for as a name.
 */
async function exactMatches(db: Db, normalizedQuery: string, limit: number): Promise<OrganizationHit[]> {
  const wikidataId = wikidataIdLike(normalizedQuery);
  if (wikidataId !== null) return organizationsByWikidataId(db, wikidataId, limit);
  return organizationsByIdentifier(db, identifiersLike(normalizedQuery), limit);
}

/** How many organizations have been acted against: those with at least one designation. */
export function countOrganizationsActedAgainst(db: Db): Promise<number> {
  return countOrganizationsWithDesignations(db);
}

/**
 * Organizations by name (see queries/organization-search.ts), or, when `q` is an identifier that
 * an organization holds (see exactMatches), that organization.
 */
export async function searchOrganizations(
  db: Db,
  parameters: OrganizationSearchParameters,
): Promise<{ items: OrganizationSearchResult[] }> {
  const exact = parameters.q === undefined ? [] : await exactMatches(db, parameters.q, parameters.limit);
  const hits = exact.length > 0 ? exact : await searchOrganizationNames(db, parameters.q, parameters.limit);
  const children = await childrenOf(
    db,
    hits.map((hit) => hit.id),
  );
  return {
    items: hits.map((hit) => ({
      slug: hit.slug,
      name: hit.name,
      kind: hit.kind,
      hq_country: hit.hq_country,
      family: {
        parent: hit.parent_slug === null ? null : { slug: hit.parent_slug, name: hit.parent_name! },
        children: children.get(hit.id) ?? [],
      },
      designation_count: hit.designation_count,
      matched_name: hit.matched_name,
      score: hit.score,
    })),
  };
}

/**
 * The organization a person means by `slugOrName` (the CLI's `timeline ORG`): the one with that
 * slug, or else the best match of a name search. Naming nothing is an input error.
 */
export async function resolveOrganization(db: Db, slugOrName: string): Promise<OrganizationLink> {
  const bySlug = await findOrganizationBySlug(db, slugOrName);
  if (bySlug) return { slug: bySlug.slug, name: bySlug.name };
  const normalizedName = normalizeName(slugOrName);
  const [best] = normalizedName === '' ? [] : await searchOrganizationNames(db, normalizedName, 1);
  if (!best) {
    throw new InvalidInputError(`no organization has the slug or resembles the name "${slugOrName}"`, [
      { parameter: 'org', value: slugOrName, message: 'no organization has this slug or a similar name' },
    ]);
  }
  return { slug: best.slug, name: best.name };
}

export async function getOrganization(db: Db, slug: string): Promise<OrganizationDetail> {
  const organization = await requireOrganization(db, slug);
  const today = todayPartialDate().start;
  return {
    slug: organization.slug,
    name: organization.name,
    kind: organization.kind,
    hq_country: organization.hq_country,
    wikidata_id: organization.wikidata_id,
    names: await organizationNames(db, organization.id),
    identifiers: await identifiersOf(db, organization.id),
    family: await familyOf(db, organization),
    designations: await designationsOfOrganization(db, organization.id, today),
    version: organization.version,
  };
}

/** Every decided, listed and ended date of the organization's designations (or its family's), in order. */
export async function organizationTimeline(db: Db, slug: string, family: boolean): Promise<OrganizationTimeline> {
  const organization = await requireOrganization(db, slug);
  const today = todayPartialDate().start;
  const filters = { organization: slug, family, imprecise: 'exclude' as const };
  const designations = await filteredDesignations(db, filters, today);
  return {
    organization: { slug: organization.slug, name: organization.name },
    family,
    events: timelineEvents(designations),
  };
}

/** The organization with this slug; a MovedError when it was merged into another, which now has the slug's requests. */
export async function requireOrganization(db: Db, slug: string): Promise<OrganizationRow> {
  const organization = await findOrganizationBySlug(db, slug);
  if (organization) return organization;
  const movedTo = await redirectedSlug(db, slug);
  if (movedTo) throw new MovedError(`organization ${slug} was merged into ${movedTo}`, slug, movedTo);
  throw new NotFoundError(`no organization has slug ${slug}`);
}

async function familyOf(db: Db, organization: OrganizationRow): Promise<OrganizationFamily> {
  const parent =
    organization.parent_id === null ? null : ((await findOrganizationLink(db, organization.parent_id)) ?? null);
  const children = (await childrenOf(db, [organization.id])).get(organization.id) ?? [];
  return { parent, children };
}
