import { Transform, TransformCallback, type Readable } from 'node:stream';
import { parse, CsvError, type Info, type Options } from 'csv-parse';
import {
  INTERCHANGE_COLUMNS,
  INTERCHANGE_COLUMNS_BEFORE_LAW_FAMILY,
  InterchangeCells,
  InterchangeColumn,
} from '../../domain/interchange/columns';
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

interface LocatedRecord {
  record: string[];
  line: number;
}

/**
 * Where the line feeds are in the bytes the parser reads, so that the parser's byte offsets become
 * line numbers. Offsets are asked in increasing order and the feeds before them are dropped, so it
 * holds only the feeds of the text read ahead of the parser.
 */
class LineFeedIndex {
  private readonly offsets: number[] = [];
  private head = 0;
  private feedsBefore = 0;
  private bytesSeen = 0;

  /** Passes the decoded text on as UTF-8 bytes (what the parser counts in), noting each line feed. */
  transform(): Transform {
    return new Transform({
      writableObjectMode: true,
      transform: (text: string, _encoding, callback: TransformCallback) => {
        const bytes = Buffer.from(text, 'utf8');
        for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1))
          this.offsets.push(this.bytesSeen + at);
        this.bytesSeen += bytes.length;
        callback(null, bytes);
      },
    });
  }

  /** The line (1-based) of the byte at `offset`: one more than the line feeds before it. */
  lineAt(offset: number): number {
    while (this.head < this.offsets.length && this.offsets[this.head] < offset) {
      this.head++;
      this.feedsBefore++;
    }
    if (this.head > 1024 && this.head * 2 > this.offsets.length) {
      this.offsets.splice(0, this.head);
      this.head = 0;
    }
    return this.feedsBefore + 1;
  }
}

/**
 * Streams an interchange CSV (RFC 4180, optional UTF-8 BOM, LF or CRLF) as rows with the line each
 * starts on. The header must be exactly the interchange columns (or those of before law_family was
 * added, read with every law_family cell empty); rows with another column count are reported, not
 * guessed at.
 *
 * Lines are counted by line feeds (a CRLF is one line break, in a quoted cell too) at the byte
 * offsets csv-parse gives for each record's end: its own `lines` count takes the CR and the LF of a
 * CRLF inside a quoted cell for two lines, and its `raw` text leaves out the LF of a CRLF record
 * delimiter, so neither can be counted from.
 */
export async function* readCsvRows(input: Readable): AsyncGenerator<RawRow> {
  const lineFeeds = new LineFeedIndex();
  // A record starts after the previous one's record delimiter and after the empty lines skipped since.
  let previousEnd = 0;
  let emptyLinesBefore = 0;
  const startLine = (info: Pick<Info, 'empty_lines'>): number =>
    lineFeeds.lineAt(previousEnd) + (info.empty_lines ?? emptyLinesBefore) - emptyLinesBefore;
  const options: Options<LocatedRecord, string[]> = {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    on_record: (record: string[], info): LocatedRecord => {
      const line = startLine(info);
      previousEnd = info.bytes;
      emptyLinesBefore = info.empty_lines;
      return { record, line };
    },
  };
  // csv-parse types on_record as returning the record's own type unless `columns` is set.
  const parser = parse(options as unknown as Options);
  const decoded = input.pipe(strictUtf8Decoder());
  decoded.on('error', (error) => parser.destroy(error));
  decoded.pipe(lineFeeds.transform()).pipe(parser);
  let columns: readonly InterchangeColumn[] | null = null;
  try {
    for await (const { record, line } of parser as AsyncIterable<LocatedRecord>) {
      if (columns === null) {
        columns = columnsOfHeader(record, line);
        continue;
      }
      yield toRawRow(record, line, columns);
    }
  } catch (error) {
    throw asUnreadable(error, startLine);
  }
  if (columns === null)
    throw new UnreadableFileError({ line: 1, column: 'file', message: 'the file is empty: expected a header row' });
}

function columnsOfHeader(header: string[], line: number): readonly InterchangeColumn[] {
  const given = header.join(',');
  if (given === INTERCHANGE_COLUMNS.join(',')) return INTERCHANGE_COLUMNS;
  if (given === INTERCHANGE_COLUMNS_BEFORE_LAW_FAMILY.join(',')) return INTERCHANGE_COLUMNS_BEFORE_LAW_FAMILY;
  const expected = INTERCHANGE_COLUMNS.join(',');
  throw new UnreadableFileError({
    line,
    column: 'file',
    message: `wrong header: expected the columns ${expected}`,
    value: given,
  });
}

function toRawRow(record: string[], line: number, columns: readonly InterchangeColumn[]): RawRow {
  if (record.length !== columns.length) {
    return {
      line,
      cells: null,
      problems: [{ line, column: 'row', message: `expected ${columns.length} columns, found ${record.length}` }],
    };
  }
  const cells = Object.fromEntries(INTERCHANGE_COLUMNS.map((column) => [column, '']));
  columns.forEach((column, index) => {
    cells[column] = restoreFormula(record[index]);
  });
  return { line, cells: cells as InterchangeCells, problems: [] };
}

/**
 * Broken quoting is reported on the line where the broken record starts; csv-parse's own "at line N"
 * is left out of the message, as it counts a CRLF in a quoted cell twice.
 */
function asUnreadable(error: unknown, startLine: (info: Pick<Info, 'empty_lines'>) => number): Error {
  if (error instanceof UnreadableFileError) return error;
  if (error instanceof CsvError) {
    const message = error.message.replace(/^[A-Za-z_ ]*: /, '').replace(/ at line \d+/, '');
    return new UnreadableFileError({
      line: startLine(error as CsvError & Pick<Info, 'empty_lines'>),
      column: 'file',
      message: `malformed CSV: ${message}`,
    });
  }
  if (error instanceof Error && 'line' in error && typeof error.line === 'number') {
    return new UnreadableFileError({ line: error.line, column: 'file', message: 'the file is not valid UTF-8' });
  }
  return error instanceof Error ? error : new Error(String(error));
}
