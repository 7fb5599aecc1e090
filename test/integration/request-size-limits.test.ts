import request from 'supertest';
import type { Express } from 'express';
import { importDesignations } from '../../src/services/import/import-designations';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { bearer, createTestTokens, designationBody, TestTokens } from '../support/editing';
import { fileInput, fixturePath } from '../support/fixtures';
import { expectBadParameter } from '../support/problems';
import { snapshotDatabase } from '../support/snapshot';

type Operation = { parameters?: { name: string; in: string; schema: { maximum?: number } }[] };
type OpenApi = { paths: Record<string, Record<string, Operation> & { servers?: { url: string }[] }> };

function expectProblem(response: request.Response, status: number, code: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, code });
}

describe('limits on the size of a request', () => {
  let testDb: TestDatabase;
  let app: Express;
  let tokens: TestTokens;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    await importDesignations(testDb.db, fileInput(fixturePath('import', 'valid', 'hard-cases.csv')));
    tokens = await createTestTokens(testDb.db);
    app = buildTestApp(testDb.db);
  });
  afterAll(() => testDb.destroy());

  describe('JSON bodies (JSON_BODY_MAX_BYTES)', () => {
    it('refuses a body over the limit with 413 problem+json naming the limit, and writes nothing', async () => {
      const small = buildTestApp(testDb.db, { jsonBodyMaxBytes: 2048 });
      const before = await snapshotDatabase(testDb.db);
      const response = await request(small)
        .post('/api/v1/designations')
        .set(bearer(tokens.editor))
        .send(designationBody({ notes: 'n'.repeat(3000) }));
      expectProblem(response, 413, 'payload_too_large');
      expect(response.body).toMatchObject({
        title: 'Content Too Large',
        detail: 'the JSON body is larger than 2048 bytes',
      });
      expect(await snapshotDatabase(testDb.db)).toEqual(before);
      const fits = await request(small)
        .post('/api/v1/designations')
        .set(bearer(tokens.editor))
        .send(designationBody({ notes: 'n'.repeat(1000) }));
      expect(fits.status).toBe(201);
    });

    it('refuses a body over 1 MiB by default', async () => {
      const before = await snapshotDatabase(testDb.db);
      const response = await request(app)
        .patch('/api/v1/designations/aaaaaaaa-0000-4000-8000-000000000002')
        .set(bearer(tokens.editor))
        .set('If-Match', '"1"')
        .send({ notes: 'n'.repeat(1024 * 1024) });
      expectProblem(response, 413, 'payload_too_large');
      expect(response.body.detail).toBe('the JSON body is larger than 1048576 bytes');
      expect(await snapshotDatabase(testDb.db)).toEqual(before);
    });
  });

  describe('URLs and query strings (URL_MAX_BYTES, QUERY_STRING_MAX_BYTES)', () => {
    it('refuses a query string over 4096 bytes with 414 problem+json, on any route', async () => {
      for (const path of [
        '/api/v1/designations',
        '/api/v1/designations.csv',
        '/search',
        '/healthz',
        '/no/such/route',
      ]) {
        const response = await request(app).get(`${path}?q=${'a'.repeat(4095)}`);
        expectProblem(response, 414, 'uri_too_long');
        expect(response.body).toMatchObject({
          title: 'URI Too Long',
          detail: 'the query string is longer than 4096 bytes',
          instance: path,
        });
      }
      const atTheLimit = await request(app).get(`/api/v1/organizations?q=${'a'.repeat(4094)}`);
      expect(atTheLimit.status).not.toBe(414);
    });

    it('refuses a URL over 8192 bytes, and never echoes a long path back', async () => {
      const response = await request(app).get(`/api/v1/organizations/${'a'.repeat(8200)}`);
      expectProblem(response, 414, 'uri_too_long');
      expect(response.body.detail).toBe('the URL is longer than 8192 bytes');
      expect(response.body.instance).toBeUndefined();
    });

    it('follows the configured limits', async () => {
      const strict = buildTestApp(testDb.db, { queryStringMaxBytes: 10, urlMaxBytes: 40 });
      expect((await request(strict).get('/api/v1/organizations?q=memorial')).status).toBe(200);
      expectProblem(await request(strict).get('/api/v1/organizations?q=memorial1'), 414, 'uri_too_long');
      expectProblem(await request(strict).get('/api/v1/organizations/abcdefghijklmnopqrstuvwxyz'), 414, 'uri_too_long');
    });
  });

  describe('page sizes', () => {
    it('caps `limit` on every operation that takes one: one above the documented maximum is a 400 naming it', async () => {
      const document: OpenApi = (await request(app).get('/api/openapi.json')).body;
      const capped: string[] = [];
      for (const [path, item] of Object.entries(document.paths)) {
        const limit = item.get?.parameters?.find((parameter) => parameter.name === 'limit' && parameter.in === 'query');
        if (!limit) continue;
        expect({ path, maximum: limit.schema.maximum }).toEqual({ path, maximum: expect.any(Number) });
        const required = path === '/precedents' ? 'organization=memorial&jurisdiction=RU&' : '';
        const base = `${item.servers?.[0]?.url.replace(/\/$/, '') ?? '/api/v1'}${path}?${required}`;
        const over = String(limit.schema.maximum! + 1);
        expectBadParameter(await request(app).get(`${base}limit=${over}`), 'limit', over);
        expect((await request(app).get(`${base}limit=${limit.schema.maximum}`)).status).not.toBe(400);
        capped.push(path);
      }
      expect(capped.sort()).toEqual(['/changes', '/designations', '/feed.atom', '/organizations', '/precedents']);
    });
  });
});
