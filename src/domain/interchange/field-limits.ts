/**
 * Caps on interchange fields beyond the data model's own rules: validateRow enforces them for
 * every way a designation is written, and the OpenAPI document states them for the JSON bodies.
 */

/** Source URLs are unique, so indexed: a b-tree entry holds at most about 2.7 kB. */
export const MAX_URL_BYTES = 2000;

/**
 * Lists are written with one statement per batch of rows, and a statement takes at most 65,535
 * parameters: an import batch of 500 rows with 50 sources each stays below it.
 */
export const MAX_SOURCES = 50;

export const MAX_ALIASES = 500;
