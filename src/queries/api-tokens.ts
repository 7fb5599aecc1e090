import type { Knex } from 'knex';
import type { ApiTokensTable } from '../db/tables';
import type { TokenRole } from '../domain/api-tokens';

export type TokenRow = Pick<ApiTokensTable, 'name' | 'role' | 'token_hash' | 'created_at' | 'revoked_at'>;

export async function insertToken(
  db: Knex,
  token: { name: string; role: TokenRole; selector: string; hash: string },
): Promise<TokenRow> {
  const [row] = await db('api_tokens')
    .insert({ name: token.name, role: token.role, selector: token.selector, token_hash: token.hash })
    .returning(['name', 'role', 'token_hash', 'created_at', 'revoked_at']);
  return row;
}

export async function findTokenBySelector(db: Knex, selector: string): Promise<TokenRow | undefined> {
  return db('api_tokens').where({ selector }).first('name', 'role', 'token_hash', 'created_at', 'revoked_at');
}

export async function findTokenByName(db: Knex, name: string): Promise<TokenRow | undefined> {
  return db('api_tokens').where({ name }).first('name', 'role', 'token_hash', 'created_at', 'revoked_at');
}

export async function listTokenRows(db: Knex): Promise<TokenRow[]> {
  return db('api_tokens').orderBy('name').select('name', 'role', 'token_hash', 'created_at', 'revoked_at');
}

/** Revokes the token if it is not revoked yet; true when this call revoked it. */
export async function revokeTokenRow(db: Knex, name: string): Promise<boolean> {
  return (await db('api_tokens').where({ name }).whereNull('revoked_at').update({ revoked_at: db.fn.now() })) > 0;
}
