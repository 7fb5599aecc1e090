import type { Knex } from 'knex';

/**
 * Bearer tokens for writes. A token is `ngo_<selector>_<secret>`: the selector finds the row, and
 * only the SHA-256 of the whole token is kept, compared in constant time (src/domain/api-tokens.ts).
 * A revoked token keeps its row, so its name (the actor in revisions) is never given to another.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('api_tokens', (table) => {
    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    table.text('name').notNullable().unique();
    table.text('role').notNullable();
    table.text('selector').notNullable().unique();
    table.text('token_hash').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.timestamp('revoked_at', { useTz: true });
  });
  await knex.raw(`alter table api_tokens
    add constraint api_tokens_role_known check (role in ('editor', 'admin')),
    add constraint api_tokens_name_format check (name ~ '^[a-z0-9][a-z0-9._-]{0,62}$'),
    add constraint api_tokens_selector_format check (selector ~ '^[0-9a-f]{16}$'),
    add constraint api_tokens_hash_format check (token_hash ~ '^[0-9a-f]{64}$')`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('api_tokens');
}
