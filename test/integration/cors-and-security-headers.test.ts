import request from 'supertest';
import type { Express } from 'express';
import { importDesignations } from '../../src/services/import/import-designations';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { bearer, createTestTokens, designationBody, TestTokens } from '../support/editing';
import { fileInput, fixturePath } from '../support/fixtures';

const READER = 'https://reader.example';
const MEMORIAL = 'aaaaaaaa-0000-4000-8000-000000000002';
const SITE_POLICY =
  "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;object-src 'none';base-uri " +
  "'none';form-action 'self';frame-ancestors 'none'";

function allowHeaders(response: request.Response): string[] {
  return Object.keys(response.headers).filter((name) => name.startsWith('access-control-allow'));
}

/** How many times the response carries a header (supertest joins repeated headers into one value). */
function headerCount(response: request.Response, name: string): number {
  const raw = (response as unknown as { res: { rawHeaders: string[] } }).res.rawHeaders;
  return raw.filter((value, index) => index % 2 === 0 && value.toLowerCase() === name).length;
}

describe('CORS and security headers', () => {
  let testDb: TestDatabase;
  let tokens: TestTokens;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    await importDesignations(testDb.db, fileInput(fixturePath('import', 'valid', 'hard-cases.csv')));
    tokens = await createTestTokens(testDb.db);
  });
  afterAll(() => testDb.destroy());

  const appWithCors = (origins: string[], allowWrites = false): Express =>
    buildTestApp(testDb.db, { cors: { origins, allowWrites } });
  const preflight = (app: Express, path: string, method: string, headers = '') =>
    request(app)
      .options(path)
      .set('Origin', READER)
      .set('Access-Control-Request-Method', method)
      .set(headers ? { 'Access-Control-Request-Headers': headers } : {});

  describe('CORS', () => {
    it('sends no CORS header by default (CORS_ORIGINS empty)', async () => {
      const app = buildTestApp(testDb.db);
      const response = await request(app).get('/api/v1/laws').set('Origin', READER);
      expect(response.status).toBe(200);
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      expect(allowHeaders(await preflight(app, '/api/v1/laws', 'GET', 'if-none-match'))).toEqual([]);
    });

    it('lets a listed origin read, and exposes the headers a client needs', async () => {
      const app = appWithCors([READER, 'http://localhost:8080']);
      const response = await request(app).get(`/api/v1/designations/${MEMORIAL}`).set('Origin', READER);
      expect(response.status).toBe(200);
      expect(response.headers['access-control-allow-origin']).toBe(READER);
      expect(response.headers['access-control-expose-headers']).toBe(
        'ETag,Location,Content-Disposition,RateLimit,RateLimit-Policy,Retry-After,Cache-Status,X-Data-Version',
      );
      expect(response.headers.vary).toMatch(/Origin/);
      const check = await preflight(app, '/api/v1/laws', 'GET', 'if-none-match');
      expect(check.status).toBe(204);
      expect(check.headers).toMatchObject({
        'access-control-allow-origin': READER,
        'access-control-allow-methods': 'GET,HEAD',
        'access-control-allow-headers': 'If-None-Match,X-Min-Data-Version',
      });
    });

    it('gives an origin that is not listed nothing to read with, and says the answer varies by Origin', async () => {
      const app = appWithCors([READER]);
      const response = await request(app).get('/api/v1/laws').set('Origin', 'https://elsewhere.example');
      expect(response.status).toBe(200);
      expect(allowHeaders(response)).toEqual([]);
      expect(response.headers.vary).toMatch(/Origin/);
    });

    it('allows any origin to read with CORS_ORIGINS=*', async () => {
      const response = await request(appWithCors(['*']))
        .get('/api/v1/laws')
        .set('Origin', 'https://anyone.example');
      expect(response.headers['access-control-allow-origin']).toBe('*');
    });

    it('refuses cross-origin writes by default: their preflight gets no Access-Control-Allow-* header', async () => {
      const app = appWithCors([READER]);
      for (const method of ['POST', 'PATCH', 'DELETE']) {
        const response = await preflight(
          app,
          `/api/v1/designations/${MEMORIAL}`,
          method,
          'authorization,content-type,if-match',
        );
        expect({ method, allow: allowHeaders(response) }).toEqual({ method, allow: [] });
      }
      // Even a write sent without a preflight gets no header that would let the page read the answer.
      const write = await request(app)
        .post('/api/v1/designations')
        .set('Origin', READER)
        .set(bearer(tokens.editor))
        .send(designationBody({ decided_on: '2023' }));
      expect(write.status).toBe(201);
      expect(allowHeaders(write)).toEqual([]);
    });

    it('allows cross-origin writes from the listed origins with CORS_ALLOW_WRITES', async () => {
      const app = appWithCors([READER], true);
      const response = await preflight(
        app,
        `/api/v1/designations/${MEMORIAL}`,
        'PATCH',
        'authorization,content-type,if-match',
      );
      expect(response.status).toBe(204);
      expect(response.headers).toMatchObject({
        'access-control-allow-origin': READER,
        'access-control-allow-methods': 'GET,HEAD,POST,PUT,PATCH,DELETE',
        'access-control-allow-headers': 'Authorization,Content-Type,If-Match,If-None-Match,X-Min-Data-Version',
      });
      const elsewhere = await request(app)
        .options('/api/v1/designations')
        .set('Origin', 'https://elsewhere.example')
        .set('Access-Control-Request-Method', 'POST');
      expect(allowHeaders(elsewhere)).toEqual([]);
    });
  });

  describe('security headers (helmet)', () => {
    it('are on every kind of response: API, web page, API docs, problem, refusal; one Content-Security-Policy each', async () => {
      const app = buildTestApp(testDb.db, { rateLimits: { reads: 2, writes: 0, exports: 0 } });
      const responses = {
        api: await request(app).get('/api/openapi.json'),
        docs: await request(app).get('/api/docs'),
        page: await request(app).get('/'),
        notFound: await request(app).get('/api/v1/no-such-route'),
        limited: await request(app).get('/search'),
        tooLong: await request(app).get(`/api/v1/laws?q=${'a'.repeat(5000)}`),
        asset: await request(app).get('/assets/site.css'),
      };
      expect(Object.entries(responses).map(([name, response]) => [name, response.status])).toEqual([
        ['api', 200],
        ['docs', 200],
        ['page', 200],
        ['notFound', 404],
        ['limited', 429],
        ['tooLong', 414],
        ['asset', 200],
      ]);
      for (const [name, response] of Object.entries(responses)) {
        expect({
          name,
          csp: response.headers['content-security-policy'],
          count: headerCount(response, 'content-security-policy'),
        }).toEqual({ name, csp: SITE_POLICY, count: 1 });
        expect({ name, headers: response.headers }).toMatchObject({
          name,
          headers: {
            'x-content-type-options': 'nosniff',
            'x-frame-options': 'DENY',
            'referrer-policy': 'no-referrer',
            'cross-origin-opener-policy': 'same-origin',
            'cross-origin-resource-policy': 'same-origin',
          },
        });
        expect(response.headers['strict-transport-security']).toBeUndefined();
        expect(response.headers['x-powered-by']).toBeUndefined();
      }
    });

    it('sends Strict-Transport-Security only when HSTS_MAX_AGE_SECONDS is set', async () => {
      const response = await request(buildTestApp(testDb.db, { hstsMaxAgeSeconds: 31_536_000 })).get('/healthz');
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000');
    });
  });
});
