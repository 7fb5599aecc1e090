import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Express } from 'express';
import request from 'supertest';
import { seededTestAppWithTokens } from '../support/app';
import { writeDataPackage } from '../../src/services/export/data-package';
import type { TestDatabase } from '../support/database';
import { bearer, TestTokens } from '../support/editing';
import { download } from '../support/export-helpers';
import { ftmEntities, ftmProblems } from '../support/ftm-validator';

// A made-up item number: the tests say nothing about which item an organization really is.
const ITEM = 'Q987654321';

describe('Wikidata ids of organizations', () => {
  let testDb: TestDatabase;
  let app: Express;
  let tokens: TestTokens;
  beforeAll(async () => ({ testDb, app, tokens } = await seededTestAppWithTokens()));
  afterAll(() => testDb.destroy());

  const patch = async (slug: string, body: Record<string, unknown>) => {
    const etag = (await request(app).get(`/api/v1/organizations/${slug}`)).headers.etag;
    return request(app)
      .patch(`/api/v1/organizations/${slug}`)
      .set(bearer(tokens.editor))
      .set('If-Match', etag)
      .send(body);
  };

  it.each(['Q12x', 'q42', '42', 'Q', 'Q-1', ' Q42', 42])(
    'a PATCH with a malformed id (%p) is a 400 naming wikidata_id',
    async (value) => {
      const response = await patch('memorial', { wikidata_id: value });
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain('wikidata_id');
      expect((await request(app).get('/api/v1/organizations/memorial')).body.wikidata_id).toBeNull();
    },
  );

  it('the database refuses a malformed id whatever writes it (check constraint)', async () => {
    await expect(
      testDb.db('organizations').where('slug', 'memorial').update({ wikidata_id: 'Q12x' }),
    ).rejects.toMatchObject({ code: '23514' });
  });

  it('is set through PATCH, found by the search as an exact id in any case, linked from the page, and cleared with null', async () => {
    const set = await patch('memorial', { wikidata_id: ITEM });
    expect(set.status).toBe(200);
    expect(set.body.wikidata_id).toBe(ITEM);

    for (const q of [ITEM, ITEM.toLowerCase()]) {
      const found = await request(app).get(`/api/v1/organizations?q=${q}`);
      expect(found.status).toBe(200);
      expect(found.body.items).toEqual([expect.objectContaining({ slug: 'memorial', matched_name: ITEM, score: 1 })]);
    }
    const web = await request(app).get(`/search?q=${ITEM}`);
    expect(web.status).toBe(200);
    expect(web.text).toContain('href="/organizations/memorial"');

    const page = await request(app).get('/organizations/memorial');
    expect(page.text).toContain(`<a href="https://www.wikidata.org/wiki/${ITEM}">${ITEM}</a>`);

    const cleared = await patch('memorial', { wikidata_id: null });
    expect(cleared.body.wikidata_id).toBeNull();
    expect((await request(app).get('/organizations/memorial')).text).not.toContain('wikidata.org');
  });

  it('an id no organization has is searched for as a name (and matches none here)', async () => {
    const response = await request(app).get('/api/v1/organizations?q=Q1');
    expect(response.status).toBe(200);
    expect(response.body.items.every((item: { matched_name: string }) => item.matched_name !== 'Q1')).toBe(true);
  });

  it('is exported: in the FtM Organization and in the data package organizations table', async () => {
    expect((await patch('international-memorial', { wikidata_id: ITEM })).status).toBe(200);
    const ftm = ftmEntities(
      (await download(app, '/api/v1/entities.ftm.ndjson?organization=international-memorial')).body,
    );
    expect(ftmProblems(ftm)).toEqual([]);
    const organization = ftm.find(
      (entity) => entity.schema === 'Organization' && entity.properties.name[0] === 'International Memorial',
    );
    expect(organization?.properties.wikidataId).toEqual([ITEM]);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wikidata-package-'));
    await writeDataPackage(testDb.db, dir, '2026-12-07');
    const organizations: Record<string, string>[] = parse(fs.readFileSync(path.join(dir, 'organizations.csv')), {
      columns: true,
    });
    expect(organizations.find((row) => row.slug === 'international-memorial')?.wikidata_id).toBe(ITEM);
    fs.rmSync(dir, { recursive: true });
  });
});
