/** One thing wrong with one imported row, located the way an editor shows files (line numbers). */
export interface RowProblem {
  line: number;
  /** An interchange column (or a reference file's column), or 'row'/'file' for the whole row or file. */
  column: string;
  message: string;
  value?: string;
}

const MAX_SHOWN_VALUE = 80;

/** `line N, column C: what is wrong ("value")`: the format the CLI prints and the HTTP API returns. */
export function formatRowProblem(problem: RowProblem): string {
  const where =
    problem.column === 'row' || problem.column === 'file'
      ? `line ${problem.line}`
      : `line ${problem.line}, column ${problem.column}`;
  if (problem.value === undefined) return `${where}: ${problem.message}`;
  const shown = problem.value.length > MAX_SHOWN_VALUE ? `${problem.value.slice(0, MAX_SHOWN_VALUE)}…` : problem.value;
  return `${where}: ${problem.message} (${JSON.stringify(shown)})`;
}
