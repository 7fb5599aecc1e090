import request from 'supertest';
import type { Express } from 'express';
import { seededTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { expectBadParameter, expectNotFound } from '../support/problems';

describe('laws and jurisdictions on the seed data', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => ({ testDb, app } = await seededTestApp()));
  afterAll(() => testDb.destroy());

  const get = (path: string) => request(app).get(`/api/v1${path}`);

  it('GET /laws lists every law with its count and first and latest use', async () => {
    const response = await get('/laws');
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(11);
    expect(response.body.items).toContainEqual(
      expect.objectContaining({
        slug: 'ru-foreign-agent-media-law',
        jurisdiction: { code: 'RU', name: 'Russia' },
        designation_count: 5,
        first_used_on: '2021',
        latest_used_on: '2023-11',
      }),
    );
  });

  it('GET /laws/:slug: the undesirable organizations law, first used against NED, 67 uses by year', async () => {
    const response = await get('/laws/ru-undesirable-organizations-law');
    expect(response.body).toMatchObject({
      short_name: 'Undesirable organizations law',
      enacted_on: '2015-05-23',
      family: 'undesirable_foreign_organization',
      designation_count: 67,
      first_used_on: '2015-07-28',
      latest_used_on: '2025-11-10',
      designations_url: '/api/v1/designations?law=ru-undesirable-organizations-law',
    });
    expect(response.body.first_uses.map((use: { organization: { slug: string } }) => use.organization.slug)).toEqual([
      'national-endowment-for-democracy',
      'osi-assistance-foundation',
      'open-society-foundations',
      'u-s-russia-foundation-for-economic-advancement-and-the-rule-of-law',
      'national-democratic-institute-for-international-affairs',
    ]);
    expect(response.body.latest_uses[0]).toMatchObject({
      decided_on: '2025-11-10',
      organization: { slug: 'human-rights-watch' },
    });
    expect(
      response.body.counts_per_year.map((year: { year: string; count: number }) => [year.year, year.count]),
    ).toEqual([
      ['2015', 4],
      ['2016', 3],
      ['2017', 4],
      ['2018', 2],
      ['2019', 3],
      ['2020', 4],
      ['2021', 13],
      ['2022', 12],
      ['2023', 10],
      ['2024', 7],
      ['2025', 5],
    ]);
  });

  it('GET /jurisdictions lists the jurisdictions that have acted', async () => {
    const response = await get('/jurisdictions');
    expect(
      response.body.items.map((item: { code: string; designation_count: number }) => [
        item.code,
        item.designation_count,
      ]),
    ).toEqual([
      ['CN', 5],
      ['HK', 1],
      ['IL', 13],
      ['IN', 6],
      ['NI', 2],
      ['RU', 95],
    ]);
    expect(response.body.items[0]).toEqual({
      code: 'CN',
      name: 'China',
      designation_count: 5,
      first_action_on: '2019-12-02',
      latest_action_on: '2019-12-02',
    });
  });

  it('GET /jurisdictions/RU: counts per measure and per law, first and latest actions', async () => {
    const response = await get('/jurisdictions/RU');
    expect(response.body).toMatchObject({
      code: 'RU',
      name: 'Russia',
      designation_count: 95,
      first_action_on: '2013-06-25',
      latest_action_on: '2025-11-10',
    });
    expect(response.body.by_measure).toEqual([
      { measure: 'undesirable_designation', count: 67 },
      { measure: 'registration_revoked', count: 13 },
      { measure: 'foreign_agent_designation', count: 12 },
      { measure: 'liquidation', count: 2 },
      { measure: 'suspension', count: 1 },
    ]);
    expect(response.body.by_law[0]).toEqual({
      law: { slug: 'ru-undesirable-organizations-law', short_name: 'Undesirable organizations law' },
      count: 67,
    });
    expect(response.body.first_actions[0]).toMatchObject({
      decided_on: '2013-06-25',
      organization: { slug: 'golos-association' },
    });
    expect(response.body.latest_actions[0]).toMatchObject({ decided_on: '2025-11-10' });
    expect(response.body.collective_actions).toEqual([]);
  });

  it("GET /jurisdictions/NI: Nicaragua's actions against many organizations at once come apart", async () => {
    const response = await get('/jurisdictions/NI');
    expect(response.body.designation_count).toBe(2);
    expect(
      response.body.collective_actions.map((action: { decided_on: string; organizations_affected: number }) => [
        action.decided_on,
        action.organizations_affected,
      ]),
    ).toEqual([
      ['2022-11', 100],
      ['2023-11', 25],
      ['2024-08', 1500],
    ]);
  });

  it('a known code that has not acted has zeros (lower case accepted); an unknown code is 404, a malformed one 400', async () => {
    const france = await get('/jurisdictions/fr');
    expect(france.status).toBe(200);
    expect(france.body).toMatchObject({
      code: 'FR',
      name: 'France',
      designation_count: 0,
      first_action_on: null,
      by_measure: [],
      first_actions: [],
    });
    expectNotFound(await get('/jurisdictions/XX'));
    expectBadParameter(await get('/jurisdictions/RUS'), 'code', 'RUS');
  });

  it('404 for an unknown law; unknown parameters are 400 here too', async () => {
    expectNotFound(await get('/laws/no-such-law'));
    expectBadParameter(await get('/laws?jurisdiction=RU'), 'jurisdiction', 'RU');
  });
});
