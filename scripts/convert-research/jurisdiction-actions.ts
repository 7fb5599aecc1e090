/**
 * The research's AGGREGATE rows (Nicaragua): one state action against many organizations that the
 * sources do not name. They are jurisdiction-level events in seeds/data/jurisdiction-actions.csv,
 * not designations: no organization is invented for them.
 */
import { v5 as uuidv5 } from 'uuid';
import type { CsvRecord, JURISDICTION_ACTION_COLUMNS } from './csv-files';
import { SEED_ID_NAMESPACE } from './designations';
import { composeNotes, rowFacts, sentence, type ConversionContext } from './row-facts';
import { AGGREGATE_PREFIX, type ResearchRow } from './research-rows';

export type JurisdictionActionRecord = CsvRecord<typeof JURISDICTION_ACTION_COLUMNS>;

export function toJurisdictionAction(row: ResearchRow, context: ConversionContext): JurisdictionActionRecord {
  const facts = rowFacts(row, context);
  const description = row.organization.slice(AGGREGATE_PREFIX.length).trim();
  // The aliases column of these rows holds cumulative totals, not names: kept verbatim in notes.
  const aliasesRemark = row.aliases === '' ? [] : [sentence('Aliases column as researched', row.aliases)];
  const { remarks, ...sharedFacts } = facts;
  return {
    id: uuidv5(
      ['jurisdiction-action', facts.jurisdiction, facts.measure, facts.decided_on, description].join('|'),
      SEED_ID_NAMESPACE,
    ),
    ...sharedFacts,
    organizations_affected: organizationsAffected(description),
    description,
    notes: composeNotes(row.notes, [...remarks, ...aliasesRemark]),
  };
}

/** The count the description starts with ("1,500 non-profit organizations" -> "1500"); '' if none. */
export function organizationsAffected(description: string): string {
  const count = /^(\d{1,3}(,\d{3})*|\d+)\b/.exec(description)?.[1];
  return count === undefined ? '' : String(Number(count.replace(/,/g, '')));
}
