/**
 * Reading the research file (seeds/research/designations-research.csv, described in
 * /work/shared/data/README.md). The research file is the record of facts: nothing here changes a
 * value, it only checks that the file has the shape the conversion expects.
 */
import { parse } from 'csv-parse/sync';

export const RESEARCH_COLUMNS = [
  'organization',
  'aliases',
  'country_iso2',
  'law_short',
  'law_citation',
  'authority',
  'action_type',
  'date',
  'date_precision',
  'stated_reasons',
  'reasons_quoted_or_paraphrased',
  'source_url',
  'source_publisher',
  'confidence',
  'notes',
] as const;

export type ResearchColumn = (typeof RESEARCH_COLUMNS)[number];

/** One research row plus its 1-based position among the data rows (the header is not counted). */
export type ResearchRow = Record<ResearchColumn, string> & { rowNumber: number };

/** Rows whose organization cell starts with this describe many organizations in one action. */
export const AGGREGATE_PREFIX = 'AGGREGATE:';

export function readResearchRows(csvText: string): ResearchRow[] {
  const records: string[][] = parse(csvText, { bom: true, relax_column_count: false });
  const [header, ...dataRows] = records;
  assertResearchHeader(header ?? []);
  return dataRows.map((cells, index) => toResearchRow(cells, index + 1));
}

function assertResearchHeader(header: string[]): void {
  const expected = RESEARCH_COLUMNS.join(',');
  if (header.join(',') !== expected) {
    throw new Error(`Research header changed: expected "${expected}", got "${header.join(',')}"`);
  }
}

function toResearchRow(cells: string[], rowNumber: number): ResearchRow {
  const row = { rowNumber } as ResearchRow;
  RESEARCH_COLUMNS.forEach((column, index) => {
    row[column] = cells[index] ?? '';
  });
  return row;
}

export function isAggregateRow(row: ResearchRow): boolean {
  return row.organization.startsWith(AGGREGATE_PREFIX);
}
