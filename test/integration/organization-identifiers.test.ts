import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import type { Express } from 'express';
import { recordedTransaction } from '../../src/db/recorded-transaction';
import { loadOrganizationIdentifiers } from '../../src/services/seed/load-organization-identifiers';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { bearer, createTestTokens, TestTokens } from '../support/editing';
import { download, unzip } from '../support/export-helpers';
import { fixturePath } from '../support/fixtures';
import { seedFixture } from '../support/seed-fixture';
import { temporaryDirectory } from '../support/temporary-directory';

/** Made-up numbers (region code 00, which no region has) of fixture organizations: test/fixtures/seed-identifiers. */
const IDENTIFIERS_FILE = fixturePath('seed-identifiers', 'organization-identifiers.csv');
const GOLOS = { ogrn: '1020000000019', inn: '0000000018' };
const INTERNATIONAL_MEMORIAL = { ogrn: '1020000000020', inn: '0000000025' };
const MEMORIAL_HRC_OGRN = '1020000000030';

describe('organization registration numbers (OGRN, INN)', () => {
  let testDb: TestDatabase;
  let app: Express;
  let tokens: TestTokens;
  const load = (file: string) =>
    recordedTransaction(testDb.db, 'seed', (trx) => loadOrganizationIdentifiers(trx, file));
  const countOf = async (table: string, where: Record<string, unknown> = {}) =>
    Number((await testDb.db(table).where(where).count<{ count: string }[]>('* as count'))[0].count);

  /** A file of these lines after the header, in a folder of its own. */
  function identifiersFile(lines: string[]): string {
    const dir = temporaryDirectory('identifiers');
    const file = path.join(dir, 'organization-identifiers.csv');
    fs.writeFileSync(file, ['organization,scheme,value', ...lines, ''].join('\n'));
    return file;
  }

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const summary = await seedFixture(testDb.db);
    // The fixture seed has no organization-identifiers.csv: the table is left alone.
    expect(summary.organizationIdentifiers).toBeNull();
    expect(await countOf('organization_identifiers')).toBe(0);
    expect(await load(IDENTIFIERS_FILE)).toBe(5);
    tokens = await createTestTokens(testDb.db);
    app = buildTestApp(testDb.db);
  });
  afterAll(() => testDb.destroy());

  it('GET /api/v1/organizations/{slug}: identifiers, OGRN first, leading zeros kept; none is an empty list', async () => {
    const golos = await request(app).get('/api/v1/organizations/golos-association');
    expect(golos.status).toBe(200);
    expect(golos.body.identifiers).toEqual([
      { scheme: 'ru_ogrn', value: GOLOS.ogrn },
      { scheme: 'ru_inn', value: GOLOS.inn },
    ]);
    // Named by its alias "HRC Memorial" in the file, found as the importer finds it.
    expect((await request(app).get('/api/v1/organizations/memorial-human-rights-centre')).body.identifiers).toEqual([
      { scheme: 'ru_ogrn', value: MEMORIAL_HRC_OGRN },
    ]);
    expect((await request(app).get('/api/v1/organizations/human-rights-watch')).body.identifiers).toEqual([]);
  });

  it('GET /api/v1/organizations?q=<number> finds the organization that holds it, exactly', async () => {
    const byOgrn = await request(app).get(`/api/v1/organizations?q=${GOLOS.ogrn}`);
    expect(byOgrn.status).toBe(200);
    expect(byOgrn.body.items).toEqual([
      expect.objectContaining({ slug: 'golos-association', matched_name: GOLOS.ogrn, score: 1 }),
    ]);
    expect(
      (await request(app).get(`/api/v1/organizations?q=${GOLOS.inn}`)).body.items.map(
        (item: { slug: string }) => item.slug,
      ),
    ).toEqual(['golos-association']);
    // A number no organization holds is searched as a name, and resembles none.
    expect((await request(app).get('/api/v1/organizations?q=1020000000999')).body.items).toEqual([]);
  });

  it('the organization page lists them, labelled OGRN and INN', async () => {
    const page = (await request(app).get('/organizations/golos-association')).text;
    expect(page).toContain('<h2 id="identifiers-heading">Registration numbers</h2>');
    expect(page).toMatch(new RegExp(`<dt><abbr title="[^"]+">OGRN</abbr></dt><dd>${GOLOS.ogrn}</dd>`));
    expect(page).toMatch(new RegExp(`<dt><abbr title="[^"]+">INN</abbr></dt><dd>${GOLOS.inn}</dd>`));
    expect((await request(app).get('/organizations/human-rights-watch')).text).not.toContain('identifiers-heading');
  });

  it('the data package has an organization_identifiers resource, described, that names organizations of the package', async () => {
    const files = await unzip((await download(app, '/api/v1/datapackage.zip')).body);
    const descriptor = JSON.parse(files.get('datapackage.json')!.toString('utf8'));
    const resource = descriptor.resources.find(
      (candidate: { name: string }) => candidate.name === 'organization_identifiers',
    );
    expect(resource).toMatchObject({
      path: 'organization_identifiers.csv',
      schema: { primaryKey: ['scheme', 'value'] },
    });
    expect(resource.schema.fields.map((field: { name: string }) => field.name)).toEqual([
      'organization_id',
      'scheme',
      'value',
    ]);
    const rows: Record<string, string>[] = parse(files.get('organization_identifiers.csv')!, { columns: true });
    const organizations: Record<string, string>[] = parse(files.get('organizations.csv')!, { columns: true });
    const golosId = organizations.find((organization) => organization.slug === 'golos-association')!.id;
    expect(rows).toHaveLength(5);
    expect(rows.filter((row) => row.organization_id === golosId)).toEqual([
      { organization_id: golosId, scheme: 'ru_inn', value: GOLOS.inn },
      { organization_id: golosId, scheme: 'ru_ogrn', value: GOLOS.ogrn },
    ]);
  });

  it('loading the same file again writes nothing; a number moved to another organization follows the file', async () => {
    const revisions = await countOf('revisions');
    expect(await load(IDENTIFIERS_FILE)).toBe(5);
    expect(await countOf('revisions')).toBe(revisions);

    // The INN given to another organization, and the Memorial HRC number dropped from the file.
    const lines = fs
      .readFileSync(IDENTIFIERS_FILE, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .filter((line) => !line.startsWith('HRC Memorial'));
    const edited = lines.map((line) =>
      line === `Golos Association,ru_inn,${GOLOS.inn}` ? `Sakharov Center,ru_inn,${GOLOS.inn}` : line,
    );
    expect(await load(identifiersFile(edited))).toBe(4);
    expect((await request(app).get('/api/v1/organizations/sakharov-center')).body.identifiers).toEqual([
      { scheme: 'ru_inn', value: GOLOS.inn },
    ]);
    expect((await request(app).get('/api/v1/organizations/golos-association')).body.identifiers).toEqual([
      { scheme: 'ru_ogrn', value: GOLOS.ogrn },
    ]);
    expect(await countOf('organization_identifiers', { value: MEMORIAL_HRC_OGRN })).toBe(0);
    await load(IDENTIFIERS_FILE);
    expect(await countOf('organization_identifiers')).toBe(5);
  });

  it('a bad file is refused whole, each problem on its line: unknown organization, scheme, shape, check digit, duplicate', async () => {
    const before = await countOf('revisions');
    const file = identifiersFile([
      `Golos Association,ru_ogrn,${GOLOS.ogrn}`,
      'No Such Organization,ru_ogrn,1020000000041',
    ]);
    await expect(load(file)).rejects.toMatchObject({
      rowProblems: [
        {
          line: 3,
          column: 'organization',
          value: 'No Such Organization',
          message: expect.stringContaining('no organization has this name'),
        },
      ],
    });
    const malformed = identifiersFile([
      'Golos Association,us_ein,123456789',
      'Golos Association,ru_ogrn,102000000001',
      'Golos Association,ru_inn,0000000019',
      `Sakharov Center,ru_ogrn,${GOLOS.ogrn}`,
      `Golos Association,ru_ogrn,${GOLOS.ogrn}`,
    ]);
    await expect(load(malformed)).rejects.toMatchObject({
      rowProblems: [
        { line: 2, column: 'scheme', value: 'us_ein', message: 'unknown scheme: expected one of ru_ogrn, ru_inn' },
        { line: 3, column: 'value', value: '102000000001', message: 'an OGRN is 13 digits' },
        { line: 4, column: 'value', value: '0000000019', message: 'not a valid INN: its check digit does not match' },
        {
          line: 6,
          column: 'value',
          value: GOLOS.ogrn,
          message: 'the same number is given on line 5: a number identifies one organization',
        },
      ],
    });
    expect(await countOf('revisions')).toBe(before);
    expect(await countOf('organization_identifiers')).toBe(5);
  });

  it('the database refuses an unknown scheme and a number of the wrong shape, and a number held twice', async () => {
    const [{ id }] = await testDb.db('organizations').where({ slug: 'human-rights-watch' }).select('id');
    const insert = (scheme: string, value: string) =>
      recordedTransaction(testDb.db, 'cli', (trx) =>
        // Any scheme, as a client could send it: the database is what refuses it.
        trx<{ organization_id: string; scheme: string; value: string }>('organization_identifiers').insert({
          organization_id: id,
          scheme,
          value,
        }),
      );
    await expect(insert('us_ein', '123456789')).rejects.toThrow(/organization_identifiers_scheme_known/);
    await expect(insert('ru_ogrn', '102000000001')).rejects.toThrow(/organization_identifiers_value_shape/);
    await expect(insert('ru_inn', '1020000000019')).rejects.toThrow(/organization_identifiers_value_shape/);
    await expect(insert('ru_inn', '00000000ab')).rejects.toThrow(/organization_identifiers_value_shape/);
    await expect(insert('ru_ogrn', GOLOS.ogrn)).rejects.toThrow(/organization_identifiers_pkey|duplicate key/);
  });

  it('a merge moves the merged organization’s numbers to the survivor, in its history', async () => {
    const merged = await request(app)
      .post('/api/v1/organizations/international-memorial/merge')
      .set(bearer(tokens.admin))
      .send({ organization: 'memorial-human-rights-centre' });
    expect(merged.status).toBe(200);
    expect(merged.body.identifiers).toEqual([
      { scheme: 'ru_ogrn', value: INTERNATIONAL_MEMORIAL.ogrn },
      { scheme: 'ru_ogrn', value: MEMORIAL_HRC_OGRN },
      { scheme: 'ru_inn', value: INTERNATIONAL_MEMORIAL.inn },
    ]);
    expect((await request(app).get(`/api/v1/organizations?q=${MEMORIAL_HRC_OGRN}`)).body.items[0].slug).toBe(
      'international-memorial',
    );
    const history = (await request(app).get('/api/v1/organizations/international-memorial/history')).body.items;
    expect(history).toContainEqual(
      expect.objectContaining({
        action: 'merge',
        table: 'organization_identifiers',
        record_id: `ru_ogrn/${MEMORIAL_HRC_OGRN}`,
        after: expect.objectContaining({ value: MEMORIAL_HRC_OGRN }),
      }),
    );
    // Reloading the file names the merged organization by a name the survivor now has: nothing changes.
    const revisions = await countOf('revisions');
    await load(IDENTIFIERS_FILE);
    expect(await countOf('revisions')).toBe(revisions);
  });
});
