import request from 'supertest';
import { buildTestApp } from '../support/app';
import { runCli } from '../support/cli';
import { bearer } from '../support/editing';
import { fixturePath } from '../support/fixtures';
import { createProcessDatabase, ProcessDatabase } from '../support/process-database';
import { FIXTURE_SEED_DIR } from '../support/seed-fixture';

const TOKEN = /^ngo_[0-9a-f]{16}_([A-Za-z0-9_-]{43})$/;

describe('ngo-tracker tokens, import and seed, run as processes', () => {
  let database: ProcessDatabase;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    database = await createProcessDatabase();
    env = database.env;
  });
  afterAll(() => database.destroy());

  it('creates a token and prints it once; only its hash is stored; it authorizes writes until revoked', async () => {
    const created = await runCli(['tokens', 'create', '--name', 'editor-one', '--role', 'editor'], env);
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(TOKEN);
    expect(created.stderr).toBe('token editor-one (editor) created; it is shown this once, store it now:\n');

    const listed = await runCli(['tokens', 'list'], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^name\s+role\s+created\s+revoked\n-+/);
    expect(listed.stdout).toMatch(/\neditor-one\s+editor\s+\d{4}-\d\d-\d\dT[\d:.]+Z\n$/);
    expect(listed.stdout).not.toContain(token.slice(4));

    await database.use(async (db) => {
      const rows = await db('api_tokens').select('*');
      // The secret by the token's format: base64url may itself hold '_', so not what follows the last one.
      const secret = TOKEN.exec(token)![1];
      expect(JSON.stringify(rows)).not.toContain(secret);
      const app = buildTestApp(db);
      expect(
        (
          await request(app)
            .post('/api/v1/organizations')
            .set(bearer(token))
            .send({ name: 'Made By CLI Token', kind: 'ngo' })
        ).status,
      ).toBe(201);
    });

    expect(await runCli(['tokens', 'revoke', 'editor-one'], env)).toMatchObject({
      code: 0,
      stdout: 'token editor-one revoked\n',
    });
    expect(await runCli(['tokens', 'revoke', 'editor-one'], env)).toMatchObject({
      code: 0,
      stdout: 'token editor-one was already revoked\n',
    });
    expect((await runCli(['tokens', 'list'], env)).stdout).toMatch(/\neditor-one\s+editor\s+\S+Z\s+\S+Z\n$/);
    await database.use(async (db) => {
      const response = await request(buildTestApp(db))
        .post('/api/v1/organizations')
        .set(bearer(token))
        .send({ name: 'Too Late', kind: 'ngo' });
      expect(response.status).toBe(401);
    });
  });

  it('refuses a taken, reserved or malformed name, an unknown role, and revoking nothing: exit code 2', async () => {
    for (const args of [
      ['tokens', 'create', '--name', 'editor-one', '--role', 'admin'],
      ['tokens', 'create', '--name', 'cli', '--role', 'admin'],
      ['tokens', 'create', '--name', 'Has Spaces', '--role', 'admin'],
      ['tokens', 'create', '--name', 'someone', '--role', 'owner'],
      ['tokens', 'revoke', 'nobody'],
    ]) {
      const result = await runCli(args, env);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^ngo-tracker: /);
    }
  });

  it('records `cli` for an import and `seed` for the seed', async () => {
    expect((await runCli(['import', fixturePath('import', 'valid', 'hard-cases.csv')], env)).code).toBe(0);
    expect((await runCli(['seed', '--dir', FIXTURE_SEED_DIR], env)).code).toBe(0);
    await database.use(async (db) => {
      const actors = await db('revisions')
        .where('table_name', 'designations')
        .distinct('actor')
        .orderBy('actor')
        .pluck('actor');
      expect(actors).toEqual(['cli', 'seed']);
      const imported = await db('revisions')
        .where({ table_name: 'designations', record_id: 'aaaaaaaa-0000-4000-8000-000000000001' })
        .first('actor', 'action');
      expect(imported).toEqual({ actor: 'cli', action: 'create' });
    });
  });
});
