import type { Readable } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { INTERCHANGE_COLUMNS, InterchangeCells } from '../../domain/interchange/columns';
import { restoreFormula } from '../../domain/interchange/formula-cells';
import type { RowProblem } from '../../domain/interchange/row-problems';
import { strictUtf8Decoder } from './utf8-lines';

export interface RawRow {
  line: number;
  cells: InterchangeCells | null;
  problems: RowProblem[];
}

/** Thrown for problems that stop reading the file altogether (bad header, broken quoting, not UTF-8). */
export class UnreadableFileError extends Error {
  constructor(readonly problem: RowProblem) {
    super(problem.message);
  }
}

interface ParsedRecord {
  record: string[];
  /** The record's text as read, with the empty lines skipped before it and its line break after. */
  raw: string;
}

const LEADING_EMPTY_LINES = /^(?:\r?\n)*/;

function countLineFeeds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * Streams an interchange CSV (RFC 4180, optional UTF-8 BOM, LF or CRLF) as rows with the line each
 * starts on. The header must be exactly the interchange columns; rows with another column count
 * are reported, not guessed at.
 */
export async function* readCsvRows(input: Readable): AsyncGenerator<RawRow> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, raw: true });
  const decoded = input.pipe(strictUtf8Decoder());
  decoded.on('error', (error) => parser.destroy(error));
  decoded.pipe(parser);
  // Lines are counted from the raw text, by line feeds: csv-parse's own line count also counts a
  // CR inside a quoted cell, which would put every later row one line too far down.
  let lineFeedsBefore = 0;
  let headerSeen = false;
  try {
    for await (const { record, raw } of parser as AsyncIterable<ParsedRecord>) {
      const line = lineFeedsBefore + 1 + countLineFeeds(LEADING_EMPTY_LINES.exec(raw)![0]);
      lineFeedsBefore += countLineFeeds(raw);
      if (!headerSeen) {
        checkHeader(record, line);
        headerSeen = true;
        continue;
      }
      yield toRawRow(record, line);
    }
  } catch (error) {
    throw asUnreadable(error, lineFeedsBefore + 1);
  }
  if (!headerSeen) throw new UnreadableFileError({ line: 1, column: 'file', message: 'the file is empty: expected a header row' });
}

function checkHeader(header: string[], line: number): void {
  const expected = INTERCHANGE_COLUMNS.join(',');
  if (header.join(',') !== expected) {
    throw new UnreadableFileError({ line, column: 'file', message: `wrong header: expected the columns ${expected}`, value: header.join(',') });
  }
}

function toRawRow(record: string[], line: number): RawRow {
  if (record.length !== INTERCHANGE_COLUMNS.length) {
    return {
      line,
      cells: null,
      problems: [{ line, column: 'row', message: `expected ${INTERCHANGE_COLUMNS.length} columns, found ${record.length}` }],
    };
  }
  const cells = Object.fromEntries(INTERCHANGE_COLUMNS.map((column, index) => [column, restoreFormula(record[index])]));
  return { line, cells: cells as InterchangeCells, problems: [] };
}

function asUnreadable(error: unknown, line: number): Error {
  if (error instanceof UnreadableFileError) return error;
  if (error instanceof CsvError) {
    const errorLine = (error as CsvError & { lines?: number }).lines ?? line;
    return new UnreadableFileError({ line: errorLine, column: 'file', message: `malformed CSV: ${error.message.replace(/^[A-Za-z_ ]*: /, '')}` });
  }
  if (error instanceof Error && 'line' in error && typeof error.line === 'number') {
    return new UnreadableFileError({ line: error.line, column: 'file', message: 'the file is not valid UTF-8' });
  }
  return error instanceof Error ? error : new Error(String(error));
}
