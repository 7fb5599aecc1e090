import type { IdentifierScheme, NameKind, OrganizationKind } from '../../domain/vocabularies';

/** A row of `organizations`. */
export interface OrganizationsTable {
  id: string;
  slug: string;
  name: string;
  kind: OrganizationKind;
  hq_country: string | null;
  parent_id: string | null;
  wikidata_id: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

/** A row of `organization_names`: every name an organization is known by, the canonical one too. */
export interface OrganizationNamesTable {
  /** bigint: node-postgres hands it over as text. */
  id: string;
  organization_id: string;
  name: string;
  lang: string | null;
  name_kind: NameKind;
  /** The name as the organization search compares it (normalizeName). */
  normalized: string;
}

/** A row of `organization_identifiers`: a registration number under a national scheme. */
export interface OrganizationIdentifiersTable {
  organization_id: string;
  scheme: IdentifierScheme;
  value: string;
}

/** A row of `organization_slug_redirects`: the slug of an organization merged into another. */
export interface OrganizationSlugRedirectsTable {
  slug: string;
  organization_id: string;
  merged_organization_id: string;
  created_at: Date;
}
