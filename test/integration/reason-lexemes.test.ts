import request from 'supertest';
import type { Express } from 'express';
import type { Db } from '../../src/db/connection';
import { recordedTransaction } from '../../src/db/recorded-transaction';
import { importDesignations } from '../../src/services/import/import-designations';
import { buildTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { createSeededTestDatabase } from '../support/seed-fixture';
import { bearer, createTestTokens, designationBody, TestTokens } from '../support/editing';
import { fileInput, fixturePath } from '../support/fixtures';

/** designation_reason_lexemes holds exactly each designation's lexemes, as computed from scratch. */
async function expectLexemesMatchDesignations(db: Db): Promise<void> {
  const kept = await db('designation_reason_lexemes')
    .select('designation_id as id', db.raw('lexemes::text as lexemes'))
    .orderBy('designation_id');
  const computed = await db('all_designations')
    .select('id', db.raw(`to_tsvector('english', stated_reasons)::text as lexemes`))
    .orderBy('id');
  expect(kept).toEqual(computed);
}

describe("the stated reasons' lexemes kept for similar-reason precedents", () => {
  let testDb: TestDatabase;
  let app: Express;
  let tokens: TestTokens;
  beforeAll(async () => {
    testDb = await createSeededTestDatabase();
    tokens = await createTestTokens(testDb.db);
    app = buildTestApp(testDb.db);
  });
  afterAll(() => testDb.destroy());
  const editor = () => bearer(tokens.editor);

  it('match the designations after the seed, an import, a create, edits, a soft delete, a restore and a hard delete', async () => {
    await expectLexemesMatchDesignations(testDb.db);
    expect(Number((await testDb.db('designation_reason_lexemes').count({ n: '*' }))[0].n)).toBeGreaterThan(0);

    await importDesignations(testDb.db, fileInput(fixturePath('import', 'valid', 'hard-cases.csv')), {
      today: '2026-11-27',
    });
    await expectLexemesMatchDesignations(testDb.db);

    const created = await request(app).post('/api/v1/designations').set(editor()).send(designationBody());
    expect(created.status).toBe(201);
    await expectLexemesMatchDesignations(testDb.db);
    const id: string = created.body.id;

    for (const patch of [
      { stated_reasons: 'Financing extremist activity from abroad' },
      { notes: 'reasons unchanged' },
      { stated_reasons: '', reasons_form: 'not_stated' },
    ]) {
      const { headers } = await request(app).get(`/api/v1/designations/${id}`);
      const patched = await request(app)
        .patch(`/api/v1/designations/${id}`)
        .set(editor())
        .set('If-Match', headers.etag)
        .send(patch);
      expect({ patch, status: patched.status, errors: patched.body.errors }).toEqual({ patch, status: 200 });
      await expectLexemesMatchDesignations(testDb.db);
    }

    expect((await request(app).delete(`/api/v1/designations/${id}`).set(editor())).status).toBe(204);
    await expectLexemesMatchDesignations(testDb.db);
    expect((await request(app).post(`/api/v1/designations/${id}/restore`).set(editor())).status).toBe(200);
    await expectLexemesMatchDesignations(testDb.db);

    await recordedTransaction(testDb.db, 'test', async (trx) => {
      await trx('designation_sources')
        .whereIn('designation_id', trx('designations').where('jurisdiction', 'CN').select('id'))
        .delete();
      await trx('all_designations').where('jurisdiction', 'CN').delete();
    });
    await expectLexemesMatchDesignations(testDb.db);
  });

  it('leave nothing behind when a write rolls back, and a rebuild from scratch gives the same', async () => {
    const lexemes = () =>
      testDb
        .db('designation_reason_lexemes')
        .select('designation_id', testDb.db.raw('lexemes::text as lexemes'))
        .orderBy('designation_id');
    const before = await lexemes();
    await expect(
      recordedTransaction(testDb.db, 'test', async (trx) => {
        await trx('all_designations').update({ stated_reasons: 'all the same now' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await lexemes()).toEqual(before);
    await testDb.db.raw('select rebuild_designation_reason_lexemes()');
    expect(await lexemes()).toEqual(before);
  });
});
