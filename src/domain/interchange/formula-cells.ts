/**
 * Spreadsheet formula neutralization (docs/design.md, interchange format). A cell a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) is written with a leading `'`. Cells that already start
 * with `'` before such a character get one more, so that import, which removes exactly one `'`,
 * gives back the original value and export -> import -> export is byte-identical.
 */
const NEEDS_PREFIX = /^'*[=+\-@\t\r]/;

export function neutralizeFormula(value: string): string {
  return NEEDS_PREFIX.test(value) ? `'${value}` : value;
}

export function restoreFormula(value: string): string {
  return value.startsWith("'") && NEEDS_PREFIX.test(value.slice(1)) ? value.slice(1) : value;
}
