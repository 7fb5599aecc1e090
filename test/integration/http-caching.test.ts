import request from 'supertest';
import type { Express } from 'express';
import { buildTestApp, seededTestAppWithTokens } from '../support/app';
import { TestDatabase } from '../support/database';
import { bearer, TestTokens } from '../support/editing';

const PUBLIC = 'public, max-age=60, stale-while-revalidate=300';
const STRONG_TAG = /^"(\d+\.)?\d+-[0-9a-f]{16}"$/;
// supertest listens on a new port for each request, and the tag names the origin (the feed's
// links are absolute): a fixed Host makes the requests of a test the same origin.
const HOST = 'tracker.example';

describe('HTTP caching: ETags from the data version, 304s, Cache-Control', () => {
  let testDb: TestDatabase;
  let app: Express;
  let tokens: TestTokens;
  beforeAll(async () => ({ testDb, app, tokens } = await seededTestAppWithTokens()));
  afterAll(() => testDb.destroy());

  const SURFACES = [
    ['API JSON', '/api/v1/designations?jurisdiction=RU&limit=5'],
    ['a versioned record', '/api/v1/organizations/human-rights-watch'],
    ['CSV export', '/api/v1/designations.csv?jurisdiction=RU'],
    ['NDJSON export', '/api/v1/designations.ndjson?jurisdiction=RU'],
    ['FtM export', '/api/v1/entities.ftm.ndjson?jurisdiction=RU'],
    ['web page', '/organizations/human-rights-watch'],
    ['feed', '/feed.atom'],
  ];

  it.each(SURFACES)(
    '%s: a strong ETag and public Cache-Control; repeated with If-None-Match it is a 304 with no body',
    async (_name, path) => {
      const first = await request(app).get(path).set('Host', HOST);
      expect(first.status).toBe(200);
      expect(first.headers.etag).toMatch(STRONG_TAG);
      expect(first.headers['cache-control']).toBe(PUBLIC);
      const again = await request(app).get(path).set('Host', HOST).set('If-None-Match', first.headers.etag);
      expect([again.status, again.text ?? '', again.headers.etag, again.headers['cache-control']]).toEqual([
        304,
        '',
        first.headers.etag,
        PUBLIC,
      ]);
      const head = await request(app).head(path).set('Host', HOST).set('If-None-Match', first.headers.etag);
      expect(head.status).toBe(304);
    },
  );

  it('a 304 costs the data version lookup alone: the read itself never runs', async () => {
    const path = '/api/v1/designations.csv?jurisdiction=RU';
    const { headers } = await request(app).get(path).set('Host', HOST);
    const queries: string[] = [];
    const count = (query: { sql: string }) => queries.push(query.sql);
    testDb.db.on('query', count);
    try {
      expect((await request(app).get(path).set('Host', HOST).set('If-None-Match', headers.etag)).status).toBe(304);
    } finally {
      testDb.db.removeListener('query', count);
    }
    expect(queries).toHaveLength(1);
    expect(queries[0]).toContain('revision_commits');
  });

  it('the tag names the request: another query, the BOM variant of a CSV, or another origin is another tag', async () => {
    const tagOf = async (path: string, host = 'example.org') =>
      (await request(app).get(path).set('Host', HOST).set('Host', host)).headers.etag;
    const base = await tagOf('/api/v1/designations.csv?jurisdiction=RU');
    expect(await tagOf('/api/v1/designations.csv?jurisdiction=RU&bom=true')).not.toBe(base);
    expect(await tagOf('/api/v1/designations.csv?jurisdiction=BY')).not.toBe(base);
    expect(await tagOf('/feed.atom', 'a.example')).not.toBe(await tagOf('/feed.atom', 'b.example'));
    const elsewhere = await request(app)
      .get('/api/v1/designations.csv?jurisdiction=BY')
      .set('Host', 'example.org')
      .set('If-None-Match', base);
    expect(elsewhere.status).toBe(200);
  });

  it('after a write the same GET is a 200 with a new ETag; the write itself is private, no-store, with the new data version', async () => {
    const paths = [
      '/api/v1/organizations/human-rights-watch',
      '/api/v1/designations.csv?jurisdiction=RU',
      '/organizations/human-rights-watch',
      '/feed.atom',
    ];
    const before = await Promise.all(paths.map((path) => request(app).get(path).set('Host', HOST)));
    const changed = await request(app)
      .patch('/api/v1/organizations/human-rights-watch')
      .set(bearer(tokens.editor))
      .set('If-Match', before[0].headers.etag)
      .send({ hq_country: 'GB' });
    expect(changed.status).toBe(200);
    expect(changed.headers['cache-control']).toBe('private, no-store');
    expect(BigInt(changed.headers['x-data-version'])).toBeGreaterThan(BigInt(before[0].headers['x-data-version']));
    for (const [index, path] of paths.entries()) {
      const after = await request(app).get(path).set('Host', HOST).set('If-None-Match', before[index].headers.etag);
      expect([path, after.status]).toEqual([path, 200]);
      expect(after.headers.etag).not.toBe(before[index].headers.etag);
      expect(after.headers['x-data-version']).toBe(changed.headers['x-data-version']);
    }
  });

  it('a read sent with credentials is private, no-store; errors and redirects carry no ETag and are not stored', async () => {
    const withToken = await request(app).get('/api/v1/designations?limit=1').set(bearer(tokens.editor));
    expect([withToken.status, withToken.headers['cache-control']]).toEqual([200, 'private, no-store']);
    const missing = await request(app).get('/api/v1/organizations/no-such-organization');
    expect([missing.status, missing.headers.etag, missing.headers['cache-control']]).toEqual([
      404,
      undefined,
      'no-store',
    ]);
    const refused = await request(app).post('/api/v1/organizations').send({});
    expect([refused.status, refused.headers['cache-control']]).toEqual([401, 'private, no-store']);
  });

  it('Vary: Origin when CORS names origins; the service compresses nothing, so no Vary: Accept-Encoding', async () => {
    const corsApp = buildTestApp(testDb.db, { cors: { origins: ['https://reader.example'], allowWrites: false } });
    const response = await request(corsApp)
      .get('/api/v1/designations?limit=1')
      .set('Host', HOST)
      .set('Origin', 'https://reader.example');
    expect(response.headers.vary).toBe('Origin');
    expect(response.headers['content-encoding']).toBeUndefined();
    const again = await request(corsApp)
      .get('/api/v1/designations?limit=1')
      .set('Host', HOST)
      .set('Origin', 'https://reader.example')
      .set('If-None-Match', response.headers.etag);
    expect([again.status, again.headers.vary, again.headers['access-control-allow-origin']]).toEqual([
      304,
      'Origin',
      'https://reader.example',
    ]);
  });

  it('Cache-Control values come from the settings', async () => {
    const shortApp = buildTestApp(testDb.db, { cacheControl: { maxAgeSeconds: 5, staleWhileRevalidateSeconds: 0 } });
    expect((await request(shortApp).get('/feed.atom')).headers['cache-control']).toBe(
      'public, max-age=5, stale-while-revalidate=0',
    );
  });
});
