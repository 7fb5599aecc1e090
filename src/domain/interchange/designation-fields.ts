/**
 * A designation as a JSON request body: the interchange fields of DESIGN.md §4, as in an NDJSON
 * import line (strings, arrays of strings for the multi-valued fields, null for empty). Creating
 * fills absent fields with empty values; a PATCH changes only the fields it names. Either way the
 * result is checked by validateRow, the importer's own rules.
 */
import { z } from 'zod';
import { INTERCHANGE_COLUMNS, InterchangeCells, InterchangeColumn, MULTI_VALUED_COLUMNS } from './columns';

const isMultiValued = (column: InterchangeColumn) => MULTI_VALUED_COLUMNS.includes(column);

const fieldSchema = (column: InterchangeColumn) =>
  isMultiValued(column)
    ? z.array(z.string({ message: 'expected an array of strings' }), { message: 'expected an array of strings' }).nullable().optional()
    : z.string({ message: 'expected a string or null' }).nullable().optional();

export const designationFieldsBody = z
  .strictObject(Object.fromEntries(INTERCHANGE_COLUMNS.map((column) => [column, fieldSchema(column)])) as Record<InterchangeColumn, ReturnType<typeof fieldSchema>>)
  .meta({
    description:
      'Interchange fields (DESIGN.md §4): strings, arrays of strings for organization_aliases, reason_tags, source_urls and ' +
      'source_publishers, null for empty. `status` is optional and checked against the dates, never stored.',
  });
export type DesignationFields = z.output<typeof designationFieldsBody>;

export function emptyCells(): InterchangeCells {
  return Object.fromEntries(INTERCHANGE_COLUMNS.map((column) => [column, isMultiValued(column) ? [] : ''])) as InterchangeCells;
}

/** `base` with every field that `fields` names replaced (null empties it). */
export function overlayCells(base: InterchangeCells, fields: Partial<Record<InterchangeColumn, string | string[] | null | undefined>>): InterchangeCells {
  const cells = { ...base };
  for (const column of INTERCHANGE_COLUMNS) {
    const value = fields[column];
    if (value === undefined) continue;
    cells[column] = value ?? (isMultiValued(column) ? [] : '');
  }
  return cells;
}

/** Cells from an NDJSON export line (null for empty), the stored state a PATCH starts from. */
export function cellsFromInterchangeObject(object: Record<string, unknown>): InterchangeCells {
  return overlayCells(emptyCells(), object as Record<InterchangeColumn, string | string[] | null>);
}
