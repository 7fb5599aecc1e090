/**
 * Controlled vocabularies (docs/design.md "Vocabularies"). The database enforces the same lists with check
 * constraints (see migrations); extend both together, through a migration.
 */
export const MEASURES = [
  'undesirable_designation',
  'foreign_agent_designation',
  'extremist_designation',
  'terrorist_designation',
  'sanctions',
  'ban',
  'liquidation',
  'registration_revoked',
  'licence_cancelled',
  'licence_suspended',
  'suspension',
  'asset_freeze',
  'funding_restriction',
  'office_closure',
  'expulsion',
  'other',
  // Not plain state acts, kept apart (migration 20261207090000): an organization's own closure
  // under pressure, and a deregistration announced but never put into force.
  'self_closure_under_pressure',
  'deregistration_announced',
] as const;
export type Measure = (typeof MEASURES)[number];

export const ORGANIZATION_KINDS = [
  'ngo',
  'foundation',
  'charity',
  'media',
  'university',
  'think_tank',
  'religious',
  'political',
  'international_org',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const REASON_TAGS = [
  'national_security',
  'constitutional_order',
  'election_interference',
  'foreign_funding',
  'discrediting_state',
  'support_for_enemy',
  'territorial_integrity',
  'economic_security',
  'extremism',
  'terrorism',
  'public_order',
  'registration_violation',
  'financial_violation',
  'not_stated',
] as const;
export type ReasonTag = (typeof REASON_TAGS)[number];

export const REASONS_FORMS = ['quoted', 'paraphrased', 'not_stated'] as const;
export type ReasonsForm = (typeof REASONS_FORMS)[number];

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** How a known total states its count (seeds/data/known-totals.csv): `at_least` for "more than 3,500". */
export const COUNT_KINDS = ['exact', 'at_least', 'approximately'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

/** Registration number schemes of organizations: Russia's OGRN (13 digits) and INN (10 digits) of a legal entity. */
export const IDENTIFIER_SCHEMES = ['ru_ogrn', 'ru_inn'] as const;
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const NAME_KINDS = [
  'canonical',
  'alias',
  'acronym',
  'former',
  'translation',
  'transliteration',
  'original',
] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/**
 * The family of a law (docs/design.md "Vocabularies"): what kind of restrictive law it is, so laws of
 * different jurisdictions group together and their spread can be traced. Each family's definition
 * is in src/domain/law-families.ts and docs/data.md. Replaced the older `category` (migration
 * 20261209100000), which said the same in other words.
 */
export const LAW_FAMILIES = [
  'foreign_agent',
  'undesirable_foreign_organization',
  'extremism',
  'terrorism',
  'foreign_funding',
  'ngo_registration',
  'national_security',
  'financial_or_tax',
  'other',
] as const;
export type LawFamily = (typeof LAW_FAMILIES)[number];

export const STATUSES = ['active', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

export function isOneOf<T extends string>(vocabulary: readonly T[], value: string): value is T {
  return (vocabulary as readonly string[]).includes(value);
}
