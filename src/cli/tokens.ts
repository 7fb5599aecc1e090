import type { Command } from 'commander';
import { TOKEN_ROLES, TokenRole } from '../domain/api-tokens';
import { InvalidInputError } from '../domain/errors';
import { isOneOf } from '../domain/vocabularies';
import { createToken, listTokens, revokeToken } from '../services/api-tokens';
import { withDatabase } from './database';
import { renderTable } from './text-table';

export function registerTokens(program: Command): void {
  const tokens = program.command('tokens').description('manage the bearer tokens that authorize writes over HTTP');
  tokens
    .command('create')
    .description('create a token and print it once (only its hash is stored)')
    .requiredOption('--name <name>', 'who the token is for; revisions record this name as the actor')
    .requiredOption('--role <role>', `one of: ${TOKEN_ROLES.join(', ')} (admin may also merge organizations and import)`)
    .action(async (options: { name: string; role: string }) => {
      if (!isOneOf(TOKEN_ROLES, options.role)) throw new InvalidInputError(`--role must be one of ${TOKEN_ROLES.join(', ')}, not ${options.role}`);
      const created = await withDatabase((db) => createToken(db, options.name, options.role as TokenRole));
      process.stderr.write(`token ${created.name} (${created.role}) created; it is shown this once, store it now:\n`);
      process.stdout.write(`${created.token}\n`);
    });
  tokens
    .command('list')
    .description('list tokens: name, role, when created and revoked (never the tokens themselves)')
    .action(async () => {
      const rows = await withDatabase((db) => listTokens(db));
      const cells = rows.map((row) => [row.name, row.role, row.created_at, row.revoked_at ?? '']);
      process.stdout.write(renderTable(['name', 'role', 'created', 'revoked'], cells));
    });
  tokens
    .command('revoke')
    .description('revoke a token: it stops working at once; its name stays in the history')
    .argument('<name>', 'the token name')
    .action(async (name: string) => {
      const revoked = await withDatabase((db) => revokeToken(db, name));
      process.stdout.write(revoked ? `token ${name} revoked\n` : `token ${name} was already revoked\n`);
    });
  for (const command of tokens.commands) command.exitOverride().showHelpAfterError();
}
