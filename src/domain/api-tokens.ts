/**
 * API tokens (pure: no I/O). A token is `ngo_<selector>_<secret>`: 16 hex digits that find the
 * token's row, then 32 random bytes in base64url. Only the SHA-256 of the whole token is stored;
 * the row found by the selector is then checked by comparing hashes in constant time, so response
 * times say nothing about how much of a guessed token was right.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_ROLES = ['editor', 'admin'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

/** An admin may do everything an editor may. */
export function roleAllows(role: TokenRole, required: TokenRole): boolean {
  return TOKEN_ROLES.indexOf(role) >= TOKEN_ROLES.indexOf(required);
}

/** Actors of the paths that have no token; a token may not take one of these names. */
export const RESERVED_ACTORS = ['cli', 'seed', 'import', 'migration', 'system'] as const;

const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;
const TOKEN = /^ngo_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** Why `name` cannot name a token, or null. The name is what revisions record as the actor. */
export function tokenNameProblem(name: string): string | null {
  if (!NAME.test(name))
    return 'must be 1-63 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit';
  if ((RESERVED_ACTORS as readonly string[]).includes(name))
    return `is reserved for changes made without a token (${RESERVED_ACTORS.join(', ')})`;
  return null;
}

export interface NewToken {
  token: string;
  selector: string;
  hash: string;
}

export function generateToken(): NewToken {
  const selector = randomBytes(8).toString('hex');
  const token = `ngo_${selector}_${randomBytes(32).toString('base64url')}`;
  return { token, selector, hash: hashToken(token) };
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The selector of a well-formed token, or null for anything else. */
export function tokenSelector(token: string): string | null {
  return TOKEN.exec(token)?.[1] ?? null;
}

export function tokenMatchesHash(token: string, storedHash: string): boolean {
  return timingSafeEqual(Buffer.from(hashToken(token), 'hex'), Buffer.from(storedHash, 'hex'));
}
