import fs from 'node:fs';
import type { Knex } from 'knex';
import { v5 as uuidv5 } from 'uuid';
import type { RowProblem } from '../../domain/interchange/row-problems';
import { isKnownJurisdiction } from '../../domain/jurisdictions';
import { isPartialDate, parsePartialDate } from '../../domain/partial-date';
import type { KnownTotalsTable } from '../../db/tables';
import {
  Confidence,
  CONFIDENCE_LEVELS,
  CountKind,
  COUNT_KINDS,
  DATE_PRECISIONS,
  isOneOf,
  Measure,
  MEASURES,
} from '../../domain/vocabularies';
import { deleteKnownTotals, storedKnownTotals, upsertKnownTotal } from '../../queries/writes/known-total-writes';
import { readReferenceCsv, rejectWith } from './reference-csv';

/** The research file's own columns (seeds/research/known-totals.csv), unchanged. */
const COLUMNS = [
  'jurisdiction',
  'scope',
  'measure_hint',
  'count',
  'count_kind',
  'as_of',
  'as_of_precision',
  'source_url',
  'source_publisher',
  'confidence',
  'notes',
] as const;

/**
 * The namespace of the seed's deterministic ids (the converter's, scripts/convert-research), with
 * names prefixed by their kind. A known total is one source's count of one scope on one date: the
 * same claim keeps its id from seed to seed; a corrected count is a new claim.
 */
const SEED_ID_NAMESPACE = '934e5d60-bd45-46fa-a1d2-fb951b638b4c';

const splitUrls = (cell: string) =>
  cell
    .split(';')
    .map((url) => url.trim())
    .filter(Boolean);

function problemsOf(line: number, cells: Record<string, string>): RowProblem[] {
  const problem = (column: string, message: string) => ({ line, column, message, value: cells[column] });
  const datePresent = isPartialDate(cells.as_of);
  const urls = splitUrls(cells.source_url);
  return [
    ...(!isKnownJurisdiction(cells.jurisdiction) ? [problem('jurisdiction', 'unknown ISO 3166-1 alpha-2 code')] : []),
    ...(cells.scope.trim() === '' ? [problem('scope', 'scope is required')] : []),
    ...(!isOneOf(MEASURES, cells.measure_hint) ? [problem('measure_hint', 'unknown measure')] : []),
    ...(!/^[1-9]\d{0,8}$/.test(cells.count) ? [problem('count', 'expected a positive whole number')] : []),
    ...(!isOneOf(COUNT_KINDS, cells.count_kind)
      ? [problem('count_kind', `expected one of: ${COUNT_KINDS.join(', ')}`)]
      : []),
    ...(!datePresent ? [problem('as_of', 'not a partial date')] : []),
    ...(!isOneOf(DATE_PRECISIONS, cells.as_of_precision) ||
    (datePresent && parsePartialDate(cells.as_of).precision !== cells.as_of_precision)
      ? [problem('as_of_precision', 'must be the precision of as_of (day, month or year)')]
      : []),
    ...(urls.length === 0 || urls.some((url) => !/^https?:\/\/\S+\.\S+$/.test(url))
      ? [problem('source_url', 'one or more http(s) URLs are required')]
      : []),
    ...(cells.source_publisher.trim() === '' ? [problem('source_publisher', 'source_publisher is required')] : []),
    ...(!isOneOf(CONFIDENCE_LEVELS, cells.confidence) ? [problem('confidence', 'unknown confidence')] : []),
  ];
}

/**
 * Loads known-totals.csv, the sourced counts the coverage report compares the record with, and
 * makes the table hold exactly its rows: each inserted or updated under its derived id, rows no
 * longer in the file removed. Unchanged rows are not written, so a re-seed records no revision.
 * A seed folder without the file (test fixtures, older seeds) leaves the table as it is: null.
 */
export async function loadKnownTotals(db: Knex, file: string): Promise<number | null> {
  if (!fs.existsSync(file)) return null;
  const rows = readReferenceCsv(file, COLUMNS);
  const problems = rows.flatMap(({ line, cells }) => problemsOf(line, cells));
  if (problems.length > 0) rejectWith(problems);
  // The vocabulary cells were checked by problemsOf.
  const wanted = rows.map(({ cells }): KnownTotalsTable => {
    const asOf = parsePartialDate(cells.as_of);
    const identity = [
      'known-total',
      cells.jurisdiction,
      cells.measure_hint,
      cells.scope,
      cells.as_of,
      cells.count,
      cells.source_url,
    ].join('|');
    return {
      id: uuidv5(identity, SEED_ID_NAMESPACE),
      jurisdiction: cells.jurisdiction,
      scope: cells.scope,
      measure: cells.measure_hint as Measure,
      count: Number(cells.count),
      count_kind: cells.count_kind as CountKind,
      as_of: asOf.start,
      as_of_precision: asOf.precision,
      source_url: cells.source_url,
      source_publisher: cells.source_publisher,
      confidence: cells.confidence as Confidence,
      notes: cells.notes,
    };
  });
  const ids = new Set(wanted.map((row) => row.id));
  if (ids.size !== wanted.length) {
    rejectWith([
      { line: 1, column: 'file', message: 'the same count of the same scope, date and source is given twice' },
    ]);
  }
  // Dates come back as YYYY-MM-DD text from both drivers (src/db/connection.ts), comparable as is.
  const stored = new Map((await storedKnownTotals(db)).map((row) => [row.id, row]));
  const gone = [...stored.keys()].filter((id) => !ids.has(id));
  if (gone.length > 0) await deleteKnownTotals(db, gone);
  for (const row of wanted) {
    const before = stored.get(row.id);
    const unchanged = (column: string, value: unknown) => before?.[column as keyof KnownTotalsTable] === value;
    if (before !== undefined && Object.entries(row).every(([column, value]) => unchanged(column, value))) continue;
    await upsertKnownTotal(db, row);
  }
  return rows.length;
}
