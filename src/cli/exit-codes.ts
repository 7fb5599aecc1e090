import { ConfigError } from '../config/config';
import { ConflictError, InvalidInputError, NotFoundError } from '../domain/errors';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Bad usage or bad input (naming nothing, or something that exists already) is the caller's to fix (2); anything else is a failure (1). */
export function exitCodeFor(error: unknown): number {
  const isInputToFix = [ConfigError, InvalidInputError, NotFoundError, ConflictError].some(
    (kind) => error instanceof kind,
  );
  return isInputToFix ? EXIT_USAGE : EXIT_FAILURE;
}
