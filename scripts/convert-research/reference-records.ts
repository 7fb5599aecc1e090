/** The reference files beside designations.csv: laws, family parents, organization identifiers. */
import { slugify } from '../../src/domain/names';
import type { CsvRecord, IDENTIFIER_COLUMNS, LAW_COLUMNS, ORGANIZATION_COLUMNS } from './csv-files';
import { LAWS, lawSlug } from './laws';
import type { OrganizationRecord } from './organization-records';
import { FAMILY_PARENTS } from './organizations';

export function lawRecords(): CsvRecord<typeof LAW_COLUMNS>[] {
  return LAWS.map((law) => ({
    slug: lawSlug(law),
    jurisdiction: law.jurisdiction,
    short_name: law.shortName,
    citation: law.citation,
    enacted_on: law.enactedOn,
    family: law.family,
  })).sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The family parents; designated organizations travel in designations.csv with their profile. */
export function parentRecords(): CsvRecord<typeof ORGANIZATION_COLUMNS>[] {
  for (const [name, profile] of Object.entries(FAMILY_PARENTS)) {
    if (profile.parent) throw new Error(`Family parent ${name} must not have a parent itself`);
  }
  return Object.entries(FAMILY_PARENTS)
    .map(([name, profile]) => ({
      slug: slugify(name),
      name,
      kind: profile.kind,
      country: profile.country ?? '',
      parent: '',
      aliases: '',
      wikidata_id: '',
    }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Registration numbers by organization (by its canonical name, as designations.csv names it). */
export function identifierRecords(organizations: Iterable<OrganizationRecord>): CsvRecord<typeof IDENTIFIER_COLUMNS>[] {
  const records: CsvRecord<typeof IDENTIFIER_COLUMNS>[] = [];
  for (const organization of organizations) {
    const { ogrn, inn } = organization.registrationNumbers;
    if (ogrn) records.push({ organization: organization.name, scheme: 'ru_ogrn', value: ogrn });
    if (inn) records.push({ organization: organization.name, scheme: 'ru_inn', value: inn });
  }
  return records.sort((a, b) => a.organization.localeCompare(b.organization) || a.scheme.localeCompare(b.scheme));
}
