import type { z } from 'zod';
import { InputProblem, InvalidInputError } from './errors';
import { reportableValue } from './reportable-value';
import { unstorableStrings } from './storable-text';

/**
 * Parses a JSON request body with a zod schema; every problem names the field (a dotted path for
 * nested ones, e.g. `names.2.kind`) and the value given, like parseParameters does for query strings.
 */
export function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown, what: string): z.output<Schema> {
  const result = schema.safeParse(body ?? {});
  if (result.success) {
    // Checked on what the schema accepted: its shape is known, however deep or odd the raw body was.
    const unstorable = unstorableStrings(result.data);
    if (unstorable.length === 0) return result.data;
    throw invalidFields(
      what,
      unstorable.map(({ path, value, problem }) => ({ parameter: path, value, message: problem })),
    );
  }
  throw invalidFields(
    what,
    result.error.issues.flatMap((issue): InputProblem[] => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({ parameter: [...issue.path, key].join('.'), message: 'unknown field' }));
      }
      const parameter = issue.path.join('.');
      return [
        {
          ...(parameter ? { parameter, value: reportableValue(valueAt(body, issue.path)) } : {}),
          message: issue.message,
        },
      ];
    }),
  );
}

/** A 400 for a request body: `invalid <what>: field: why; ...`. */
export function invalidFields(what: string, problems: InputProblem[]): InvalidInputError {
  const summary = problems
    .map((problem) => (problem.parameter ? `${problem.parameter}: ${problem.message}` : problem.message))
    .join('; ');
  return new InvalidInputError(`invalid ${what}: ${summary}`, problems);
}

function valueAt(body: unknown, path: PropertyKey[]): unknown {
  let value = body;
  for (const key of path)
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}
