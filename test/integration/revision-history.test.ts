import request from 'supertest';
import type { Express } from 'express';
import { recordedTransaction } from '../../src/db/recorded-transaction';
import { importDesignations } from '../../src/services/import/import-designations';
import { seedFixture } from '../support/seed-fixture';
import { buildTestApp, seededTestAppWithTokens } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { bearer, designationBody, revisionCount, TestTokens } from '../support/editing';
import { fileInput, fixturePath } from '../support/fixtures';

interface Revision {
  id: number;
  recorded_at: string;
  actor: string;
  action: string;
  table: string;
  record_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('revision history: every change, whatever its path, with who, when, before and after', () => {
  let testDb: TestDatabase;
  let app: Express;
  let tokens: TestTokens;
  // Seeding takes a while on a busy machine: more than the default minute.
  beforeAll(async () => ({ testDb, app, tokens } = await seededTestAppWithTokens()), 180_000);
  afterAll(() => testDb.destroy());

  const historyOf = async (id: string): Promise<Revision[]> => {
    const response = await request(app).get(`/api/v1/designations/${id}/history`);
    expect(response.status).toBe(200);
    return response.body.items;
  };
  const own = (revisions: Revision[]) => revisions.filter((revision) => revision.table === 'designations');

  it('the seed is recorded as created by `seed`', async () => {
    const { body } = await request(app).get('/api/v1/designations?organization=amnesty-international-limited');
    const [revision] = await historyOf(body.items[0].id);
    expect(revision).toMatchObject({
      actor: 'seed',
      action: 'create',
      table: 'designations',
      record_id: body.items[0].id,
      before: null,
    });
    expect(revision.after).toMatchObject({ id: body.items[0].id, jurisdiction: 'RU', version: 1, deleted_at: null });
    expect(revision.recorded_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });

  it('create, update, end, delete and restore each leave a revision, attributed to the token', async () => {
    const editor = bearer(tokens.editor);
    const created = await request(app).post('/api/v1/designations').set(editor).send(designationBody());
    const id = created.body.id;
    await request(app)
      .patch(`/api/v1/designations/${id}`)
      .set(editor)
      .set('If-Match', '"1"')
      .send({ authority: 'Ministry of Justice' });
    await request(app)
      .post(`/api/v1/designations/${id}/end`)
      .set(editor)
      .send({ ended_on: '2025-01-02', source_urls: ['https://example.org/ended'], source_publishers: ['Wire'] });
    await request(app).delete(`/api/v1/designations/${id}`).set(editor);
    await request(app).post(`/api/v1/designations/${id}/restore`).set(editor);

    const history = await historyOf(id);
    expect(own(history).map((revision) => [revision.action, revision.actor, revision.after?.version])).toEqual([
      ['create', 'alice', 1],
      ['update', 'alice', 2],
      ['end', 'alice', 3],
      ['delete', 'alice', 4],
      ['restore', 'alice', 5],
    ]);
    const [, update, end, deletion, restore] = own(history);
    expect(update.before).toMatchObject({ authority: "Prosecutor General's Office" });
    expect(update.after).toMatchObject({ authority: 'Ministry of Justice' });
    expect(end.after).toMatchObject({ ended_on: '2025-01-02', ended_precision: 'day' });
    expect(deletion.after?.deleted_at).not.toBeNull();
    expect(restore.after?.deleted_at).toBeNull();
    // The source links are in the designation's history too: the first with the creation, the new one with the ending.
    const links = history.filter((revision) => revision.table === 'designation_sources');
    expect(links.map((revision) => revision.action)).toEqual(['create', 'end']);
    expect(links[1].record_id).toMatch(new RegExp(`^${id}/`));
    expect(history.map((revision) => revision.id)).toEqual(
      [...history.map((revision) => revision.id)].sort((a, b) => a - b),
    );
  });

  it('a deleted designation keeps its history; an id that never existed has none (404)', async () => {
    const created = await request(app)
      .post('/api/v1/designations')
      .set(bearer(tokens.editor))
      .send(designationBody({ decided_on: '2023' }));
    await request(app).delete(`/api/v1/designations/${created.body.id}`).set(bearer(tokens.editor));
    expect(own(await historyOf(created.body.id)).map((revision) => revision.action)).toEqual(['create', 'delete']);
    expect((await request(app).get('/api/v1/designations/00000000-0000-4000-8000-000000000000/history')).status).toBe(
      404,
    );
  });

  it('a merge is in the surviving organization’s history, with the merged one’s rows', async () => {
    const editor = bearer(tokens.editor);
    await request(app)
      .post('/api/v1/organizations')
      .set(editor)
      .send({ name: 'HRW Duplicate', kind: 'ngo', names: [{ name: 'HRW-D' }] });
    const merged = await request(app)
      .post('/api/v1/organizations/human-rights-watch/merge')
      .set(bearer(tokens.admin))
      .send({ organization: 'hrw-duplicate' });
    expect(merged.status).toBe(200);
    const history = (await request(app).get('/api/v1/organizations/human-rights-watch/history')).body
      .items as Revision[];
    const merge = history.filter((revision) => revision.action === 'merge');
    expect(merge.every((revision) => revision.actor === 'root-admin')).toBe(true);
    expect(merge).toContainEqual(
      expect.objectContaining({
        table: 'organizations',
        after: null,
        before: expect.objectContaining({ slug: 'hrw-duplicate' }),
      }),
    );
    expect(merge).toContainEqual(
      expect.objectContaining({
        table: 'organization_slug_redirects',
        after: expect.objectContaining({ slug: 'hrw-duplicate' }),
      }),
    );
    expect(merge).toContainEqual(
      expect.objectContaining({ table: 'organization_names', after: expect.objectContaining({ name: 'HRW-D' }) }),
    );
    expect(history).toContainEqual(
      expect.objectContaining({
        action: 'create',
        actor: 'alice',
        table: 'organizations',
        after: expect.objectContaining({ slug: 'hrw-duplicate' }),
      }),
    );
    // The old slug's history is the survivor's.
    expect((await request(app).get('/api/v1/organizations/hrw-duplicate/history')).headers.location).toBe(
      '/api/v1/organizations/human-rights-watch/history',
    );
  });

  it('an import names its actor (`import` by default), and an import that changes nothing adds no revision', async () => {
    await importDesignations(testDb.db, fileInput(fixturePath('import', 'valid', 'bom-crlf.csv')));
    const [revision] = await historyOf('bbbbbbbb-0000-4000-8000-000000000001');
    expect(revision).toMatchObject({ actor: 'import', action: 'create' });
    const before = await revisionCount(testDb.db);
    await importDesignations(testDb.db, fileInput(fixturePath('import', 'valid', 'bom-crlf.csv')), {
      actor: 'someone',
    });
    await seedFixture(testDb.db);
    expect(await revisionCount(testDb.db)).toBe(before);
  });

  it('a write without an actor fails loudly instead of going unattributed; history cannot be rewritten', async () => {
    await expect(testDb.db('laws').update({ citation: 'changed' })).rejects.toThrow(/no actor for this change/);
    await expect(
      recordedTransaction(testDb.db, 'test', (trx) => trx('revisions').update({ actor: 'someone else' })),
    ).rejects.toThrow(/append-only/);
    await expect(recordedTransaction(testDb.db, 'test', (trx) => trx('revisions').delete())).rejects.toThrow(
      /append-only/,
    );
  });

  it('GET /changes pages through every revision in order, from a revision id or a moment', async () => {
    const total = await revisionCount(testDb.db);
    const seen: Revision[] = [];
    let since: string | null = null;
    for (let page = 0; page < 100; page++) {
      const response: request.Response = await request(app).get(
        `/api/v1/changes?limit=400${since ? `&since=${since}` : ''}`,
      );
      expect(response.status).toBe(200);
      seen.push(...response.body.items);
      since = response.body.next_since;
      if (!response.body.has_more) break;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((revision) => revision.id)).size).toBe(total);
    const caughtUp = await request(app).get(`/api/v1/changes?since=${since}`);
    expect(caughtUp.body).toEqual({ items: [], next_since: since, has_more: false });

    const last = seen[seen.length - 1];
    const byTime = await request(app).get(
      `/api/v1/changes?since=${encodeURIComponent(seen[0].recorded_at)}&limit=1000`,
    );
    expect(byTime.body.items.every((revision: Revision) => revision.recorded_at > seen[0].recorded_at)).toBe(true);
    expect(byTime.body.items.map((revision: Revision) => revision.id)).toContain(last.id);
    expect((await request(app).get('/api/v1/changes?since=yesterday')).status).toBe(400);
  });
});

describe('the change feed while transactions commit out of order', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.destroy());

  // Revision ids are handed out when written, not when committed: a mirror that synced past a later
  // id while an earlier one was still uncommitted would never see it. PGlite has one connection only.
  it('lists changes in commit order, so a mirror following next_since misses nothing', async () => {
    if (testDb.backend !== 'postgres') return;
    const app = buildTestApp(testDb.db);
    let releaseSlow!: () => void;
    const slowMayCommit = new Promise<void>((resolve) => (releaseSlow = resolve));
    let slowWrote!: () => void;
    const slowHasWritten = new Promise<void>((resolve) => (slowWrote = resolve));
    const slow = recordedTransaction(testDb.db, 'slow', async (trx) => {
      await trx('laws').insert({ slug: 'slow-law', jurisdiction: 'RU', short_name: 'Slow law' });
      slowWrote();
      await slowMayCommit;
    });
    await slowHasWritten;
    await recordedTransaction(testDb.db, 'fast', (trx) =>
      trx('laws').insert({ slug: 'fast-law', jurisdiction: 'RU', short_name: 'Fast law' }),
    );

    const mirror = await request(app).get('/api/v1/changes');
    expect(mirror.body.items.map((revision: Revision) => revision.actor)).toEqual(['fast']);
    releaseSlow();
    await slow;
    const next = await request(app).get(`/api/v1/changes?since=${mirror.body.next_since}`);
    expect(next.body.items.map((revision: Revision) => revision.actor)).toEqual(['slow']);
    // The slow change has the smaller id: by id alone, the mirror would have skipped it.
    expect(next.body.items[0].id).toBeLessThan(mirror.body.items[0].id);
  });

  it('a since that names no revision is a 400', async () => {
    const response = await request(buildTestApp(testDb.db)).get('/api/v1/changes?since=999999');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ parameter: 'since', value: '999999', message: 'no revision has this id' }]);
  });
});
