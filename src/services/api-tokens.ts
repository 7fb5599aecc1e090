import type { Knex } from 'knex';
import {
  generateToken,
  roleAllows,
  TokenRole,
  tokenMatchesHash,
  tokenNameProblem,
  tokenSelector,
} from '../domain/api-tokens';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError } from '../domain/errors';
import { invalidParameters } from '../domain/parameter-parsing';
import {
  findTokenByName,
  findTokenBySelector,
  insertToken,
  listTokenRows,
  revokeTokenRow,
  TokenRow,
} from '../queries/api-tokens';

export interface TokenSummary {
  name: string;
  role: TokenRole;
  created_at: string;
  revoked_at: string | null;
}

/** The token itself is in this answer only: it is not stored, only its hash. */
export interface CreatedToken extends TokenSummary {
  token: string;
}

export async function createToken(db: Knex, name: string, role: TokenRole): Promise<CreatedToken> {
  const problem = tokenNameProblem(name);
  if (problem) throw invalidParameters([{ parameter: 'name', value: name, message: problem }]);
  if (await findTokenByName(db, name))
    throw new ConflictError(`a token named ${name} exists already (names are never reused, even once revoked)`);
  const generated = generateToken();
  const row = await insertToken(db, { name, role, selector: generated.selector, hash: generated.hash });
  return { ...summaryOf(row), token: generated.token };
}

export async function listTokens(db: Knex): Promise<TokenSummary[]> {
  return (await listTokenRows(db)).map(summaryOf);
}

/** Revokes the named token; false when it was revoked already. */
export async function revokeToken(db: Knex, name: string): Promise<boolean> {
  if (!(await findTokenByName(db, name))) throw new NotFoundError(`no token is named ${name}`);
  return revokeTokenRow(db, name);
}

export interface Caller {
  name: string;
  role: TokenRole;
}

/** The caller a bearer token stands for; UnauthorizedError when it is malformed, unknown or revoked. */
export async function authenticate(db: Knex, token: string): Promise<Caller> {
  const selector = tokenSelector(token);
  const row = selector === null ? undefined : await findTokenBySelector(db, selector);
  if (!row || row.revoked_at !== null || !tokenMatchesHash(token, row.token_hash)) {
    throw new UnauthorizedError('the bearer token is not valid (unknown, malformed or revoked)');
  }
  return { name: row.name, role: row.role };
}

export function assertRole(caller: Caller, required: TokenRole): void {
  if (!roleAllows(caller.role, required)) {
    throw new ForbiddenError(
      `this needs a token with the ${required} role; the token ${caller.name} has the ${caller.role} role`,
    );
  }
}

function summaryOf(row: TokenRow): TokenSummary {
  return {
    name: row.name,
    role: row.role,
    created_at: new Date(row.created_at).toISOString(),
    revoked_at: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
  };
}
