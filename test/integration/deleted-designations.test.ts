import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { writeDataPackage } from '../../src/services/export/data-package';
import { seededTestAppWithTokens } from '../support/app';
import { TestDatabase } from '../support/database';
import { bearer, TestTokens } from '../support/editing';
import { download } from '../support/export-helpers';
import { temporaryDirectory } from '../support/temporary-directory';

/** Every read that counts or lists designations, as numbers and ids, to compare before and after a deletion. */
async function everyRead(app: Express, db: TestDatabase['db'], id: string, lawSlug: string) {
  const get = async (url: string) => (await request(app).get(url)).body;
  const dir = temporaryDirectory('ngo-deleted');
  await writeDataPackage(db, dir, '2026-01-01');
  const packaged = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8').includes(id);
  return {
    listed: (await get('/api/v1/designations?organization=amnesty-international&family=1')).items.some(
      (item: { id: string }) => item.id === id,
    ),
    listTotal: (await get('/api/v1/designations?jurisdiction=RU')).total,
    csv: (await download(app, '/api/v1/designations.csv')).body.toString('utf8').includes(id),
    ndjson: (await download(app, '/api/v1/designations.ndjson')).body.toString('utf8').includes(id),
    statsTotal: (await get('/api/v1/stats/timeline?jurisdiction=RU')).total,
    lawCount: (await get(`/api/v1/laws/${lawSlug}`)).designation_count,
    lawsListCount: (await get('/api/v1/laws')).items.find((law: { slug: string }) => law.slug === lawSlug)
      .designation_count,
    jurisdictionCount: (await get('/api/v1/jurisdictions/RU')).designation_count,
    searchCount: (await get('/api/v1/organizations?q=Amnesty%20International%20Limited')).items[0].designation_count,
    organizationPage: (await get('/api/v1/organizations/amnesty-international-limited')).designations.some(
      (item: { id: string }) => item.id === id,
    ),
    timeline: (await get('/api/v1/organizations/amnesty-international/timeline?family=1')).events.some(
      (event: { designation: { id: string } }) => event.designation.id === id,
    ),
    precedents: JSON.stringify(
      await get('/api/v1/precedents?organization=human-rights-watch&jurisdiction=RU&limit=100'),
    ).includes(id),
    dataPackage: packaged('designations.csv') || packaged('designation_sources.csv'),
  };
}

describe('a deleted designation is hidden from every read and export, and back once restored', () => {
  let testDb: TestDatabase;
  let app: Express;
  let tokens: TestTokens;
  // Seeding takes a while on a busy machine: more than the default minute.
  beforeAll(async () => ({ testDb, app, tokens } = await seededTestAppWithTokens()), 180_000);
  afterAll(() => testDb.destroy());

  it('lists, counts, pages, timelines, precedents and every export leave it out', async () => {
    const [designation] = (
      await request(app).get(
        '/api/v1/designations?organization=amnesty-international-limited&measure=undesirable_designation',
      )
    ).body.items;
    const lawSlug = designation.law.slug;
    const before = await everyRead(app, testDb.db, designation.id, lawSlug);
    expect(before).toMatchObject({
      listed: true,
      csv: true,
      ndjson: true,
      organizationPage: true,
      timeline: true,
      precedents: true,
      dataPackage: true,
    });

    expect(
      (await request(app).delete(`/api/v1/designations/${designation.id}`).set(bearer(tokens.editor))).status,
    ).toBe(204);
    const hidden = await everyRead(app, testDb.db, designation.id, lawSlug);
    expect(hidden).toEqual({
      listed: false,
      listTotal: before.listTotal - 1,
      csv: false,
      ndjson: false,
      statsTotal: before.statsTotal - 1,
      lawCount: before.lawCount - 1,
      lawsListCount: before.lawsListCount - 1,
      jurisdictionCount: before.jurisdictionCount - 1,
      searchCount: before.searchCount - 1,
      organizationPage: false,
      timeline: false,
      precedents: false,
      dataPackage: false,
    });

    expect(
      (await request(app).post(`/api/v1/designations/${designation.id}/restore`).set(bearer(tokens.editor))).status,
    ).toBe(200);
    expect(await everyRead(app, testDb.db, designation.id, lawSlug)).toEqual(before);
  });
});
