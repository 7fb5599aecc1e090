import { InvalidInputError } from '../../domain/errors';
import { formatRowProblem, RowProblem } from '../../domain/interchange/row-problems';

/** The file has problems; nothing was written. Carries every problem found, in file order. */
export class ImportRejectedError extends InvalidInputError {
  readonly code = 'import_rejected';
  constructor(
    readonly rowProblems: RowProblem[],
    readonly rejectedRows: number,
  ) {
    super(
      `import rejected: ${rowProblems.length} problem${rowProblems.length === 1 ? '' : 's'} in ` +
        `${rejectedRows} row${rejectedRows === 1 ? '' : 's'}; nothing was written`,
      rowProblems.map((problem) => ({
        line: problem.line,
        parameter: problem.column,
        ...(problem.value === undefined ? {} : { value: problem.value }),
        message: formatRowProblem(problem),
      })),
    );
  }
}
