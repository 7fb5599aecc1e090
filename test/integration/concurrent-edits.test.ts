import request from 'supertest';
import type { Express } from 'express';
import { recordedTransaction } from '../../src/db/recorded-transaction';
import { importDesignations } from '../../src/services/import/import-designations';
import { buildTestApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
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
      request(app)
        .patch(`/api/v1/designations/${MEMORIAL}`)
        .set(bearer(tokens.editor))
        .set('If-Match', headers.etag)
        .send({ notes });
    const responses = await Promise.all([patch('first writer'), patch('second writer')]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 412]);
    const winner = responses.find((response) => response.status === 200)!;
    const stored = await request(app).get(`/api/v1/designations/${MEMORIAL}`);
    expect(stored.body.notes).toBe(winner.body.notes);
    // A GET's tag starts with the record version the write answered with: `"5"` -> `"5.<data version>-<hash>"`.
    expect(stored.headers.etag.startsWith(winner.headers.etag.replace(/"$/, '.'))).toBe(true);
    const history = await request(app).get(`/api/v1/designations/${MEMORIAL}/history`);
    expect(history.body.items.filter((revision: { action: string }) => revision.action === 'update')).toHaveLength(1);
  });

  it('two PATCHes of an organization: one 200, one 412', async () => {
    const { headers } = await request(app).get('/api/v1/organizations/memorial');
    const patch = (kind: string) =>
      request(app)
        .patch('/api/v1/organizations/memorial')
        .set(bearer(tokens.editor))
        .set('If-Match', headers.etag)
        .send({ kind });
    const responses = await Promise.all([patch('charity'), patch('foundation')]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 412]);
  });

  it('many writers at once: exactly one wins', async () => {
    const { headers } = await request(app).get(`/api/v1/designations/${MEMORIAL}`);
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        request(app)
          .patch(`/api/v1/designations/${MEMORIAL}`)
          .set(bearer(tokens.editor))
          .set('If-Match', headers.etag)
          .send({ notes: `writer ${index}` }),
      ),
    );
    expect(responses.filter((response) => response.status === 200)).toHaveLength(1);
    expect(responses.filter((response) => response.status === 412)).toHaveLength(5);
  });
});

// PGlite has one connection, so its transactions queue and cannot deadlock.
describe('writers that deadlock', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    await importDesignations(testDb.db, fileInput(fixturePath('import', 'valid', 'hard-cases.csv')));
  });
  afterAll(() => testDb.destroy());

  onPostgres('the one PostgreSQL rolls back is run again, and each transaction is stored whole', async () => {
    const [first, second]: string[] = await testDb.db('organizations').orderBy('slug').limit(2).pluck('id');
    // Each writer locks its first row, waits until the other holds its own, then asks for the other's.
    let holding = 0;
    let bothHold!: () => void;
    const bothHolding = new Promise<void>((resolve) => (bothHold = resolve));
    const runs = { forward: 0, backward: 0 };
    const writer = (name: keyof typeof runs, [one, other]: string[], wikidata: Record<string, string>) =>
      recordedTransaction(testDb.db, 'test', async (trx) => {
        runs[name]++;
        await trx('organizations').where('id', one).update({ wikidata_id: wikidata[one] });
        if (runs[name] === 1 && ++holding === 2) bothHold();
        if (runs[name] === 1) await bothHolding;
        await trx('organizations').where('id', other).update({ wikidata_id: wikidata[other] });
      });
    const forward = { [first]: 'Q1001', [second]: 'Q1002' };
    const backward = { [first]: 'Q2001', [second]: 'Q2002' };
    await Promise.all([writer('forward', [first, second], forward), writer('backward', [second, first], backward)]);

    expect(runs.forward + runs.backward).toBe(3);
    const rerun = runs.forward === 2 ? forward : backward;
    const stored = await testDb.db('organizations').whereIn('id', [first, second]).select('id', 'wikidata_id');
    expect(Object.fromEntries(stored.map((row) => [row.id, row.wikidata_id]))).toEqual(rerun);
  });
});
