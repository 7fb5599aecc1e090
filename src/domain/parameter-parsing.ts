import type { z } from 'zod';
import { InputProblem, InvalidInputError } from './errors';
import { unstorableTextProblem } from './storable-text';

/**
 * Parses request parameters (an HTTP query string or CLI options) with a zod schema and turns
 * every problem into an InputProblem naming the parameter and the value it was given, so that the
 * HTTP API and the CLI reject bad input with the same words.
 */
export function parseParameters<Schema extends z.ZodType>(
  schema: Schema,
  raw: Record<string, unknown>,
): z.output<Schema> {
  const repeated = Object.entries(raw).filter(([, value]) => Array.isArray(value));
  if (repeated.length > 0) {
    throw invalidParameters(
      repeated.map(([parameter, value]) => ({
        parameter,
        value,
        message: 'given more than once; give it once (lists are comma-separated)',
      })),
    );
  }
  const unstorable = Object.entries(raw).flatMap(([parameter, value]) => {
    const message = typeof value === 'string' ? unstorableTextProblem(value) : null;
    return message === null ? [] : [{ parameter, value, message }];
  });
  if (unstorable.length > 0) throw invalidParameters(unstorable);
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw invalidParameters(
    result.error.issues.flatMap((issue): InputProblem[] => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((parameter) => ({ parameter, value: raw[parameter], message: 'unknown parameter' }));
      }
      const parameter = String(issue.path[0] ?? '');
      return [{ parameter, value: raw[parameter], message: issue.message }];
    }),
  );
}

export function invalidParameters(problems: InputProblem[]): InvalidInputError {
  const summary = problems.map((problem) => `${problem.parameter}: ${problem.message}`).join('; ');
  return new InvalidInputError(`invalid parameter: ${summary}`, problems);
}
