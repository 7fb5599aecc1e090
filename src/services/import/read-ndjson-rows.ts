import type { Readable } from 'node:stream';
import readline from 'node:readline';
import {
  INTERCHANGE_COLUMNS,
  InterchangeCells,
  InterchangeColumn,
  MULTI_VALUED_COLUMNS,
} from '../../domain/interchange/columns';
import type { RowProblem } from '../../domain/interchange/row-problems';
import { reportableValue } from '../../domain/reportable-value';
import { RawRow, UnreadableFileError } from './read-csv-rows';
import { NotUtf8Error, strictUtf8Decoder } from './utf8-lines';

const KNOWN = new Set<string>(INTERCHANGE_COLUMNS);

/** Streams NDJSON: one JSON object per line with the interchange fields (arrays for multi-valued ones). */
export async function* readNdjsonRows(input: Readable): AsyncGenerator<RawRow> {
  const decoded = input.pipe(strictUtf8Decoder());
  const lines = readline.createInterface({ input: decoded, crlfDelay: Infinity });
  let failure: Error | null = null;
  decoded.on('error', (error) => {
    failure = error;
    lines.close();
  });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      const content = line === 1 ? text.replace(/^\uFEFF/, '') : text;
      if (content.trim() === '') continue;
      yield parseLine(content, line);
    }
  } catch (error) {
    // readline passes the decoder's error on when it comes before the lines end (a bad first chunk).
    failure = error as Error;
  }
  if (failure) {
    const notUtf8 = failure;
    throw notUtf8 instanceof NotUtf8Error
      ? new UnreadableFileError({ line: notUtf8.line, column: 'file', message: 'the file is not valid UTF-8' })
      : notUtf8;
  }
}

function parseLine(content: string, line: number): RawRow {
  let object: unknown;
  try {
    object = JSON.parse(content);
  } catch {
    return { line, cells: null, problems: [{ line, column: 'row', message: 'not a JSON object' }] };
  }
  if (object === null || typeof object !== 'object' || Array.isArray(object)) {
    return { line, cells: null, problems: [{ line, column: 'row', message: 'not a JSON object' }] };
  }
  const problems: RowProblem[] = [];
  for (const key of Object.keys(object)) {
    if (!KNOWN.has(key)) problems.push({ line, column: 'row', message: 'unknown field', value: key });
  }
  const cells = {} as InterchangeCells;
  for (const column of INTERCHANGE_COLUMNS) {
    const value = cellValue((object as Record<string, unknown>)[column], column, line, problems);
    cells[column] = value;
  }
  return { line, cells: problems.length ? null : cells, problems };
}

function cellValue(value: unknown, column: InterchangeColumn, line: number, problems: RowProblem[]): string | string[] {
  if (MULTI_VALUED_COLUMNS.includes(column)) {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
    problems.push({ line, column, message: 'expected an array of strings', value: shownJson(value) });
    return [];
  }
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  problems.push({ line, column, message: 'expected a string or null', value: shownJson(value) });
  return '';
}

/** A wrong value as JSON for the problem report, or what it is when it is too deep to write out. */
function shownJson(value: unknown): string {
  const reportable = reportableValue(value);
  return reportable === value ? JSON.stringify(value) : String(reportable);
}
