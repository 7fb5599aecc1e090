/**
 * One research row about one organization -> one row of seeds/data/designations.csv
 * (the interchange format of DESIGN.md §4).
 */
import { v5 as uuidv5 } from 'uuid';
import { readAliases } from './aliases';
import { joinList, type CsvRecord, type DESIGNATION_COLUMNS } from './csv-files';
import { profileOf, readOrganizationCell } from './organizations';
import { composeNotes, rowFacts, sentence, type ConversionContext } from './row-facts';
import type { ResearchRow } from './research-rows';

/**
 * Namespace of the deterministic ids (uuid v5). Never change it: the ids in the seed file are what
 * makes a re-import update the same designations instead of adding new ones.
 */
export const SEED_ID_NAMESPACE = '934e5d60-bd45-46fa-a1d2-fb951b638b4c';

export type DesignationRecord = CsvRecord<typeof DESIGNATION_COLUMNS>;

export function toDesignation(row: ResearchRow, context: ConversionContext): DesignationRecord {
  const facts = rowFacts(row, context);
  const cell = readOrganizationCell(row.organization);
  const profile = profileOf(cell.organization);
  const aliases = readAliases(row.aliases);
  const organizationRemarks = [
    cell.researchedName ? sentence('Organization as researched', cell.researchedName) : undefined,
    aliases.remarks.length > 0 ? sentence('Aliases as researched', row.aliases) : undefined,
  ].filter((remark): remark is string => remark !== undefined);
  const { remarks, ...sharedFacts } = facts;
  return {
    id: designationId(cell.organization, cell.unit, facts.jurisdiction, facts.measure, facts.decided_on),
    organization: cell.organization,
    organization_aliases: joinList(aliasNames(cell.organization, cell.researchedName, aliases.names)),
    organization_kind: profile.kind,
    organization_parent: profile.parent ?? '',
    organization_country: profile.country ?? '',
    unit: cell.unit,
    ...sharedFacts,
    // The research states no lifting for any row (see docs/data.md); status follows ended_on.
    ended_on: '',
    status: 'active',
    notes: composeNotes(row.notes, [...remarks, ...organizationRemarks]),
  };
}

/**
 * Stable identity without the research row number, so inserting or reordering research rows does
 * not change any id; uniqueness is checked over the whole file.
 */
export function designationId(organization: string, unit: string, jurisdiction: string, measure: string, decidedOn: string): string {
  return uuidv5(['designation', organization, unit, jurisdiction, measure, decidedOn].join('|'), SEED_ID_NAMESPACE);
}

/** Researched aliases, plus the researched spelling of a renamed organization; never the name itself. */
function aliasNames(organization: string, researchedName: string | undefined, names: readonly string[]): string[] {
  const all = researchedName ? [...names, researchedName] : [...names];
  return [...new Set(all)].filter((name) => name !== organization);
}
