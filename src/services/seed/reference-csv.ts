import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { RowProblem } from '../../domain/interchange/row-problems';
import { ImportRejectedError } from '../import/import-errors';

export interface ReferenceRow {
  line: number;
  cells: Record<string, string>;
}

/**
 * Reads a small reference CSV (laws, organizations, jurisdiction actions) whose header must be
 * exactly `columns`. Problems are reported like the importer's, with the file name.
 */
export function readReferenceCsv(file: string, columns: readonly string[]): ReferenceRow[] {
  const records = parse(fs.readFileSync(file), { bom: true, skip_empty_lines: true, info: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  const [header, ...rows] = records;
  if (!header || header.record.join(',') !== columns.join(',')) {
    rejectWith([
      {
        line: 1,
        column: 'file',
        message: `${path.basename(file)}: wrong header: expected the columns ${columns.join(',')}`,
        value: header?.record.join(',') ?? '',
      },
    ]);
  }
  let previousEnd = header.info.lines;
  return rows.map(({ record, info }) => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (record.length !== columns.length) {
      rejectWith([
        {
          line,
          column: 'row',
          message: `${path.basename(file)}: expected ${columns.length} columns, found ${record.length}`,
        },
      ]);
    }
    return { line, cells: Object.fromEntries(columns.map((column, index) => [column, record[index]])) };
  });
}

export function rejectWith(problems: RowProblem[]): never {
  throw new ImportRejectedError(problems, new Set(problems.map((problem) => problem.line)).size);
}

export function emptyToNull(value: string): string | null {
  return value.trim() === '' ? null : value;
}
