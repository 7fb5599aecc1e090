import request from 'supertest';
import type { Express } from 'express';
import Ajv2020 from 'ajv/dist/2020';
import { DOWNLOAD_ROUTES } from '../../src/http/routes/downloads/download-routes';
import { FEED_PATH } from '../../src/http/routes/feed/feed-route';
import { READ_ROUTES } from '../../src/http/routes/reads/read-routes';
import { WRITE_ROUTES } from '../../src/http/routes/writes/write-routes';
import { buildTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { createSeededTestDatabase } from '../support/seed-fixture';
import { download } from '../support/export-helpers';

/** A real request for every documented path: adding a route without one here fails the test. */
const SAMPLE_REQUESTS: Record<string, string[]> = {
  '/designations': ['/designations?jurisdiction=RU&from=2024-08-15&to=2024-08-31&imprecise=include&limit=2'],
  '/designations/{id}': [],
  '/designations/{id}/history': [],
  '/changes': ['/changes?limit=5', '/changes?since=2000-01-01T00:00:00Z&limit=2'],
  '/organizations/{slug}/history': ['/organizations/amnesty-international-limited/history'],
  '/organizations': ['/organizations?q=Amnesty', '/organizations?limit=3'],
  '/organizations/{slug}': ['/organizations/amnesty-international', '/organizations/human-rights-watch'],
  '/organizations/{slug}/timeline': ['/organizations/amnesty-international/timeline?family=1'],
  '/laws': ['/laws'],
  '/laws/{slug}': ['/laws/ru-foreign-agents-law'],
  '/law-families': ['/law-families'],
  '/law-families/{family}': [
    '/law-families/foreign_agent',
    '/law-families/financial_or_tax',
    '/law-families/extremism',
  ],
  '/jurisdictions': ['/jurisdictions'],
  '/jurisdictions/{code}': ['/jurisdictions/NI', '/jurisdictions/FR'],
  '/coverage': ['/coverage', '/coverage?jurisdiction=RU,NI'],
  '/stats/timeline': ['/stats/timeline?interval=quarter&group_by=measure&jurisdiction=RU', '/stats/timeline'],
  '/precedents': [
    '/precedents?organization=Amnesty%20International%20Limited&jurisdiction=RU',
    '/precedents?organization=Amnesty&jurisdiction=RU',
    '/precedents?organization=amnesty-international&jurisdiction=RU&date=2020&limit=3',
  ],
};

type OpenApi = {
  openapi: string;
  paths: Record<
    string,
    {
      get: {
        parameters: { name: string; in: string }[];
        responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }>;
      };
    }
  >;
};

describe('the OpenAPI document and the docs page', () => {
  let testDb: TestDatabase;
  let app: Express;
  let document: OpenApi;
  let ajv: Ajv2020;
  beforeAll(async () => {
    testDb = await createSeededTestDatabase();
    app = buildTestApp(testDb.db);
    document = (await request(app).get('/api/openapi.json')).body;
    // OpenAPI 3.1 schemas are JSON Schema 2020-12; formats are also checked by the patterns zod emits.
    ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    ajv.addSchema(document, 'openapi.json');
  });
  afterAll(() => testDb.destroy());

  function expectMatchesDocumentedResponse(path: string, status: number, body: unknown, contentType: string): void {
    const response = document.paths[path].get.responses[status];
    expect(response).toBeDefined();
    const schema = response.content[contentType]?.schema;
    expect(schema).toBeDefined();
    const validate = ajv.getSchema(`openapi.json${schema.$ref}`)!;
    if (!validate(body))
      throw new Error(`${path} ${status} does not match ${schema.$ref}: ${ajv.errorsText(validate.errors)}`);
  }

  it('is OpenAPI 3.1 and documents every route of the API, each with a sample request here', () => {
    expect(document.openapi).toBe('3.1.0');
    const routes = READ_ROUTES.map((route) => route.path).sort();
    const downloads = DOWNLOAD_ROUTES.map((route) => route.path);
    const writes = WRITE_ROUTES.map((route) => route.path);
    expect(Object.keys(document.paths).sort()).toEqual(
      [...new Set([...routes, ...downloads, ...writes, FEED_PATH])].sort(),
    );
    expect(Object.keys(SAMPLE_REQUESTS).sort()).toEqual(routes);
  });

  it('documents the parameters the server checks', () => {
    const names = document.paths['/designations'].get.parameters.map((parameter) => parameter.name);
    expect(names).toEqual([
      'q',
      'organization',
      'family',
      'jurisdiction',
      'measure',
      'law',
      'law_family',
      'reason',
      'status',
      'from',
      'to',
      'as_of',
      'imprecise',
      'recorded_as_of',
      'sort',
      'limit',
      'cursor',
    ]);
    expect(document.paths['/designations/{id}'].get.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true }),
    ]);
  });

  it('real responses match their documented schemas', async () => {
    const { body: page } = await request(app).get('/api/v1/designations?limit=1');
    SAMPLE_REQUESTS['/designations/{id}'] = [`/designations/${page.items[0].id}`];
    SAMPLE_REQUESTS['/designations/{id}/history'] = [`/designations/${page.items[0].id}/history`];
    for (const [path, urls] of Object.entries(SAMPLE_REQUESTS)) {
      for (const url of urls) {
        const response = await request(app).get(`/api/v1${url}`);
        expect(response.status).toBe(200);
        expectMatchesDocumentedResponse(path, 200, response.body, 'application/json');
      }
    }
  });

  it('documents each file download with the media type it is served as', async () => {
    for (const route of DOWNLOAD_ROUTES) {
      const documented = Object.keys(document.paths[route.path].get.responses[200].content);
      const response = await download(app, `/api/v1${route.path}`);
      expect(response.status).toBe(200);
      expect(documented).toEqual([response.headers['content-type'].split(';')[0]]);
    }
  });

  it('400 and 404 responses match the documented problem schema', async () => {
    const badRequest = await request(app).get('/api/v1/designations?measure=nope&colour=red');
    expectMatchesDocumentedResponse('/designations', 400, badRequest.body, 'application/problem+json');
    const notFound = await request(app).get('/api/v1/laws/no-such-law');
    expectMatchesDocumentedResponse('/laws/{slug}', 404, notFound.body, 'application/problem+json');
    const noSuchOrganization = await request(app).get(
      '/api/v1/precedents?organization=Human%20Rights%20Foundation&jurisdiction=RU',
    );
    expect(noSuchOrganization.status).toBe(404);
    expectMatchesDocumentedResponse('/precedents', 404, noSuchOrganization.body, 'application/problem+json');
  });

  it('documents 413, 414, 429 and the RateLimit headers; real 414 and 429 answers match', async () => {
    const limited = buildTestApp(testDb.db, { rateLimits: { reads: 1, writes: 0, exports: 0 } });
    await request(limited).get('/api/v1/laws');
    const tooMany = await request(limited).get('/api/v1/laws');
    expect(tooMany.status).toBe(429);
    expectMatchesDocumentedResponse('/laws', 429, tooMany.body, 'application/problem+json');
    const tooLong = await request(app).get(`/api/v1/designations?q=${'a'.repeat(5000)}`);
    expect(tooLong.status).toBe(414);
    expectMatchesDocumentedResponse('/designations', 414, tooLong.body, 'application/problem+json');

    type Responses = Record<string, { headers?: Record<string, unknown> }>;
    const operations = Object.values(
      document.paths as unknown as Record<string, Record<string, { responses?: Responses }>>,
    ).flatMap((item) => Object.values(item).filter((operation) => operation.responses !== undefined));
    expect(operations.length).toBeGreaterThan(25);
    for (const { responses } of operations as { responses: Responses }[]) {
      expect(Object.keys(responses)).toEqual(expect.arrayContaining(['414', '429']));
      expect(Object.keys(responses['429'].headers!)).toEqual(['RateLimit', 'RateLimit-Policy', 'Retry-After']);
      const success = Object.keys(responses).find((status) => status.startsWith('2'))!;
      expect(Object.keys(responses[success].headers!)).toEqual(
        expect.arrayContaining(['RateLimit', 'RateLimit-Policy']),
      );
    }
    const writes = document.paths as unknown as Record<string, Record<string, { responses: Responses }>>;
    expect(writes['/designations'].post.responses).toHaveProperty('413');
    expect(writes['/import'].post.responses).toHaveProperty('413');
  });

  it('the docs page is served with its assets from this server, nothing from a CDN', async () => {
    const page = await request(app).get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(assets).toEqual([
      '/assets/favicon.svg',
      '/api/docs/assets/swagger-ui.css',
      '/api/docs/assets/swagger-ui-bundle.js',
      '/api/docs/start.js',
    ]);
    for (const asset of assets) expect((await request(app).get(asset)).status).toBe(200);
    expect((await request(app).get('/api/docs/start.js')).text).toContain("url: '/api/openapi.json'");
  });
});
