/**
 * A value echoed back in a problem report must be writable as JSON. JSON.parse reads arrays and
 * objects nested thousands deep that JSON.stringify cannot write back (it runs out of stack), so
 * such a value is described instead of echoed.
 */
export function reportableValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  try {
    JSON.stringify(value);
    return value;
  } catch {
    return Array.isArray(value) ? '[an array nested too deeply to show]' : '{an object nested too deeply to show}';
  }
}
