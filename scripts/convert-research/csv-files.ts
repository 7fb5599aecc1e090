/**
 * The seed files' columns and how they are written: docs/design.md's interchange format (RFC 4180 quoting, UTF-8 without
 * BOM, LF line ends, header row, multi-valued cells joined with "; ").
 */
import { stringify } from 'csv-stringify/sync';
import { INTERCHANGE_COLUMNS } from '../../src/domain/interchange/columns';
import { JURISDICTION_ACTION_COLUMNS } from '../../src/domain/interchange/jurisdiction-action-columns';

/** The interchange format's columns, from the importer's own definition. */
export const DESIGNATION_COLUMNS = INTERCHANGE_COLUMNS;

export { JURISDICTION_ACTION_COLUMNS };

export const LAW_COLUMNS = ['slug', 'jurisdiction', 'short_name', 'citation', 'enacted_on', 'family'] as const;

export const ORGANIZATION_COLUMNS = ['slug', 'name', 'kind', 'country', 'parent', 'aliases', 'wikidata_id'] as const;

/** Registration numbers of an organization: `ru_ogrn` (13 digits) and `ru_inn` (10 digits). */
export const IDENTIFIER_COLUMNS = ['organization', 'scheme', 'value'] as const;

export type CsvRecord<Columns extends readonly string[]> = Record<Columns[number], string>;

export const LIST_SEPARATOR = '; ';

/** Joins a multi-valued cell; an item containing the separator would split on re-import. */
export function joinList(items: readonly string[]): string {
  for (const item of items) {
    if (item.includes(';')) throw new Error(`List item contains ";" and would not survive a round trip: "${item}"`);
  }
  return items.join(LIST_SEPARATOR);
}

/**
 * Interchange format (docs/design.md): export prefixes a cell starting with =, +, -, @, tab or CR with "'" so spreadsheets
 * do not run it, and import undoes exactly that. The seed files are in the same format.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function toCsv<Columns extends readonly string[]>(
  columns: Columns,
  records: readonly CsvRecord<Columns>[],
): string {
  const rows = records.map((record) => columns.map((column) => neutralizeFormula(record[column as Columns[number]])));
  return stringify([[...columns], ...rows], { record_delimiter: 'unix', quoted_string: false });
}

/** "A (x; y); B" -> ["A (x; y)", "B"]: a ";" inside brackets does not separate list items. */
export function splitOutsideBrackets(cell: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of cell) {
    if (character === '(') depth += 1;
    if (character === ')') depth = Math.max(0, depth - 1);
    if (character === ';' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += character;
  }
  parts.push(current.trim());
  return parts.filter((part) => part !== '');
}
