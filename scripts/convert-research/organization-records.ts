/**
 * The organizations of the converted data: one per identity (organization-identity.ts), with the
 * canonical name, every name the research gives it as an alias (other spellings, acronyms,
 * original-script names), its profile (hand-reviewed for file 1, by rule otherwise) and its
 * registration numbers.
 */
import { ORGANIZATION_KINDS, isOneOf } from '../../src/domain/vocabularies';
import { readAliases, readAliasesByRule, type AliasReading } from './aliases';
import { resolveIdentities, type Merge } from './organization-identity';
import { profileByRule } from './organization-rules';
import { FAMILY_PARENTS, ORGANIZATION_PROFILES, type OrganizationProfile } from './organizations';
import { registrationNumbersOf, type RegistrationNumbers } from './registration-numbers';
import type { ResearchRow } from './research-rows';
import { isValidCountryCode, sentence } from './row-facts';

export interface OrganizationRecord {
  name: string;
  aliases: string[];
  profile: OrganizationProfile;
  registrationNumbers: RegistrationNumbers;
  /** Conversion remarks per research row ("Organization as researched: …", "Aliases as researched: …"). */
  remarksByRow: Map<ResearchRow, string[]>;
  /** How the profile was decided: 'reviewed' (file 1 table) or 'rule'. */
  profileSource: 'reviewed' | 'rule';
}

export interface OrganizationCell {
  name: string;
  /** The bracketed branch or office, e.g. "Moscow office"; empty for the whole organization. */
  unit: string;
}

/** "Human Rights Watch (Moscow office)" -> name "Human Rights Watch", unit "Moscow office". */
export function readOrganizationCell(cell: string): OrganizationCell {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(cell);
  return { name: (match ? match[1] : cell)?.trim() ?? '', unit: match?.[2]?.trim() ?? '' };
}

export interface Organizations {
  /** Canonical name -> record. */
  byName: Map<string, OrganizationRecord>;
  /** Research row -> canonical organization name. */
  ofRow: Map<ResearchRow, string>;
  merges: Merge[];
  qualifiedNames: { name: string; row: string }[];
}

export function buildOrganizations(rows: readonly ResearchRow[]): Organizations {
  const cells = rows.map((row) => readOrganizationCell(row.organization));
  const aliasReadings = rows.map((row): AliasReading =>
    row.file === 1 ? readAliases(row.aliases) : readAliasesByRule(row.aliases),
  );
  const numbers = rows.map(registrationNumbersOf);
  const identity = resolveIdentities(
    rows.map((row, index) => ({
      row,
      name: cells[index].name,
      aliases: aliasReadings[index].names,
      ...(numbers[index].ogrn ? { ogrn: numbers[index].ogrn } : {}),
    })),
  );
  const byName = new Map<string, OrganizationRecord>();
  const ofRow = new Map<ResearchRow, string>();
  const rowsOf = new Map<string, number[]>();
  identity.canonicalNames.forEach((name, index) => {
    ofRow.set(rows[index], name);
    rowsOf.set(name, [...(rowsOf.get(name) ?? []), index]);
  });
  for (const [name, indexes] of rowsOf) {
    const researchedNames = indexes.map((index) => cells[index].name);
    const aliasNames = indexes.flatMap((index) => aliasReadings[index].names);
    const aliases = [...new Set([...researchedNames, ...aliasNames])].filter((alias) => alias !== name);
    const remarks = indexes.flatMap((index) => aliasReadings[index].remarks);
    const registrationNumbers = Object.assign({}, ...indexes.map((index) => numbers[index])) as RegistrationNumbers;
    const reviewed = ORGANIZATION_PROFILES[name];
    const profile =
      reviewed ??
      profileByRule(
        name,
        [name, ...aliases],
        indexes.map((index) => rows[index]),
        remarks,
        registrationNumbers.ogrn !== undefined,
      );
    assertProfile(name, profile);
    const remarksByRow = new Map<ResearchRow, string[]>();
    for (const index of indexes) {
      const row = rows[index];
      const rowRemarks = [
        cells[index].name === name ? undefined : sentence('Organization as researched', cells[index].name),
        aliasReadings[index].remarks.length > 0 ? sentence('Aliases as researched', row.aliases) : undefined,
      ].filter((remark): remark is string => remark !== undefined);
      remarksByRow.set(row, rowRemarks);
    }
    byName.set(name, {
      name,
      aliases,
      profile,
      registrationNumbers,
      remarksByRow,
      profileSource: reviewed ? 'reviewed' : 'rule',
    });
  }
  return { byName, ofRow, merges: identity.merges, qualifiedNames: identity.qualifiedNames };
}

function assertProfile(name: string, profile: OrganizationProfile): void {
  // Typed as a kind, but the hand-written profiles are checked as the data they are.
  const kind: string = profile.kind;
  if (!isOneOf(ORGANIZATION_KINDS, kind)) throw new Error(`${name}: unknown kind "${kind}"`);
  if (profile.country && !isValidCountryCode(profile.country))
    throw new Error(`${name}: unknown country "${profile.country}"`);
  if (profile.parent && !(profile.parent in FAMILY_PARENTS))
    throw new Error(`${name}: parent "${profile.parent}" is not in FAMILY_PARENTS`);
  if (profile.parent === name) throw new Error(`${name} is its own parent`);
}
