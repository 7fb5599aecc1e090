import type { Knex } from 'knex';
import { InputProblem } from '../../domain/errors';
import type { InterchangeCells } from '../../domain/interchange/columns';
import { cellsFromInterchangeObject } from '../../domain/interchange/designation-fields';
import type { RowProblem } from '../../domain/interchange/row-problems';
import { validateRow } from '../../domain/interchange/validate-row';
import { invalidFields } from '../../domain/request-body';
import { exportLineOf } from '../../queries/designation-export';
import { DesignationBatchWriter } from '../import/designation-batch-writer';
import { ImportRejectedError } from '../import/import-errors';

/**
 * A stored designation as interchange cells: its own NDJSON export line, so an edit starts from
 * exactly what an export would say. `status` is left empty: it is derived, and checked only when
 * the caller gives one.
 */
export async function storedCells(trx: Knex, id: string, today: string): Promise<InterchangeCells> {
  const line = await exportLineOf(trx, id, today);
  if (line === undefined) throw new Error(`designation ${id} is not stored`);
  return { ...cellsFromInterchangeObject(JSON.parse(line) as Record<string, unknown>), status: '' };
}

/**
 * Checks `cells` with the importer's rules and writes them as designation `id` with the importer's
 * writer (organizations, laws and sources found or created the same way), in the caller's
 * transaction. Problems are a 400 naming each field.
 */
export async function writeDesignationCells(
  trx: Knex,
  id: string,
  cells: InterchangeCells,
  today: string,
): Promise<void> {
  const { record, problems } = validateRow(cells, 1, today);
  if (!record) throw invalidFields('designation', problems.map(fieldProblem));
  try {
    await new DesignationBatchWriter(trx).write([{ line: 1, record: { ...record, id } }]);
  } catch (error) {
    if (error instanceof ImportRejectedError) throw invalidFields('designation', error.rowProblems.map(fieldProblem));
    throw error;
  }
}

function fieldProblem(problem: RowProblem): InputProblem {
  return {
    parameter: problem.column,
    ...(problem.value === undefined ? {} : { value: problem.value }),
    message: problem.message,
  };
}
