import { TOKEN_ROLES, TokenRole } from '../domain/api-tokens';
import { InvalidInputError } from '../domain/errors';
import { isOneOf } from '../domain/vocabularies';
import { createToken, listTokens, revokeToken } from '../services/api-tokens';
import { withDatabase } from '../app/database';
import { renderTable } from './text-table';

/** `ngo-tracker tokens create --name NAME --role ROLE`: prints the token once. */
export async function runTokensCreate(options: { name: string; role: string }): Promise<void> {
  if (!isOneOf(TOKEN_ROLES, options.role))
    throw new InvalidInputError(`--role must be one of ${TOKEN_ROLES.join(', ')}, not ${options.role}`);
  const created = await withDatabase((db) => createToken(db, options.name, options.role as TokenRole));
  process.stderr.write(`token ${created.name} (${created.role}) created; it is shown this once, store it now:\n`);
  process.stdout.write(`${created.token}\n`);
}

/** `ngo-tracker tokens list`. */
export async function runTokensList(): Promise<void> {
  const rows = await withDatabase((db) => listTokens(db));
  const cells = rows.map((row) => [row.name, row.role, row.created_at, row.revoked_at ?? '']);
  process.stdout.write(renderTable(['name', 'role', 'created', 'revoked'], cells));
}

/** `ngo-tracker tokens revoke NAME`. */
export async function runTokensRevoke(name: string): Promise<void> {
  const revoked = await withDatabase((db) => revokeToken(db, name));
  process.stdout.write(revoked ? `token ${name} revoked\n` : `token ${name} was already revoked\n`);
}
