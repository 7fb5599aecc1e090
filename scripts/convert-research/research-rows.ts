/**
 * Reading the research files (seeds/research/designations-research*.csv, exact copies of the
 * shared research data). The research is the record of facts: nothing here changes a value, it only
 * checks that each file has the shape the conversion expects.
 */
import { parse } from 'csv-parse/sync';

/** The research files in the order they were delivered; file N is the N-th of this list. */
export const RESEARCH_FILES = [
  'designations-research.csv',
  'designations-research-2.csv',
  'designations-research-3.csv',
  'designations-research-4.csv',
  'designations-research-5.csv',
  'designations-research-6.csv',
] as const;

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

/**
 * One research row, its file (1-based position in RESEARCH_FILES) and its 1-based position among
 * that file's data rows (the header is not counted; row N is on line N+1 when no cell spans lines).
 */
export type ResearchRow = Record<ResearchColumn, string> & { file: number; rowNumber: number };

/** Rows whose organization cell starts with this describe many organizations in one action. */
export const AGGREGATE_PREFIX = 'AGGREGATE:';

export function readResearchRows(csvText: string, file = 1): ResearchRow[] {
  const records: string[][] = parse(csvText, { bom: true, relax_column_count: false });
  const [header, ...dataRows] = records;
  assertResearchHeader(header ?? [], file);
  return dataRows.map((cells, index) => toResearchRow(cells, file, index + 1));
}

/** "file 3 row 84": how docs/data.md and every message name a research row. */
export function rowLabel(row: Pick<ResearchRow, 'file' | 'rowNumber'>): string {
  return `file ${row.file} row ${row.rowNumber}`;
}

function assertResearchHeader(header: string[], file: number): void {
  const expected = RESEARCH_COLUMNS.join(',');
  if (header.join(',') !== expected) {
    throw new Error(`Research file ${file}: header changed: expected "${expected}", got "${header.join(',')}"`);
  }
}

function toResearchRow(cells: string[], file: number, rowNumber: number): ResearchRow {
  const row = { file, rowNumber } as ResearchRow;
  RESEARCH_COLUMNS.forEach((column, index) => {
    row[column] = cells[index] ?? '';
  });
  return row;
}

export function isAggregateRow(row: ResearchRow): boolean {
  return row.organization.startsWith(AGGREGATE_PREFIX);
}
