import request from 'supertest';
import { createDb } from '../../src/db/connection';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';

describe('health and readiness', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.destroy());

  it('/healthz answers 200 while the process runs', async () => {
    const response = await request(buildTestApp(testDb.db)).get('/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('/readyz answers 200 while the database answers', async () => {
    const response = await request(buildTestApp(testDb.db)).get('/readyz');
    expect(response.status).toBe(200);
  });

  it('/readyz answers 503 problem+json when the database is unreachable', async () => {
    const unreachable = createDb({ kind: 'postgres', url: 'postgres://nobody@127.0.0.1:1/none', poolMax: 1 });
    try {
      const response = await request(buildTestApp(unreachable)).get('/readyz');
      expect(response.status).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 503, code: 'database_unavailable' });
    } finally {
      await unreachable.destroy();
    }
  });

  it('an unknown route is a 404 problem+json', async () => {
    const response = await request(buildTestApp(testDb.db)).get('/nowhere?x=1');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 404,
      code: 'route_not_found',
      instance: '/nowhere',
      type: '/problems/route-not-found',
    });
  });
});
