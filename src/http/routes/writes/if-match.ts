import { PreconditionRequiredError } from '../../../domain/errors';

export type IfMatchRule = 'required' | 'optional' | 'none';

/** The strong entity tag of a version: `"3"`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * The versions an If-Match header names (RFC 9110: a comma-separated list of entity tags), for
 * optimistic concurrency. A tag that is not one of ours matches no version (a 412 later); weak
 * tags never match, as RFC 9110 says for If-Match. `*` would match any version, which would let a
 * stale write through, so it is refused like a missing header.
 */
export function expectedVersions(header: string | undefined, rule: IfMatchRule): number[] | undefined {
  if (rule === 'none') return undefined;
  const value = header?.trim() ?? '';
  if (value === '') {
    if (rule === 'optional') return undefined;
    throw new PreconditionRequiredError(
      'this change needs If-Match with the ETag of the version you read (GET it first)',
    );
  }
  if (value === '*')
    throw new PreconditionRequiredError(
      'If-Match: * would overwrite whatever is there now: send the ETag of the version you read',
    );
  return value.split(',').flatMap((tag) => {
    // A write answers `"3"`; a GET of the record `"3.<data version>-<request hash>"` (conditional-reads.ts).
    const version = /^"(\d{1,9})(?:\.\d{1,20}-[0-9a-f]{16})?"$/.exec(tag.trim())?.[1];
    return version === undefined ? [] : [Number(version)];
  });
}
