import request from 'supertest';
import type { Express } from 'express';
import { importDesignations } from '../../src/services/import/import-designations';
import { buildTestApp, NO_RATE_LIMITS } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { bearer, createTestTokens, designationBody, TestTokens } from '../support/editing';
import { fileInput, fixturePath } from '../support/fixtures';
import { snapshotDatabase } from '../support/snapshot';

/** Each test builds its own app, so its counters start at zero. */
describe('per-client rate limits', () => {
  let testDb: TestDatabase;
  let tokens: TestTokens;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    await importDesignations(testDb.db, fileInput(fixturePath('import', 'valid', 'hard-cases.csv')));
    tokens = await createTestTokens(testDb.db);
  });
  afterAll(() => testDb.destroy());

  const appWith = (limits: Partial<typeof NO_RATE_LIMITS>, trustProxy: false | number = false): Express =>
    buildTestApp(testDb.db, { rateLimits: { ...NO_RATE_LIMITS, ...limits }, trustProxy });

  function expectTooManyRequests(response: request.Response, bucket: string): void {
    expect(response.status).toBe(429);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      type: '/problems/too-many-requests',
      title: 'Too Many Requests',
      status: 429,
      code: 'too_many_requests',
    });
    expect(response.body.detail).toContain(bucket);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(response.headers['ratelimit']).toMatch(new RegExp(`"${bucket}"; r=0; t=\\d+`));
  }

  it('counts reads per minute with RateLimit headers (IETF draft 8), then answers 429 problem+json with Retry-After', async () => {
    const app = appWith({ reads: 3 });
    const first = await request(app).get('/api/v1/laws');
    expect(first.status).toBe(200);
    expect(first.headers['ratelimit']).toMatch(/^"reads"; r=2; t=\d+$/);
    expect(first.headers['ratelimit-policy']).toMatch(/^"reads"; q=3; w=60; pk=:[^:]+:$/);
    expect((await request(app).get('/api/v1/designations')).status).toBe(200);
    expect((await request(app).get('/')).status).toBe(200);
    const refused = await request(app).get('/api/v1/jurisdictions');
    expectTooManyRequests(refused, 'reads');
    expect(refused.body.detail).toBe(
      `more than 3 reads a minute from this address; try again in ${refused.headers['retry-after']} seconds`,
    );
    // Web pages and the feed are reads too.
    expectTooManyRequests(await request(app).get('/feed.atom'), 'reads');
    expectTooManyRequests(await request(app).get('/search?q=memorial'), 'reads');
  });

  it('never limits health probes, static assets or the API description', async () => {
    const app = appWith({ reads: 1 });
    await request(app).get('/api/v1/laws');
    expectTooManyRequests(await request(app).get('/api/v1/laws'), 'reads');
    for (const path of [
      '/healthz',
      '/readyz',
      '/assets/site.css',
      '/api/openapi.json',
      '/api/docs',
      '/api/docs/assets/swagger-ui.css',
    ]) {
      const response = await request(app).get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.headers['ratelimit']).toBeUndefined();
    }
  });

  it('counts writes apart from reads, and a refused write writes nothing', async () => {
    const app = appWith({ reads: 100, writes: 2 });
    const editor = bearer(tokens.editor);
    expect(
      (
        await request(app)
          .post('/api/v1/designations')
          .set(editor)
          .send(designationBody({ decided_on: '2024-03-01' }))
      ).status,
    ).toBe(201);
    const second = await request(app)
      .post('/api/v1/designations')
      .set(editor)
      .send(designationBody({ decided_on: '2024-03-02' }));
    expect(second.status).toBe(201);
    expect(second.headers['ratelimit']).toMatch(/^"writes"; r=0; t=\d+$/);
    const before = await snapshotDatabase(testDb.db);
    expectTooManyRequests(
      await request(app)
        .post('/api/v1/designations')
        .set(editor)
        .send(designationBody({ decided_on: '2024-03-03' })),
      'writes',
    );
    expectTooManyRequests(await request(app).delete(`/api/v1/designations/${second.body.id}`).set(editor), 'writes');
    expect(await snapshotDatabase(testDb.db)).toEqual(before);
    const read = await request(app).get('/api/v1/laws');
    expect(read.status).toBe(200);
    expect(read.headers['ratelimit']).toMatch(/^"reads"; r=99; t=\d+$/);
  });

  it('counts an export as a read and as an export, and limits exports apart', async () => {
    const app = appWith({ reads: 100, exports: 1 });
    const first = await request(app).get('/api/v1/designations.csv');
    expect(first.status).toBe(200);
    expect(first.headers['ratelimit']).toMatch(/^"reads"; r=99; t=\d+, "exports"; r=0; t=\d+$/);
    expectTooManyRequests(await request(app).get('/api/v1/designations.ndjson'), 'exports');
    // A respelt path that express would route to the same export is counted the same.
    expectTooManyRequests(await request(app).get('/API/V1/Designations.CSV'), 'exports');
    expectTooManyRequests(await request(app).get('/api/v1/datapackage.zip'), 'exports');
    expect((await request(app).get('/api/v1/designations')).status).toBe(200);
  });

  it('keeps one count per client address; X-Forwarded-For names the client only behind a trusted proxy', async () => {
    const direct = appWith({ reads: 1 });
    await request(direct).get('/api/v1/laws').set('X-Forwarded-For', '203.0.113.1');
    // Without TRUST_PROXY the header is the client's word: it cannot buy a fresh count.
    expectTooManyRequests(await request(direct).get('/api/v1/laws').set('X-Forwarded-For', '203.0.113.2'), 'reads');

    const proxied = appWith({ reads: 1 }, 1);
    expect((await request(proxied).get('/api/v1/laws').set('X-Forwarded-For', '203.0.113.1')).status).toBe(200);
    expectTooManyRequests(await request(proxied).get('/api/v1/laws').set('X-Forwarded-For', '203.0.113.1'), 'reads');
    expect((await request(proxied).get('/api/v1/laws').set('X-Forwarded-For', '203.0.113.2')).status).toBe(200);
  });

  it('sends no RateLimit header when every limit is 0 (the test default)', async () => {
    const response = await request(buildTestApp(testDb.db)).get('/api/v1/laws');
    expect(response.status).toBe(200);
    expect(response.headers['ratelimit']).toBeUndefined();
    expect(response.headers['ratelimit-policy']).toBeUndefined();
  });
});
