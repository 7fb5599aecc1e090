import { VersionMismatchError } from '../../domain/errors';

/**
 * `expected` is the versions the caller's If-Match names (undefined: the caller did not say, which
 * only the routes that do not require If-Match allow). A stale version is a 412, never a silent
 * overwrite of someone else's change.
 */
export function assertExpectedVersion(what: string, current: number, expected: number[] | undefined): void {
  if (expected === undefined || expected.includes(current)) return;
  throw new VersionMismatchError(
    `${what} is at version ${current}, not ${expected.join(' or ') || 'the one given'}: it changed since you read it; read it again`,
  );
}
