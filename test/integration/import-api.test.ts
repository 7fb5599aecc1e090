import fs from 'node:fs';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../src/app/create-app';
import { buildTestApp, silentLogger } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { bearer, createTestTokens, TestTokens } from '../support/editing';
import { fixturePath } from '../support/fixtures';
import { snapshotDatabase } from '../support/snapshot';

const read = (...parts: string[]) => fs.readFileSync(fixturePath('import', ...parts));

describe('POST /api/v1/import: the import pipeline over HTTP', () => {
  let testDb: TestDatabase;
  let app: Express;
  let tokens: TestTokens;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    tokens = await createTestTokens(testDb.db);
    app = buildTestApp(testDb.db);
  });
  afterAll(() => testDb.destroy());

  const upload = (body: Buffer | string, contentType: string, query = '') =>
    request(app).post(`/api/v1/import${query}`).set(bearer(tokens.admin)).set('Content-Type', contentType).send(body);

  it('rejects a bad file with the CLI’s line-numbered problems, and writes neither a row nor a revision', async () => {
    const before = await snapshotDatabase(testDb.db);
    const response = await upload(read('invalid', 'several-problems.csv'), 'text/csv');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      status: 400,
      code: 'import_rejected',
      detail: 'import rejected: 5 problems in 3 rows; nothing was written',
    });
    expect(response.body.errors.slice(0, 3)).toEqual([
      { line: 3, parameter: 'measure', value: 'banned', message: 'line 3, column measure: unknown measure ("banned")' },
      expect.objectContaining({ line: 3, parameter: 'decided_on' }),
      {
        line: 4,
        parameter: 'jurisdiction',
        value: 'ru',
        message: 'line 4, column jurisdiction: unknown ISO 3166-1 alpha-2 code for jurisdiction ("ru")',
      },
    ]);
    expect(await snapshotDatabase(testDb.db)).toEqual(before);
  });

  it('dry_run=1 reports what would happen and writes nothing; the real run writes it as the token’s actor', async () => {
    const before = await snapshotDatabase(testDb.db);
    const dryRun = await upload(read('valid', 'hard-cases.csv'), 'text/csv', '?dry_run=1');
    expect(dryRun.status).toBe(200);
    expect(dryRun.body).toEqual({
      dry_run: true,
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      organizations_created: 3,
      organizations_updated: 0,
      laws_created: 1,
    });
    expect(await snapshotDatabase(testDb.db)).toEqual(before);

    const real = await upload(read('valid', 'hard-cases.csv'), 'text/csv; charset=utf-8');
    expect(real.body).toMatchObject({ dry_run: false, created: 3 });
    const history = await request(app).get('/api/v1/designations/aaaaaaaa-0000-4000-8000-000000000001/history');
    expect(history.body.items[0]).toMatchObject({ actor: 'root-admin', action: 'create' });
  });

  it('reads NDJSON by its media type', async () => {
    const response = await upload(read('valid', 'hard-cases.ndjson'), 'application/x-ndjson');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ created: 0, unchanged: 3 });
  });

  it('answers 415 to another media type and 413 to a body over the limit, storing nothing', async () => {
    const before = await snapshotDatabase(testDb.db);
    const json = await upload('{}', 'application/json');
    expect(json.status).toBe(415);
    expect(json.body).toMatchObject({ status: 415, code: 'unsupported_media_type' });
    const small = createApp({ db: testDb.db, logger: silentLogger, importMaxBytes: 1000 });
    const tooLarge = await request(small)
      .post('/api/v1/import')
      .set(bearer(tokens.admin))
      .set('Content-Type', 'text/csv')
      .send(read('valid', 'hard-cases.csv'));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ status: 413, code: 'payload_too_large' });
    // Without a Content-Length (chunked), the limit is enforced while the body streams in.
    const streamed = request(small).post('/api/v1/import').set(bearer(tokens.admin)).set('Content-Type', 'text/csv');
    for (let chunk = 0; chunk < 4; chunk++) streamed.write(read('valid', 'hard-cases.csv'));
    expect((await streamed).status).toBe(413);
    expect(await snapshotDatabase(testDb.db)).toEqual(before);
  });
});
