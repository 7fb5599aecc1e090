/**
 * The record as FollowTheMoney (FtM) entities, the model of OpenSanctions, yente and Aleph
 * (docs/api-ftm.md has the mapping table and the reasons for each schema). Pure: rows in, entities
 * out. The model itself (the npm package @alephdata/followthemoney) is read by the tests only,
 * which validate every entity of an export against it; the few facts of it used here (schema and
 * property names, the lengths of value types) are written down and checked by those tests.
 */
import { designationSummary, designationTitle } from './designation-description';
import { jurisdictionName } from './jurisdictions';
import { MEASURE_GROUPS } from './precedents/measure-groups';
import type { IdentifierScheme, Measure, NameKind } from './vocabularies';

export type FtmSchema = 'Organization' | 'Membership' | 'Sanction' | 'Event';

/** One line of an FtM export: every property value is a string, every property a list. */
export interface FtmEntity {
  id: string;
  schema: FtmSchema;
  properties: Record<string, string[]>;
}

export interface FtmOrganizationRow {
  id: string;
  name: string;
  kind: string;
  hq_country: string | null;
  wikidata_id: string | null;
  parent_id: string | null;
  /** Every name but the canonical one. */
  names: { name: string; kind: NameKind }[] | null;
  /** Registration numbers by scheme (ru_ogrn, ru_inn); null when it has none. */
  identifiers: Partial<Record<IdentifierScheme, string>> | null;
}

export interface FtmDesignationRow {
  id: string;
  organization: FtmOrganizationRow;
  unit: string | null;
  jurisdiction: string;
  measure: Measure;
  law: string | null;
  law_citation: string | null;
  authority: string;
  decided_on: string;
  listed_on: string | null;
  ended_on: string | null;
  status: 'active' | 'ended';
  stated_reasons: string;
  reasons_form: string;
  notes: string | null;
  source_urls: string[] | null;
  source_publishers: string[] | null;
}

/** Ids are our uuids behind a prefix per kind of record, so they stay the same from one export to the next. */
export const FTM_ID_PREFIX = 'ngo-tracker';
export const organizationEntityId = (organizationId: string): string => `${FTM_ID_PREFIX}-org-${organizationId}`;
export const designationEntityId = (designationId: string): string => `${FTM_ID_PREFIX}-designation-${designationId}`;
/** An organization has one parent at most, so its family link is named after it. */
export const familyEntityId = (organizationId: string): string => `${FTM_ID_PREFIX}-family-${organizationId}`;

/**
 * The longest value of each FtM property type used here (the model's maxLength, in characters).
 * Our names may be longer (500) than FtM's names (384): such a value is cut rather than making the
 * entity invalid.
 */
const MAX_LENGTH = { name: 384, string: 1024, text: 65000, url: 4096 } as const;
type ValueType = keyof typeof MAX_LENGTH | 'plain';

const NOT_STATE_ACTS: readonly Measure[] = MEASURE_GROUPS.not_state_acts;
const FORMER_NAME_KINDS: readonly NameKind[] = ['former'];

function clipped(value: string, type: ValueType): string {
  if (type === 'plain') return value;
  const max = MAX_LENGTH[type];
  if (value.length <= max) return value;
  const characters = Array.from(value);
  return characters.length <= max ? value : characters.slice(0, max).join('');
}

/** Properties with their values, without empty ones and repeats (FtM values are sets). */
class Properties {
  readonly values: Record<string, string[]> = {};

  add(property: string, type: ValueType, ...values: (string | null | undefined)[]): this {
    for (const value of values) {
      if (value === null || value === undefined || value.trim() === '') continue;
      const list = (this.values[property] ??= []);
      const kept = clipped(value, type);
      if (!list.includes(kept)) list.push(kept);
    }
    return this;
  }
}

/** FtM country codes are ISO 3166-1 alpha-2 in lower case. */
const ftmCountry = (code: string | null): string | null => (code === null ? null : code.toLowerCase());
const label = (code: string): string => code.replace(/_/g, ' ');

/** An organization, with every name it goes by: former names as `previousName`, the rest as `alias`. */
export function organizationEntity(organization: FtmOrganizationRow): FtmEntity {
  const names = (organization.names ?? []).filter((entry) => entry.name !== organization.name);
  const properties = new Properties()
    .add('name', 'name', organization.name)
    .add(
      'alias',
      'name',
      ...names.filter((entry) => !FORMER_NAME_KINDS.includes(entry.kind)).map((entry) => entry.name),
    )
    .add(
      'previousName',
      'name',
      ...names.filter((entry) => FORMER_NAME_KINDS.includes(entry.kind)).map((entry) => entry.name),
    )
    .add('country', 'plain', ftmCountry(organization.hq_country))
    .add('wikidataId', 'plain', organization.wikidata_id)
    .add('ogrnCode', 'plain', organization.identifiers?.ru_ogrn)
    .add('innCode', 'plain', organization.identifiers?.ru_inn)
    .add('classification', 'string', label(organization.kind));
  return { id: organizationEntityId(organization.id), schema: 'Organization', properties: properties.values };
}

/**
 * The family link: FtM's Membership (the member belongs to the organization). Ownership would
 * need the parent to own the child as an Asset, which an Organization is not, and LegalEntity's
 * `parent` is deprecated in the model.
 */
export function familyMembershipEntity(organizationId: string, parentId: string): FtmEntity {
  const properties = new Properties()
    .add('member', 'plain', organizationEntityId(organizationId))
    .add('organization', 'plain', organizationEntityId(parentId))
    .add('role', 'string', 'family member');
  return { id: familyEntityId(organizationId), schema: 'Membership', properties: properties.values };
}

/**
 * A designation: a Sanction (the measure of an authority against the organization), or, for the
 * two measures that are not state acts (a closure the organization made itself under pressure, a
 * deregistration announced but never put into force), an Event involving it, so that screening
 * tools do not list the organization as sanctioned for them.
 */
export function designationEntity(row: FtmDesignationRow): FtmEntity {
  return NOT_STATE_ACTS.includes(row.measure) ? eventEntity(row) : sanctionEntity(row);
}

function described(row: FtmDesignationRow) {
  return {
    organization: { name: row.organization.name },
    unit: row.unit,
    jurisdiction: { name: jurisdictionName(row.jurisdiction) },
    measure: row.measure,
    law: row.law === null ? null : { short_name: row.law },
    authority: row.authority,
    decided_on: row.decided_on,
    ended_on: row.ended_on,
    status: row.status,
    stated_reasons: { text: row.stated_reasons, form: row.reasons_form },
  };
}

const statedReasons = (row: FtmDesignationRow): string | null =>
  row.reasons_form === 'not_stated' ? null : row.stated_reasons;

function sanctionEntity(row: FtmDesignationRow): FtmEntity {
  const properties = new Properties()
    .add('entity', 'plain', organizationEntityId(row.organization.id))
    .add('authority', 'string', row.authority)
    .add('country', 'plain', ftmCountry(row.jurisdiction))
    .add('program', 'string', row.law, row.law_citation)
    .add('provisions', 'string', row.unit ? `${label(row.measure)} (${row.unit})` : label(row.measure))
    .add('reason', 'text', statedReasons(row))
    .add('startDate', 'plain', row.decided_on)
    // The register listing where it is recorded; otherwise the decision, which is what lists the organization.
    .add('listingDate', 'plain', row.listed_on ?? row.decided_on)
    .add('endDate', 'plain', row.ended_on)
    .add('status', 'string', row.status)
    .add('summary', 'text', designationSummary(described(row)))
    .add('description', 'text', row.notes)
    .add('sourceUrl', 'url', ...(row.source_urls ?? []))
    .add('publisher', 'string', ...(row.source_publishers ?? []));
  return { id: designationEntityId(row.id), schema: 'Sanction', properties: properties.values };
}

function eventEntity(row: FtmDesignationRow): FtmEntity {
  const properties = new Properties()
    .add('name', 'name', designationTitle(described(row)))
    .add('involved', 'plain', organizationEntityId(row.organization.id))
    .add('country', 'plain', ftmCountry(row.jurisdiction))
    .add('date', 'plain', row.decided_on)
    .add('startDate', 'plain', row.decided_on)
    .add('endDate', 'plain', row.ended_on)
    .add('summary', 'text', designationSummary(described(row)))
    .add('description', 'text', statedReasons(row))
    .add('notes', 'text', row.notes)
    .add('sourceUrl', 'url', ...(row.source_urls ?? []))
    .add('publisher', 'string', ...(row.source_publishers ?? []));
  return { id: designationEntityId(row.id), schema: 'Event', properties: properties.values };
}
