import { ConfigError } from '../config/config';
import { InvalidInputError } from '../domain/errors';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Bad usage or bad input is the caller's to fix (2); anything else is a failure (1). */
export function exitCodeFor(error: unknown): number {
  return error instanceof ConfigError || error instanceof InvalidInputError ? EXIT_USAGE : EXIT_FAILURE;
}
