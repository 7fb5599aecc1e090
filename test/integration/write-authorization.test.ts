import { Writable } from 'node:stream';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../src/app/create-app';
import { createLogger } from '../../src/logging/logger';
import type { WriteRoute } from '../../src/http/routes/route';
import { WRITE_ROUTES } from '../../src/http/routes/writes/write-routes';
import { createToken, revokeToken } from '../../src/services/api-tokens';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { bearer, createTestTokens, TestTokens } from '../support/editing';
import { snapshotDatabase } from '../support/snapshot';

/** A URL for the route; the records need not exist, as the token is checked before anything else. */
function urlOf(route: WriteRoute): string {
  return `/api/v1${route.path.replace('{id}', '00000000-0000-4000-8000-000000000000').replace('{slug}', 'some-organization')}`;
}

function send(app: Express, route: WriteRoute, headers: Record<string, string> = {}) {
  return request(app)[route.method](urlOf(route)).set(headers).send({});
}

describe('writes need a bearer token with a sufficient role; reads stay public', () => {
  let testDb: TestDatabase;
  let app: Express;
  let tokens: TestTokens;
  let revoked: string;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    tokens = await createTestTokens(testDb.db);
    revoked = (await createToken(testDb.db, 'former-editor', 'admin')).token;
    await revokeToken(testDb.db, 'former-editor');
    app = buildTestApp(testDb.db);
  });
  afterAll(() => testDb.destroy());

  it.each(WRITE_ROUTES.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const))(
    '%s: 401 without a token, with a malformed, unknown or revoked one; nothing written',
    async (_name, route) => {
      const before = await snapshotDatabase(testDb.db);
      const missing = await send(app, route);
      expect(missing.status).toBe(401);
      expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(missing.body).toMatchObject({ status: 401, code: 'unauthorized' });
      expect(missing.headers['www-authenticate']).toBe('Bearer realm="ngo-tracker"');
      for (const header of [{ Authorization: 'Basic dXNlcjpwYXNz' }])
        expect((await send(app, route, header)).status).toBe(401);
      const unknownToken = tokens.editor.slice(0, -4) + 'AAAA';
      for (const token of ['not-a-token', unknownToken, revoked]) {
        const response = await send(app, route, bearer(token));
        expect(response.status).toBe(401);
        expect(response.headers['www-authenticate']).toBe('Bearer realm="ngo-tracker", error="invalid_token"');
      }
      expect(await snapshotDatabase(testDb.db)).toEqual(before);
    },
  );

  it.each(
    WRITE_ROUTES.filter((route) => route.role === 'admin').map(
      (route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const,
    ),
  )('%s needs an admin: 403 for an editor', async (_name, route) => {
    const response = await send(app, route, bearer(tokens.editor));
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ status: 403, code: 'forbidden' });
    expect(response.headers['www-authenticate']).toBe('Bearer realm="ngo-tracker", error="insufficient_scope"');
  });

  it.each(WRITE_ROUTES.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const))(
    '%s lets a token of its role (or an admin) past authorization',
    async (_name, route) => {
      for (const token of route.role === 'editor' ? [tokens.editor, tokens.admin] : [tokens.admin]) {
        expect([401, 403]).not.toContain((await send(app, route, bearer(token))).status);
      }
    },
  );

  it('the role split is the documented one: editors curate, admins also merge and import', () => {
    const adminOnly = WRITE_ROUTES.filter((route) => route.role === 'admin').map(
      (route) => `${route.method} ${route.path}`,
    );
    expect(adminOnly.sort()).toEqual(['post /import', 'post /organizations/{slug}/merge']);
  });

  it('reads need no token', async () => {
    expect((await request(app).get('/api/v1/designations')).status).toBe(200);
    expect((await request(app).get('/api/v1/changes')).status).toBe(200);
  });

  it('never logs a token', async () => {
    let logged = '';
    const logger = createLogger(
      'info',
      new Writable({ write: (chunk, _encoding, done) => ((logged += chunk), done()) }),
    );
    const logging = createApp({ db: testDb.db, logger });
    await request(logging)
      .post('/api/v1/organizations')
      .set(bearer(tokens.editor))
      .send({ name: 'Logged Org', kind: 'ngo' });
    await request(logging).post('/api/v1/import').set(bearer(tokens.editor)).send('x');
    expect(logged).toContain('[redacted]');
    expect(logged).not.toContain(tokens.editor);
    expect(logged).not.toContain(tokens.editor.slice(4, 20));
  });
});
