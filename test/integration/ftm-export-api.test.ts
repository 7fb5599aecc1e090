import type { Express } from 'express';
import request from 'supertest';
import { recordedTransaction } from '../../src/db/recorded-transaction';
import { seededTestApp } from '../support/app';
import type { TestDatabase } from '../support/database';
import { download, listedIds } from '../support/export-helpers';
import { ftmEntities, FtmLine, ftmProblems } from '../support/ftm-validator';
import { expectBadParameter } from '../support/problems';

const TODAY = new Date().toISOString().slice(0, 10);
const ORG = 'ngo-tracker-org-';
const DESIGNATION = 'ngo-tracker-designation-';
const uuidOf = (id: string) => id.replace(/^ngo-tracker-(org|designation|family)-/, '');
const isRecord = (entity: FtmLine) => entity.schema === 'Sanction' || entity.schema === 'Event';

describe('GET /api/v1/entities.ftm.ndjson', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => ({ testDb, app } = await seededTestApp()));
  afterAll(() => testDb.destroy());

  /** The organizations of these designations and every ancestor of theirs (family parents). */
  async function organizationsWithAncestors(designationIds: string[]): Promise<string[]> {
    const { rows } = await testDb.db.raw(
      `with recursive kept as (
        select distinct organization_id as id from designations where id = any(?::uuid[])
        union select o.parent_id from organizations o join kept k on o.id = k.id where o.parent_id is not null)
      select id::text from kept`,
      [designationIds],
    );
    return rows.map((row: { id: string }) => row.id).sort();
  }

  async function ftmOf(query: string): Promise<FtmLine[]> {
    const response = await download(app, `/api/v1/entities.ftm.ndjson?${query}`);
    expect(response.status).toBe(200);
    return ftmEntities(response.body);
  }

  it('jurisdiction=RU&measure=undesirable_designation: only those Sanctions, their organizations and parents, valid FtM', async () => {
    const query = 'jurisdiction=RU&measure=undesirable_designation';
    const expected = await listedIds(app, query);
    expect(expected.length).toBeGreaterThan(10);
    const entities = await ftmOf(query);
    expect(ftmProblems(entities)).toEqual([]);
    const sanctions = entities.filter(isRecord);
    expect(sanctions.map((entity) => uuidOf(entity.id))).toEqual(expected);
    for (const sanction of sanctions) {
      expect(sanction.schema).toBe('Sanction');
      expect(sanction.properties).toMatchObject({
        country: ['ru'],
        provisions: [expect.stringMatching(/^undesirable designation/)],
      });
    }
    const organizations = entities
      .filter((entity) => entity.schema === 'Organization')
      .map((entity) => uuidOf(entity.id));
    expect(organizations.sort()).toEqual(await organizationsWithAncestors(expected));
    expect(entities.every((entity) => ['Organization', 'Membership', 'Sanction'].includes(entity.schema))).toBe(true);
  });

  it.each([
    'jurisdiction=IL',
    'organization=amnesty-international&family=1',
    'q=Human%20Rights%20Watch',
    'from=2022-04&to=2022-04&imprecise=include',
    'status=active&as_of=2020',
    'measure=undesirable_designation,foreign_agent_designation&reason=national_security',
  ])(
    'holds exactly the designations the list pages through, in its order, each organization once (%s)',
    async (query) => {
      const expected = await listedIds(app, query);
      expect(expected.length).toBeGreaterThan(0);
      const entities = await ftmOf(query);
      expect(ftmProblems(entities)).toEqual([]);
      expect(entities.filter(isRecord).map((entity) => uuidOf(entity.id))).toEqual(expected);
      const organizations = entities
        .filter((entity) => entity.schema === 'Organization')
        .map((entity) => uuidOf(entity.id));
      expect(organizations.sort()).toEqual(await organizationsWithAncestors(expected));
    },
  );

  it('writes an organization once, before its first Sanction, with a Membership to its family parent', async () => {
    const entities = await ftmOf('organization=amnesty-international&family=1');
    const limited = entities.find(
      (entity) => entity.schema === 'Organization' && entity.properties.name[0] === 'Amnesty International Limited',
    )!;
    const parent = entities.find(
      (entity) => entity.schema === 'Organization' && entity.properties.name[0] === 'Amnesty International',
    )!;
    expect(entities.filter((entity) => entity.id === limited.id)).toHaveLength(1);
    const firstSanction = entities.findIndex((entity) => entity.properties.entity?.[0] === limited.id);
    expect(entities.indexOf(limited)).toBeLessThan(firstSanction);
    expect(
      entities.filter((entity) => entity.schema === 'Membership' && entity.properties.member[0] === limited.id),
    ).toEqual([
      {
        id: `ngo-tracker-family-${uuidOf(limited.id)}`,
        schema: 'Membership',
        properties: { member: [limited.id], organization: [parent.id], role: ['family member'] },
      },
    ]);
  });

  it('keeps partial dates as they are and ids stable from one export to the next', async () => {
    const first = await download(app, '/api/v1/entities.ftm.ndjson?jurisdiction=RU');
    const second = await download(app, '/api/v1/entities.ftm.ndjson?jurisdiction=RU');
    expect(second.body.equals(first.body)).toBe(true);
    const entities = ftmEntities(first.body);
    expect(
      entities.every(
        (entity) =>
          entity.id.startsWith(ORG) || entity.id.startsWith(DESIGNATION) || entity.id.startsWith('ngo-tracker-family-'),
      ),
    ).toBe(true);
    const { rows } = await testDb.db.raw(
      `select id::text, partial_date_text(decided_on, decided_precision) as decided from designations where jurisdiction = 'RU'`,
    );
    const decided = new Map(rows.map((row: { id: string; decided: string }) => [row.id, row.decided]));
    for (const sanction of entities.filter(isRecord))
      expect(sanction.properties.startDate).toEqual([decided.get(uuidOf(sanction.id))]);
    expect(
      entities.filter(isRecord).some((sanction) => /^\d{4}(-\d{2})?$/.test(sanction.properties.startDate[0])),
    ).toBe(true);
  });

  it('is streamed like the other exports: NDJSON type, a file name that names the filter, no length, the same headers', async () => {
    const ftm = await download(app, '/api/v1/entities.ftm.ndjson?jurisdiction=RU&measure=undesirable_designation');
    expect(ftm.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(ftm.headers['content-disposition']).toBe(
      `attachment; filename=entities-RU-undesirable_designation-${TODAY}.ftm.ndjson`,
    );
    expect(ftm.headers['transfer-encoding']).toBe('chunked');
    expect(ftm.headers['content-length']).toBeUndefined();
    const ndjson = await download(app, '/api/v1/designations.ndjson?jurisdiction=RU&measure=undesirable_designation');
    const names = (headers: Record<string, string>) =>
      Object.keys(headers)
        .filter((name) => !name.startsWith('ratelimit'))
        .sort();
    expect(names(ftm.headers)).toEqual(names(ndjson.headers));
  });

  it('reads the data as recorded at a moment with recorded_as_of, family parents written at the end included', async () => {
    const empty = await download(app, '/api/v1/entities.ftm.ndjson?recorded_as_of=2000-01-01T00:00:00Z');
    expect(empty.status).toBe(200);
    expect(empty.body.length).toBe(0);

    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await recordedTransaction(testDb.db, 'test', (trx) =>
      trx('organizations').where('slug', 'amnesty-international').update({ name: 'Amnesty International (renamed)' }),
    );
    const names = (entities: FtmLine[]) =>
      entities.filter((entity) => entity.schema === 'Organization').map((entity) => entity.properties.name[0]);
    const query = 'organization=amnesty-international-limited';
    expect(names(await ftmOf(query))).toEqual(['Amnesty International Limited', 'Amnesty International (renamed)']);
    const recorded = await ftmOf(`${query}&recorded_as_of=${before}`);
    expect(names(recorded)).toEqual(['Amnesty International Limited', 'Amnesty International']);
    expect(ftmProblems(recorded)).toEqual([]);
  });

  it.each([
    ['jurisdiction=XX', 'jurisdiction', 'XX'],
    ['measure=nope', 'measure', 'nope'],
    ['from=2015-13', 'from', '2015-13'],
    ['bom=1', 'bom', '1'],
  ])('a bad filter is a 400 problem before any byte of the file (%s)', async (query, parameter, value) => {
    const response = await request(app).get(`/api/v1/entities.ftm.ndjson?${query}`);
    expectBadParameter(response, parameter, value);
    expect(response.headers['content-disposition']).toBeUndefined();
  });
});
