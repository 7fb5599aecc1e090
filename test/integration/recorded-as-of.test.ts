import request from 'supertest';
import type { Express } from 'express';
import { importDesignations } from '../../src/services/import/import-designations';
import { buildTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { createSeededTestDatabase } from '../support/seed-fixture';
import { bearer, createTestTokens, designationBody, TestTokens } from '../support/editing';
import { download, listedIds } from '../support/export-helpers';
import { fileInput, fixturePath } from '../support/fixtures';

const EXPORTS = [
  '/api/v1/designations.csv',
  '/api/v1/designations.ndjson',
  '/api/v1/designations.csv?jurisdiction=RU&organization=amnesty-international&family=1',
];

describe('recorded_as_of: the data as this dataset had recorded it at a moment', () => {
  let testDb: TestDatabase;
  let app: Express;
  let tokens: TestTokens;
  let recordedAt: string;
  const before = new Map<string, Buffer>();
  let listedBefore: unknown;

  // Seeding takes a while on a busy machine: more than the default minute.
  beforeAll(async () => {
    testDb = await createSeededTestDatabase();
    await importDesignations(testDb.db, fileInput(fixturePath('import', 'valid', 'hard-cases.csv')));
    tokens = await createTestTokens(testDb.db);
    app = buildTestApp(testDb.db);
    for (const path of EXPORTS) before.set(path, (await download(app, path)).body);
    listedBefore = (await request(app).get('/api/v1/designations?jurisdiction=RU&limit=20')).body;
    recordedAt = await latestRecordedAt();
    await editEverything();
  }, 180_000);
  afterAll(() => testDb.destroy());

  /** When the latest change was recorded, as the change feed says it. */
  async function latestRecordedAt(): Promise<string> {
    let page = (await request(app).get('/api/v1/changes?limit=1000')).body;
    let last = page.items.at(-1);
    while (page.has_more) {
      page = (await request(app).get(`/api/v1/changes?limit=1000&since=${page.next_since}`)).body;
      last = page.items.at(-1) ?? last;
    }
    return last.recorded_at;
  }

  /** Later edits of every kind: designation fields, sources, deletion, a new one, organization names, a merge, a new law. */
  async function editEverything(): Promise<void> {
    const editor = bearer(tokens.editor);
    const amnesty = (await request(app).get('/api/v1/designations?organization=amnesty-international-limited')).body
      .items[0];
    const statuses = [
      (
        await request(app)
          .patch(`/api/v1/designations/${amnesty.id}`)
          .set(editor)
          .set('If-Match', `"${amnesty.version}"`)
          .send({
            authority: 'Changed authority',
            source_urls: ['https://example.org/new-source'],
            source_publishers: ['New Publisher'],
          })
      ).status,
    ];
    const [first, second] = (await request(app).get('/api/v1/designations?jurisdiction=RU&limit=2')).body.items;
    statuses.push((await request(app).delete(`/api/v1/designations/${first.id}`).set(editor)).status);
    statuses.push(
      (
        await request(app)
          .post(`/api/v1/designations/${second.id}/end`)
          .set(editor)
          .send({ ended_on: '2025', source_urls: ['https://example.org/end'], source_publishers: ['Wire'] })
      ).status,
    );
    statuses.push(
      (
        await request(app)
          .post('/api/v1/designations')
          .set(editor)
          .send(designationBody({ law: 'A brand new law' }))
      ).status,
    );
    const hrw = await request(app).get('/api/v1/organizations/human-rights-watch');
    statuses.push(
      (
        await request(app)
          .patch('/api/v1/organizations/human-rights-watch')
          .set(editor)
          .set('If-Match', hrw.headers.etag)
          .send({ name: 'Human Rights Watch (renamed)', names: [{ name: 'HRW' }, { name: 'A new alias' }] })
      ).status,
    );
    statuses.push(
      (
        await request(app)
          .post('/api/v1/organizations/memorial/merge')
          .set(bearer(tokens.admin))
          .send({ organization: 'year-only-foundation' })
      ).status,
    );
    expect(statuses).toEqual([200, 204, 200, 201, 200, 200]);
    for (const path of EXPORTS) expect((await download(app, path)).body.equals(before.get(path)!)).toBe(false);
  }

  it.each(EXPORTS)('%s with recorded_as_of reproduces the earlier export byte for byte', async (path) => {
    const separator = path.includes('?') ? '&' : '?';
    const reproduced = await download(app, `${path}${separator}recorded_as_of=${encodeURIComponent(recordedAt)}`);
    expect(reproduced.status).toBe(200);
    expect(reproduced.body.toString('utf8')).toEqual(before.get(path)!.toString('utf8'));
    expect(reproduced.body.equals(before.get(path)!)).toBe(true);
  });

  it('the list with recorded_as_of is the list as it was, paging included', async () => {
    const response = await request(app).get(
      `/api/v1/designations?jurisdiction=RU&limit=20&recorded_as_of=${encodeURIComponent(recordedAt)}`,
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual(listedBefore);
    const all = await listedIds(app, `recorded_as_of=${encodeURIComponent(recordedAt)}`);
    expect(all).toHaveLength(122 + 3);
  });

  it('recorded_as_of now is the current data; before anything was recorded, nothing', async () => {
    const now = new Date(Date.now() + 1000).toISOString();
    expect(
      (await download(app, `/api/v1/designations.csv?recorded_as_of=${now}`)).body.equals(
        (await download(app, '/api/v1/designations.csv')).body,
      ),
    ).toBe(true);
    const empty = await request(app).get('/api/v1/designations?recorded_as_of=2000-01-01T00:00:00Z');
    expect(empty.body).toMatchObject({ items: [], total: 0 });
  });

  it('a timestamp without a time zone, or not a timestamp, is a 400 naming recorded_as_of', async () => {
    for (const value of ['2026-01-01', '2026-01-01T10:00:00', 'yesterday']) {
      const response = await request(app).get(`/api/v1/designations.csv?recorded_as_of=${value}`);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ parameter: 'recorded_as_of', value })]);
    }
  });
});
