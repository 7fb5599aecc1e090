import type { Command } from 'commander';
import type { z } from 'zod';
import { InvalidInputError } from '../domain/errors';
import { parseParameters } from '../domain/parameter-parsing';

/**
 * The common designation filters as command-line flags, named after the HTTP parameters
 * (`--as-of` for `as_of`), and parsed by the same schemas, so the CLI accepts and rejects exactly
 * what the API does.
 */
export function addDesignationFilterOptions(command: Command): Command {
  return command
    .option('--q <name>', 'organization name, fuzzy (any alias, script or transliteration)')
    .option('--organization <slug>', 'organization slug')
    .option('--family', 'with --organization: its whole family')
    .option('--jurisdiction <codes>', 'comma-separated ISO 3166-1 alpha-2 codes, e.g. RU,BY')
    .option('--measure <measures>', 'comma-separated measures, e.g. undesirable_designation')
    .option('--law <slug>', 'law slug')
    .option('--law-family <families>', 'comma-separated law families (any of them), e.g. foreign_agent')
    .option('--reason <tags>', 'comma-separated reason tags (any of them)')
    .option('--status <status>', 'active or ended')
    .option('--from <date>', 'decided on or after: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--to <date>', 'decided on or before: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--as-of <date>', 'in force on that date');
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const flagOf = (parameter: string) => `--${parameter.replace(/_/g, '-')}`;

/**
 * Parses commander's options (camelCase; `true` for a bare flag) with an HTTP parameter schema.
 * Options listed in `ignore` (such as --json) are the command's own; errors name the flags.
 */
export function parseOptions<Schema extends z.ZodType>(
  schema: Schema,
  options: Record<string, unknown>,
  ignore: string[] = [],
): z.output<Schema> {
  const raw = Object.fromEntries(
    Object.entries(options)
      .filter(([name, value]) => value !== undefined && !ignore.includes(name))
      .map(([name, value]) => [snakeCase(name), value === true ? 'true' : value]),
  );
  try {
    return parseParameters(schema, raw);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    const problems = error.problems.map((problem) => ({
      ...problem,
      parameter: problem.parameter && flagOf(problem.parameter),
    }));
    const summary = problems
      .map((problem) => `${problem.parameter} ${JSON.stringify(problem.value)}: ${problem.message}`)
      .join('; ');
    throw new InvalidInputError(summary, problems);
  }
}
