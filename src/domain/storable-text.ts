/**
 * Text the database can hold. PostgreSQL's `text` cannot contain U+0000 (it fails the whole
 * statement with SQLSTATE 22021), and a string with an unpaired UTF-16 surrogate (possible in JSON,
 * `"\ud800"`) has no UTF-8 form: the driver would silently store U+FFFD instead. Both are refused
 * at the edge, naming the parameter, instead of failing deep inside a write or changing the text.
 */

// With the `u` flag a surrogate range matches only surrogates that are not half of a pair.
const UNPAIRED_SURROGATE = /[\uD800-\uDFFF]/u;

/** Why `text` cannot be stored as it is, or null when it can. */
export function unstorableTextProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000), which text cannot hold';
  if (UNPAIRED_SURROGATE.test(text)) return 'contains an unpaired UTF-16 surrogate, which is not Unicode text';
  return null;
}

/** Every string inside a parsed JSON value that cannot be stored, with its dotted path (e.g. `names.2.name`). */
export function unstorableStrings(
  value: unknown,
  path: (string | number)[] = [],
): { path: string; value: string; problem: string }[] {
  if (typeof value === 'string') {
    const problem = unstorableTextProblem(value);
    return problem === null ? [] : [{ path: path.join('.'), value, problem }];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableStrings(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => unstorableStrings(item, [...path, key]));
  }
  return [];
}
