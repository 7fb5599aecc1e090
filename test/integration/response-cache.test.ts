import request from 'supertest';
import type { Express } from 'express';
import { recordedTransaction } from '../../src/db/recorded-transaction';
import { buildTestApp, seededTestAppWithTokens } from '../support/app';
import { TestDatabase } from '../support/database';
import { bearer, TestTokens } from '../support/editing';

const HIT = 'ngo-tracker; hit';
const STORED = 'ngo-tracker; fwd=miss; stored';

describe('the response cache of API reads', () => {
  let testDb: TestDatabase;
  let app: Express;
  let tokens: TestTokens;
  beforeAll(async () => ({ testDb, app, tokens } = await seededTestAppWithTokens()));
  afterAll(() => testDb.destroy());

  it('serves the same URL again from memory, with the same body and headers of its own', async () => {
    const path = '/api/v1/designations?jurisdiction=RU&limit=5';
    const first = await request(app).get(path);
    const second = await request(app).get(path);
    expect([first.status, first.headers['cache-status']]).toEqual([200, STORED]);
    expect([second.status, second.headers['cache-status']]).toEqual([200, HIT]);
    expect(second.text).toBe(first.text);
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8');

    const organization = '/api/v1/organizations/human-rights-watch';
    const detail = await request(app).get(organization);
    const again = await request(app).get(organization);
    expect(again.headers['cache-status']).toBe(HIT);
    expect(again.headers.etag).toBe(detail.headers.etag);
    expect(again.body).toEqual(detail.body);
  });

  it('answers afresh once the data has changed, through the API or any recorded write', async () => {
    const path = '/api/v1/organizations/human-rights-watch';
    await request(app).get(path);
    expect((await request(app).get(path)).headers['cache-status']).toBe(HIT);

    const before = await request(app).get(path);
    const changed = await request(app)
      .patch(path)
      .set(bearer(tokens.editor))
      .set('If-Match', before.headers.etag)
      .send({ hq_country: 'GB' });
    expect(changed.status).toBe(200);
    const after = await request(app).get(path);
    expect([after.headers['cache-status'], after.body.hq_country]).toEqual([STORED, 'GB']);
    expect(after.headers.etag.startsWith(changed.headers.etag.replace(/"$/, '.'))).toBe(true);

    await recordedTransaction(testDb.db, 'test', (trx) =>
      trx('organizations').where('slug', 'human-rights-watch').update({ hq_country: 'US' }),
    );
    const direct = await request(app).get(path);
    expect([direct.headers['cache-status'], direct.body.hq_country]).toEqual([STORED, 'US']);
  });

  it('keeps no refusal: a bad parameter is answered, and checked, every time', async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const refused = await request(app).get('/api/v1/designations?limit=100000');
      expect([refused.status, refused.headers['cache-status']]).toEqual([400, undefined]);
    }
    const missing = await request(app).get('/api/v1/organizations/no-such-organization');
    expect([missing.status, missing.headers['cache-status']]).toEqual([404, undefined]);
  });

  it('tells URLs apart, query strings included', async () => {
    const few = await request(app).get('/api/v1/designations?jurisdiction=RU&limit=2');
    const more = await request(app).get('/api/v1/designations?jurisdiction=RU&limit=3');
    expect([few.body.items.length, more.body.items.length]).toEqual([2, 3]);
    expect(more.headers['cache-status']).toBe(STORED);
  });

  it('is off with RESPONSE_CACHE_MB=0, and keeps no answer larger than itself', async () => {
    const uncached = buildTestApp(testDb.db, { responseCacheBytes: 0 });
    for (let attempt = 0; attempt < 2; attempt++) {
      expect((await request(uncached).get('/api/v1/stats/timeline')).headers['cache-status']).toBeUndefined();
    }
    const tiny = buildTestApp(testDb.db, { responseCacheBytes: 1024 });
    for (let attempt = 0; attempt < 2; attempt++) {
      const large = await request(tiny).get('/api/v1/designations?limit=50');
      expect(large.text.length).toBeGreaterThan(1024);
      expect(large.headers['cache-status']).toBe('ngo-tracker; fwd=miss');
    }
  });
});
