import request from 'supertest';
import type { Express } from 'express';
import { importDesignations } from '../../src/services/import/import-designations';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { bearer, createTestTokens, designationBody, revisionCount, TestTokens } from '../support/editing';
import { fileInput, fixturePath } from '../support/fixtures';
import { snapshotDatabase } from '../support/snapshot';

const MEMORIAL = 'aaaaaaaa-0000-4000-8000-000000000002';

describe('editing designations over HTTP', () => {
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

  const editor = () => bearer(tokens.editor);
  const current = async (id: string) => {
    const response = await request(app).get(`/api/v1/designations/${id}`);
    expect(response.status).toBe(200);
    return { body: response.body, etag: response.headers.etag };
  };

  it('creates a designation from interchange fields: 201, Location, ETag, and it reads back as written', async () => {
    const created = await request(app).post('/api/v1/designations').set(editor()).send(designationBody());
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`/api/v1/designations/${created.body.id}`);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toMatchObject({
      organization: { slug: 'test-rights-centre', name: 'Test Rights Centre', kind: 'ngo' },
      jurisdiction: { code: 'RU' },
      law: { short_name: 'Undesirable organizations law' },
      decided_on: '2024-03-05',
      status: 'active',
      sources: [{ url: 'https://example.org/trc', publisher: 'Example News', title: null }],
      version: 1,
    });
    expect((await current(created.body.id)).body).toEqual(created.body);
  });

  it('refuses the same action twice, and an id that is taken: 409, nothing written', async () => {
    const before = await snapshotDatabase(testDb.db);
    const again = await request(app).post('/api/v1/designations').set(editor()).send(designationBody());
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'conflict' });
    const takenId = await request(app)
      .post('/api/v1/designations')
      .set(editor())
      .send(designationBody({ id: MEMORIAL, decided_on: '2001' }));
    expect(takenId.status).toBe(409);
    expect(await snapshotDatabase(testDb.db)).toEqual(before);
  });

  it('checks a new designation like the importer: a 400 naming every bad field, and neither a row nor a revision', async () => {
    const before = await snapshotDatabase(testDb.db);
    const response = await request(app)
      .post('/api/v1/designations')
      .set(editor())
      .send(
        designationBody({
          measure: 'banned',
          decided_on: '2015-02-30',
          source_urls: [],
          jurisdiction: 'XX',
          colour: 'red',
        }),
      );
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toEqual([expect.objectContaining({ parameter: 'colour', message: 'unknown field' })]);
    const invalid = await request(app)
      .post('/api/v1/designations')
      .set(editor())
      .send(designationBody({ measure: 'banned', decided_on: '2015-02-30', source_urls: [], jurisdiction: 'XX' }));
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((problem: { parameter: string }) => problem.parameter).sort()).toEqual(
      ['decided_on', 'jurisdiction', 'measure', 'source_publishers', 'source_urls'].sort(),
    );
    expect(invalid.body.errors).toContainEqual({ parameter: 'measure', value: 'banned', message: 'unknown measure' });
    expect(await snapshotDatabase(testDb.db)).toEqual(before);
  });

  it('PATCH changes the fields given, needs If-Match (428 without), and answers 412 to a stale ETag', async () => {
    const { body, etag } = await current(MEMORIAL);
    const patch = { authority: 'Supreme Court of Russia', notes: 'liquidated' };

    const withoutIfMatch = await request(app).patch(`/api/v1/designations/${MEMORIAL}`).set(editor()).send(patch);
    expect(withoutIfMatch.status).toBe(428);
    expect(withoutIfMatch.body).toMatchObject({ status: 428, code: 'precondition_required' });
    const anyVersion = await request(app)
      .patch(`/api/v1/designations/${MEMORIAL}`)
      .set(editor())
      .set('If-Match', '*')
      .send(patch);
    expect(anyVersion.status).toBe(428);

    const patched = await request(app)
      .patch(`/api/v1/designations/${MEMORIAL}`)
      .set(editor())
      .set('If-Match', etag)
      .send(patch);
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual({
      ...body,
      authority: 'Supreme Court of Russia',
      notes: 'liquidated',
      version: body.version + 1,
    });
    expect(patched.headers.etag).toBe(`"${body.version + 1}"`);

    const before = await snapshotDatabase(testDb.db);
    const stale = await request(app)
      .patch(`/api/v1/designations/${MEMORIAL}`)
      .set(editor())
      .set('If-Match', etag)
      .send({ notes: 'lost update' });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ status: 412, code: 'version_mismatch' });
    expect(await snapshotDatabase(testDb.db)).toEqual(before);
  });

  it('a PATCH that breaks a rule is a 400 and changes nothing', async () => {
    const { etag } = await current(MEMORIAL);
    const before = await snapshotDatabase(testDb.db);
    const response = await request(app)
      .patch(`/api/v1/designations/${MEMORIAL}`)
      .set(editor())
      .set('If-Match', etag)
      .send({ ended_on: '1999', reasons_form: 'quoted', stated_reasons: null });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((problem: { parameter: string }) => problem.parameter)).toEqual([
      'ended_on',
      'stated_reasons',
    ]);
    expect(await snapshotDatabase(testDb.db)).toEqual(before);
  });

  it('ends a designation with a source for the ending; refuses an ending without one, and a second ending', async () => {
    const { body } = await current(MEMORIAL);
    const noSource = await request(app)
      .post(`/api/v1/designations/${MEMORIAL}/end`)
      .set(editor())
      .send({ ended_on: '2024-01', source_urls: [], source_publishers: [] });
    expect(noSource.status).toBe(400);
    expect(noSource.body.errors).toContainEqual(
      expect.objectContaining({ parameter: 'source_urls', message: 'at least one source for the ending is required' }),
    );

    const ended = await request(app)
      .post(`/api/v1/designations/${MEMORIAL}/end`)
      .set(editor())
      .send({ ended_on: '2024-01', source_urls: ['https://example.org/lifted'], source_publishers: ['Example Wire'] });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({
      ended_on: '2024-01',
      ended_precision: 'month',
      status: 'ended',
      version: body.version + 1,
    });
    expect(ended.body.sources.map((source: { url: string }) => source.url)).toEqual([
      ...body.sources.map((source: { url: string }) => source.url),
      'https://example.org/lifted',
    ]);

    const again = await request(app)
      .post(`/api/v1/designations/${MEMORIAL}/end`)
      .set(editor())
      .send({ ended_on: '2024-02', source_urls: ['https://example.org/lifted'], source_publishers: ['Example Wire'] });
    expect(again.status).toBe(409);
  });

  it('DELETE hides a designation from reads, lists and exports; restore brings it back as it was', async () => {
    const { body } = await current(MEMORIAL);
    const deleted = await request(app).delete(`/api/v1/designations/${MEMORIAL}`).set(editor());
    expect(deleted.status).toBe(204);
    expect((await request(app).get(`/api/v1/designations/${MEMORIAL}`)).status).toBe(404);
    const listed = await request(app).get('/api/v1/designations?limit=500');
    expect(listed.body.items.map((item: { id: string }) => item.id)).not.toContain(MEMORIAL);
    expect((await request(app).get('/api/v1/designations.csv')).text).not.toContain(MEMORIAL);
    expect((await request(app).get('/api/v1/organizations/memorial')).body.designations).toEqual([]);
    expect((await request(app).delete(`/api/v1/designations/${MEMORIAL}`).set(editor())).status).toBe(404);
    expect(
      (await request(app).patch(`/api/v1/designations/${MEMORIAL}`).set(editor()).set('If-Match', '"1"').send({}))
        .status,
    ).toBe(404);

    const restored = await request(app).post(`/api/v1/designations/${MEMORIAL}/restore`).set(editor());
    expect(restored.status).toBe(200);
    expect(restored.body).toEqual({ ...body, version: body.version + 2 });
    expect((await request(app).post(`/api/v1/designations/${MEMORIAL}/restore`).set(editor())).status).toBe(409);
  });

  it('an import naming a deleted designation by id is rejected, on its line; nothing is written', async () => {
    await request(app).delete(`/api/v1/designations/${MEMORIAL}`).set(editor());
    const before = await revisionCount(testDb.db);
    await expect(
      importDesignations(testDb.db, fileInput(fixturePath('import', 'valid', 'hard-cases.csv'))),
    ).rejects.toMatchObject({
      rowProblems: [
        expect.objectContaining({
          column: 'id',
          value: MEMORIAL,
          message: 'this designation was deleted; restore it before importing changes to it',
        }),
      ],
    });
    expect(await revisionCount(testDb.db)).toBe(before);
    await request(app).post(`/api/v1/designations/${MEMORIAL}/restore`).set(editor());
  });

  it('writes need a JSON body (415 otherwise) and a valid path id (400)', async () => {
    const text = await request(app)
      .post('/api/v1/designations')
      .set(editor())
      .set('Content-Type', 'text/plain')
      .send('organization=x');
    expect(text.status).toBe(415);
    expect(text.body).toMatchObject({ status: 415, code: 'unsupported_media_type' });
    const badId = await request(app)
      .patch('/api/v1/designations/not-a-uuid')
      .set(editor())
      .set('If-Match', '"1"')
      .send({});
    expect(badId.status).toBe(400);
  });
});
