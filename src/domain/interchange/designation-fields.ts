/**
 * A designation as a JSON request body: the interchange fields (docs/design.md), as in an NDJSON
 * import line (strings, arrays of strings for the multi-valued fields, null for empty). Creating
 * fills absent fields with empty values; a PATCH changes only the fields it names. Either way the
 * result is checked by validateRow, the importer's own rules.
 */
import { z } from 'zod';
import { MAX_NAME_LENGTH } from '../names';
import { INTERCHANGE_COLUMNS, InterchangeCells, InterchangeColumn, MULTI_VALUED_COLUMNS } from './columns';
import { MAX_ALIASES, MAX_SOURCES, MAX_URL_BYTES } from './field-limits';

const isMultiValued = (column: InterchangeColumn) => MULTI_VALUED_COLUMNS.includes(column);

interface FieldLimits {
  /** Of the string, or of each string of a list. */
  maxLength?: number;
  maxItems?: number;
  description?: string;
}

/**
 * The caps validateRow enforces, stated for the OpenAPI document only (as JSON Schema keywords):
 * validateRow reports them, for JSON bodies and imported files alike.
 */
const DOCUMENTED_LIMITS: Partial<Record<InterchangeColumn, FieldLimits>> = {
  organization: { maxLength: MAX_NAME_LENGTH },
  organization_parent: { maxLength: MAX_NAME_LENGTH },
  organization_aliases: { maxItems: MAX_ALIASES, maxLength: MAX_NAME_LENGTH },
  law: { maxLength: MAX_NAME_LENGTH },
  source_urls: {
    maxItems: MAX_SOURCES,
    description: `At least one; each an http(s) URL of at most ${MAX_URL_BYTES} bytes in UTF-8, none twice.`,
  },
  source_publishers: { maxItems: MAX_SOURCES, description: 'One per source URL, in the same order.' },
};

function fieldSchema(column: InterchangeColumn) {
  const { maxLength, maxItems, description } = DOCUMENTED_LIMITS[column] ?? {};
  const text = (message: string) => z.string({ message }).meta(maxLength === undefined ? {} : { maxLength });
  const field = isMultiValued(column)
    ? z
        .array(text('expected an array of strings'), { message: 'expected an array of strings' })
        .meta(maxItems === undefined ? {} : { maxItems })
    : text('expected a string or null');
  return field
    .nullable()
    .optional()
    .meta(description === undefined ? {} : { description });
}

export const designationFieldsBody = z
  .strictObject(
    Object.fromEntries(INTERCHANGE_COLUMNS.map((column) => [column, fieldSchema(column)])) as Record<
      InterchangeColumn,
      ReturnType<typeof fieldSchema>
    >,
  )
  .meta({
    description:
      'Interchange fields: strings, arrays of strings for organization_aliases, reason_tags, source_urls and ' +
      'source_publishers, null for empty. `status` is optional and checked against the dates, never stored.',
  });
export type DesignationFields = z.output<typeof designationFieldsBody>;

export function emptyCells(): InterchangeCells {
  return Object.fromEntries(
    INTERCHANGE_COLUMNS.map((column) => [column, isMultiValued(column) ? [] : '']),
  ) as InterchangeCells;
}

/** `base` with every field that `fields` names replaced (null empties it). */
export function overlayCells(
  base: InterchangeCells,
  fields: Partial<Record<InterchangeColumn, string | string[] | null | undefined>>,
): InterchangeCells {
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
  return overlayCells(emptyCells(), object);
}
