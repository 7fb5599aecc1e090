import request from 'supertest';
import type { Express } from 'express';
import { importDesignations } from '../../src/services/import/import-designations';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { bearer, createTestTokens, designationBody, TestTokens } from '../support/editing';
import { fileInput, fixturePath } from '../support/fixtures';
import { snapshotDatabase } from '../support/snapshot';

describe('editing organizations over HTTP', () => {
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
  const etagOf = async (slug: string) => (await request(app).get(`/api/v1/organizations/${slug}`)).headers.etag;
  const namesOf = (body: { names: { name: string; kind: string; lang: string | null }[] }) => body.names;

  it('creates an organization with its other names: 201, Location, ETag; the same name twice is a 409', async () => {
    const created = await request(app)
      .post('/api/v1/organizations')
      .set(editor())
      .send({
        name: 'Open Society Test',
        kind: 'foundation',
        hq_country: 'US',
        names: [{ name: 'OST' }, { name: 'Фонд Открытое общество', kind: 'translation', lang: 'ru' }],
      });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe('/api/v1/organizations/open-society-test');
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toMatchObject({
      slug: 'open-society-test',
      kind: 'foundation',
      hq_country: 'US',
      version: 1,
      designations: [],
    });
    expect(namesOf(created.body)).toEqual([
      { name: 'Open Society Test', lang: null, kind: 'canonical' },
      { name: 'OST', lang: null, kind: 'acronym' },
      { name: 'Фонд Открытое общество', lang: 'ru', kind: 'translation' },
    ]);
    expect((await request(app).get('/api/v1/organizations?q=otkrytoe%20obshchestvo')).body.items[0].slug).toBe(
      'open-society-test',
    );
    expect(
      (await request(app).post('/api/v1/organizations').set(editor()).send({ name: 'open society test', kind: 'ngo' }))
        .status,
    ).toBe(409);
  });

  it('rejects bad fields with a 400 naming each, writing nothing', async () => {
    const before = await snapshotDatabase(testDb.db);
    const response = await request(app)
      .post('/api/v1/organizations')
      .set(editor())
      .send({
        name: '  ',
        kind: 'club',
        hq_country: 'XX',
        parent: 'no-such-parent',
        names: [{ name: 'A' }, { name: 'A' }],
        colour: 'red',
      });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((problem: { parameter: string }) => problem.parameter).sort()).toEqual([
      'colour',
      'hq_country',
      'kind',
      'name',
      'names',
    ]);
    const unknownParent = await request(app)
      .post('/api/v1/organizations')
      .set(editor())
      .send({ name: 'Child', kind: 'ngo', parent: 'no-such-parent' });
    expect(unknownParent.status).toBe(400);
    expect(unknownParent.body.errors).toEqual([
      { parameter: 'parent', value: 'no-such-parent', message: 'no organization has this slug' },
    ]);
    expect(await snapshotDatabase(testDb.db)).toEqual(before);
  });

  it('PATCH renames (keeping the old name as a former one), changes kind and parent; If-Match required, stale is 412', async () => {
    expect(
      (await request(app).patch('/api/v1/organizations/open-society-test').set(editor()).send({ kind: 'ngo' })).status,
    ).toBe(428);
    const etag = await etagOf('open-society-test');
    const patched = await request(app)
      .patch('/api/v1/organizations/open-society-test')
      .set(editor())
      .set('If-Match', etag)
      .send({ name: 'Open Society Foundations Test', kind: 'ngo', parent: 'memorial' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      slug: 'open-society-test',
      name: 'Open Society Foundations Test',
      kind: 'ngo',
      family: { parent: { slug: 'memorial' } },
      version: 2,
    });
    expect(patched.headers.etag).toBe('"2"');
    expect(namesOf(patched.body)).toContainEqual({ name: 'Open Society Test', lang: null, kind: 'former' });
    expect(
      (
        await request(app)
          .patch('/api/v1/organizations/open-society-test')
          .set(editor())
          .set('If-Match', etag)
          .send({ kind: 'media' })
      ).status,
    ).toBe(412);

    const names = await request(app)
      .patch('/api/v1/organizations/open-society-test')
      .set(editor())
      .set('If-Match', '"2"')
      .send({ names: [{ name: 'OSF-T' }] });
    expect(namesOf(names.body)).toEqual([
      { name: 'Open Society Foundations Test', lang: null, kind: 'canonical' },
      { name: 'OSF-T', lang: null, kind: 'acronym' },
    ]);
  });

  it('refuses a parent that would make a family a loop', async () => {
    const memorial = await request(app)
      .patch('/api/v1/organizations/memorial')
      .set(editor())
      .set('If-Match', await etagOf('memorial'))
      .send({ parent: 'open-society-test' });
    expect(memorial.status).toBe(400);
    expect(memorial.body.errors).toEqual([
      expect.objectContaining({ parameter: 'parent', message: 'is the organization itself or one of its descendants' }),
    ]);
  });

  it('merges an organization into another: names, designations and children move, the old slug redirects', async () => {
    await request(app)
      .post('/api/v1/organizations')
      .set(editor())
      .send({ name: 'Memorial HRC', kind: 'ngo', names: [{ name: 'MHRC' }] });
    const moved = await request(app)
      .post('/api/v1/designations')
      .set(editor())
      .send(designationBody({ organization: 'Memorial HRC', organization_aliases: [] }));
    expect(moved.body.organization.slug).toBe('memorial-hrc');

    expect(
      (
        await request(app)
          .post('/api/v1/organizations/memorial/merge')
          .set(editor())
          .send({ organization: 'memorial-hrc' })
      ).status,
    ).toBe(403);
    const admin = bearer(tokens.admin);
    expect(
      (await request(app).post('/api/v1/organizations/memorial/merge').set(admin).send({ organization: 'memorial' }))
        .status,
    ).toBe(400);
    expect(
      (await request(app).post('/api/v1/organizations/memorial/merge').set(admin).send({ organization: 'nobody' }))
        .status,
    ).toBe(404);
    expect(
      (
        await request(app)
          .post('/api/v1/organizations/memorial/merge')
          .set(admin)
          .set('If-Match', '"99"')
          .send({ organization: 'memorial-hrc' })
      ).status,
    ).toBe(412);

    const merged = await request(app)
      .post('/api/v1/organizations/memorial/merge')
      .set(admin)
      .send({ organization: 'memorial-hrc' });
    expect(merged.status).toBe(200);
    expect(merged.headers.etag).toBe(`"${merged.body.version}"`);
    expect(namesOf(merged.body).map((entry) => entry.name)).toEqual(
      expect.arrayContaining(['Мемориал', 'Memorial HRC', 'MHRC']),
    );
    expect(merged.body.designations.map((designation: { id: string }) => designation.id)).toContain(moved.body.id);
    expect(merged.body.family.children).toEqual([{ slug: 'open-society-test', name: 'Open Society Foundations Test' }]);
    expect((await request(app).get(`/api/v1/designations/${moved.body.id}`)).body.organization.slug).toBe('memorial');

    const redirected = await request(app).get('/api/v1/organizations/memorial-hrc/timeline?family=1');
    expect(redirected.status).toBe(308);
    expect(redirected.headers.location).toBe('/api/v1/organizations/memorial/timeline?family=1');
    expect((await request(app).get('/api/v1/organizations/memorial-hrc')).headers.location).toBe(
      '/api/v1/organizations/memorial',
    );
    const page = await request(app).get('/organizations/memorial-hrc').set('Accept', 'text/html');
    expect(page.status).toBe(308);
    expect(page.headers.location).toBe('/organizations/memorial');
    expect(
      (await request(app).patch('/api/v1/organizations/memorial-hrc').set(editor()).set('If-Match', '"1"').send({}))
        .status,
    ).toBe(308);
    const filtered = await request(app).get('/api/v1/designations?organization=memorial-hrc');
    expect(filtered.body.errors).toEqual([
      {
        parameter: 'organization',
        value: 'memorial-hrc',
        message: 'this organization was merged into memorial: use that slug',
      },
    ]);
    // The merged slug is never given to another organization.
    const again = await request(app)
      .post('/api/v1/organizations')
      .set(editor())
      .send({ name: 'Memorial HRC', kind: 'ngo' });
    expect(again.body.slug).toBe('memorial-hrc-2');
  });
});
