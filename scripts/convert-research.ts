/**
 * Converts the research files into the project's seed data.
 *
 *   npx tsx scripts/convert-research.ts
 *
 * Reads seeds/research/designations-research*.csv (exact copies of the shared research files) and
 * writes seeds/data/{designations,jurisdiction-actions,laws,organizations,organization-identifiers}.csv.
 * The output depends only on the input, so running it twice gives identical bytes. Every mapping
 * choice lives in a named table or rule under scripts/convert-research/; docs/data.md explains them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { accountForRows, type RowAccounting } from './convert-research/accounting';
import {
  DESIGNATION_COLUMNS,
  IDENTIFIER_COLUMNS,
  JURISDICTION_ACTION_COLUMNS,
  LAW_COLUMNS,
  ORGANIZATION_COLUMNS,
  toCsv,
} from './convert-research/csv-files';
import { conversionReport } from './convert-research/conversion-report';
import { groupIntoEvents, type DateConflict, type Reading } from './convert-research/designation-events';
import { toDesignation } from './convert-research/designations';
import { toJurisdictionAction } from './convert-research/jurisdiction-actions';
import { assertLawsFollowResearch } from './convert-research/laws';
import { buildOrganizations } from './convert-research/organization-records';
import type { Merge } from './convert-research/organization-identity';
import { identifierRecords, lawRecords, parentRecords } from './convert-research/reference-records';
import { unreviewedRegisterMention } from './convert-research/register-dates';
import { applyExclusions, type EndingConflict } from './convert-research/register-exclusions';
import { KEPT_APART_MEASURES, isRegisterExclusion } from './convert-research/measures';
import { rowFacts, type ConversionContext } from './convert-research/row-facts';
import { RESEARCH_FILES, isAggregateRow, readResearchRows } from './convert-research/research-rows';
import { researchPublishersByUrl } from './convert-research/sources';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const RESEARCH_DIR = 'seeds/research';
export const OUTPUT_FILES = {
  designations: 'seeds/data/designations.csv',
  jurisdictionActions: 'seeds/data/jurisdiction-actions.csv',
  laws: 'seeds/data/laws.csv',
  organizations: 'seeds/data/organizations.csv',
  identifiers: 'seeds/data/organization-identifiers.csv',
  report: 'docs/data-conversion-report.md',
} as const;

export interface ConversionResult {
  designations: string;
  jurisdictionActions: string;
  laws: string;
  organizations: string;
  identifiers: string;
  report: string;
  accounting: RowAccounting;
  merges: Merge[];
  dateConflicts: DateConflict[];
  endingConflicts: EndingConflict[];
  /** Doubts found while converting (nothing is changed because of them). */
  warnings: string[];
}

/** Converts the research files' texts, given in RESEARCH_FILES order. */
export function convertResearch(csvTexts: readonly string[]): ConversionResult {
  const rows = csvTexts.flatMap((text, index) => readResearchRows(text, index + 1));
  assertLawsFollowResearch(rows);
  const context: ConversionContext = { researchPublishers: researchPublishersByUrl(rows), warnings: [] };
  const aggregates = rows.filter(isAggregateRow);
  const organizationRows = rows.filter((row) => !isAggregateRow(row));
  const organizations = buildOrganizations(organizationRows);
  const readings = organizationRows.map((row): Reading => ({
    row,
    organization: organizations.ofRow.get(row)!,
    unit: /\(([^()]*)\)\s*$/.exec(row.organization)?.[1]?.trim() ?? '',
    facts: rowFacts(row, context),
  }));
  const events = groupIntoEvents(readings.filter((reading) => !isRegisterExclusion(reading.row)));
  const endings = applyExclusions(
    readings.filter((reading) => isRegisterExclusion(reading.row)),
    events,
  );
  const designations = events.map((event) =>
    toDesignation(event, organizations.byName.get(event.readings[0].organization)!, endings.endings.get(event)),
  );
  const jurisdictionActions = aggregates.map((row) => toJurisdictionAction(row, context));
  assertUniqueIds([...designations, ...jurisdictionActions]);
  const accounting = accountForRows(rows, events, endings, aggregates);
  const dateConflicts = events.flatMap((event) => (event.conflict ? [event.conflict] : []));
  const warnings = [
    ...context.warnings,
    ...rows.map(unreviewedRegisterMention).filter((warning): warning is string => warning !== undefined),
  ];
  const keptApart = readings
    .filter((reading) => KEPT_APART_MEASURES.includes(reading.facts.measure))
    .map((reading) => ({ row: reading.row, measure: reading.facts.measure }));
  return {
    designations: toCsv(DESIGNATION_COLUMNS, designations),
    jurisdictionActions: toCsv(JURISDICTION_ACTION_COLUMNS, jurisdictionActions),
    laws: toCsv(LAW_COLUMNS, lawRecords()),
    organizations: toCsv(ORGANIZATION_COLUMNS, parentRecords()),
    identifiers: toCsv(IDENTIFIER_COLUMNS, identifierRecords(organizations.byName.values())),
    report: conversionReport({
      accounting,
      merges: organizations.merges,
      qualifiedNames: organizations.qualifiedNames,
      dateConflicts,
      endingConflicts: endings.conflicts,
      keptApart,
      warnings,
    }),
    accounting,
    merges: organizations.merges,
    dateConflicts,
    endingConflicts: endings.conflicts,
    warnings,
  };
}

function assertUniqueIds(records: readonly { id: string }[]): void {
  const seen = new Set<string>();
  for (const { id } of records) {
    if (seen.has(id)) throw new Error(`Duplicate id ${id}: two research events have the same identity`);
    seen.add(id);
  }
}

export function readResearchFiles(): string[] {
  return RESEARCH_FILES.map((file) => readFileSync(path.join(REPO_ROOT, RESEARCH_DIR, file), 'utf8'));
}

function main(): void {
  const result = convertResearch(readResearchFiles());
  for (const [key, file] of Object.entries(OUTPUT_FILES)) {
    const target = path.join(REPO_ROOT, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, result[key as keyof typeof OUTPUT_FILES], 'utf8');
  }
  for (const line of result.accounting.perFile) {
    console.log(
      `file ${line.file}: ${line.rows} rows = ${line.designations} designations` +
        ` + ${line.mergedInto} merged into another row's designation + ${line.endings} endings` +
        ` + ${line.jurisdictionActions} jurisdiction actions + ${line.leftOut} left out`,
    );
  }
  console.log(
    `${result.merges.length} organization merges, ${result.dateConflicts.length} date conflicts, ` +
      `${result.endingConflicts.length} ending conflicts`,
  );
  for (const warning of result.warnings) console.warn(`doubt: ${warning}`);
}

if (require.main === module) main();
