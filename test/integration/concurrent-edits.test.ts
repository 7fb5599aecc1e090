import request from 'supertest';
import type { Express } from 'express';
import { importDesignations } from '../../src/services/import/import-designations';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { bearer, createTestTokens, TestTokens } from '../support/editing';
import { fileInput, fixturePath } from '../support/fixtures';

const MEMORIAL = 'aaaaaaaa-0000-4000-8000-000000000002';

// On PostgreSQL the two requests run on two connections at once; on PGlite (one connection) their
// transactions queue. Either way the version check must let exactly one through.
describe('optimistic concurrency: two writers with the same ETag', () => {
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

  it('two PATCHes of a designation: one 200, one 412, and the winner’s change is the one stored', async () => {
    const { headers } = await request(app).get(`/api/v1/designations/${MEMORIAL}`);
    const patch = (notes: string) =>
      request(app).patch(`/api/v1/designations/${MEMORIAL}`).set(bearer(tokens.editor)).set('If-Match', headers.etag).send({ notes });
    const responses = await Promise.all([patch('first writer'), patch('second writer')]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 412]);
    const winner = responses.find((response) => response.status === 200)!;
    const stored = await request(app).get(`/api/v1/designations/${MEMORIAL}`);
    expect(stored.body.notes).toBe(winner.body.notes);
    expect(stored.headers.etag).toBe(winner.headers.etag);
    const history = await request(app).get(`/api/v1/designations/${MEMORIAL}/history`);
    expect(history.body.items.filter((revision: { action: string }) => revision.action === 'update')).toHaveLength(1);
  });

  it('two PATCHes of an organization: one 200, one 412', async () => {
    const { headers } = await request(app).get('/api/v1/organizations/memorial');
    const patch = (kind: string) =>
      request(app).patch('/api/v1/organizations/memorial').set(bearer(tokens.editor)).set('If-Match', headers.etag).send({ kind });
    const responses = await Promise.all([patch('charity'), patch('foundation')]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 412]);
  });

  it('many writers at once: exactly one wins', async () => {
    const { headers } = await request(app).get(`/api/v1/designations/${MEMORIAL}`);
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        request(app).patch(`/api/v1/designations/${MEMORIAL}`).set(bearer(tokens.editor)).set('If-Match', headers.etag).send({ notes: `writer ${index}` }),
      ),
    );
    expect(responses.filter((response) => response.status === 200)).toHaveLength(1);
    expect(responses.filter((response) => response.status === 412)).toHaveLength(5);
  });
});
