import request from 'supertest';
import type { Express } from 'express';
import { recordedTransaction } from '../../src/db/recorded-transaction';
import { endDesignationBody, endDesignation } from '../../src/services/editing/designation-editing';
import { loadKnownTotals } from '../../src/services/seed/load-known-totals';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { fixturePath } from '../support/fixtures';
import { expectBadParameter } from '../support/problems';
import { createSeededTestDatabase } from '../support/seed-fixture';

const SAKHAROV_CENTER_FOREIGN_AGENT = '6d48926f-5414-5e8d-92d7-beab1a8c1928'; // decided 2014-12-25
const LEVADA_CENTER_FOREIGN_AGENT = 'bb6440af-6f5f-5e5a-80b7-15bb90e83a97'; // decided 2016-09-05

type KnownTotal = {
  scope: string;
  scope_kind: string;
  count: number;
  as_of: string;
  held: number | null;
  share: number | null;
  share_kind: string | null;
  compared_with: { description: string } | null;
};
type Measure = {
  measure: string;
  designations: number;
  active: number;
  ended: number;
  first_decided_on: string;
  latest_decided_on: string;
  known_totals: KnownTotal[];
};

/** A known total by what its scope starts with and its as-of date, as [count, held, share, share_kind, compared with]. */
function comparison(
  measure: Measure,
  scopeStart: string,
  asOf: string,
): [number, number | null, number | null, string | null, string | null] {
  const matches = measure.known_totals.filter((total) => total.scope.startsWith(scopeStart) && total.as_of === asOf);
  expect(matches).toHaveLength(1);
  const [total] = matches;
  return [total.count, total.held, total.share, total.share_kind, total.compared_with?.description ?? null];
}

describe('GET /api/v1/coverage on the fixture seed and its known totals', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => {
    testDb = await createSeededTestDatabase();
    // Two foreign-agent listings end, so that "in force on" and "entered ever" part ways.
    const end = (id: string, ended_on: string) =>
      endDesignation(
        testDb.db,
        'test',
        id,
        endDesignationBody.parse({
          ended_on,
          source_urls: ['https://example.org/excluded'],
          source_publishers: ['Example'],
        }),
        undefined,
        '2026-01-01',
      );
    await end(SAKHAROV_CENTER_FOREIGN_AGENT, '2016-03');
    await end(LEVADA_CENTER_FOREIGN_AGENT, '2017-05-10');
    app = buildTestApp(testDb.db);
  });
  afterAll(() => testDb.destroy());

  const get = (path: string) => request(app).get(`/api/v1${path}`);
  const russia = async () => {
    const response = await get('/coverage?jurisdiction=ru');
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(1);
    return response.body.items[0];
  };
  const measureOf = (jurisdiction: { measures: Measure[] }, name: string) =>
    jurisdiction.measures.find((measure) => measure.measure === name)!;

  it('RU foreign agents: held, first and latest, ended and active, and each known total compared', async () => {
    const agents = measureOf(await russia(), 'foreign_agent_designation');
    expect(agents).toMatchObject({
      designations: 12,
      active: 10,
      ended: 2,
      first_decided_on: '2014',
      latest_decided_on: '2023-11',
    });
    // Memorial (2014) and the Sakharov Center (2014-12-25) by the end of 2014; neither had ended.
    expect(comparison(agents, 'NGOs currently on', '2014-12-31')).toEqual([
      30,
      2,
      0.0667,
      'exact',
      'in force on 2014-12-31',
    ]);
    expect(comparison(agents, 'NGOs entered (ever)', '2014-12-31')).toEqual([
      30,
      2,
      0.0667,
      'exact',
      'decided by 2014-12-31',
    ]);
    // Five decided by the end of 2016; the Sakharov Center's listing ended in March 2016, Levada's only in 2017.
    expect(comparison(agents, 'NGOs currently on', '2016-12-31')).toEqual([
      103,
      4,
      0.0388,
      'exact',
      'in force on 2016-12-31',
    ]);
    expect(comparison(agents, 'NGOs entered (ever)', '2016-12-31')).toEqual([
      154,
      5,
      0.0325,
      'exact',
      'decided by 2016-12-31',
    ]);
    expect(comparison(agents, 'NGOs added during 2014', '2014')).toEqual([29, 2, 0.069, 'exact', 'decided in 2014']);
    expect(comparison(agents, 'NGOs added during 2015', '2015')).toEqual([81, 1, 0.0123, 'exact', 'decided in 2015']);
  });

  it('RU undesirable: the list on a day, additions in a year (up to the as-of date when counted early), since a start', async () => {
    const undesirable = measureOf(await russia(), 'undesirable_designation');
    expect(undesirable).toMatchObject({
      designations: 67,
      active: 67,
      ended: 0,
      first_decided_on: '2015-07-28',
      latest_decided_on: '2025-11-10',
    });
    expect(comparison(undesirable, 'entries on the Ministry', '2017-10')).toEqual([
      11,
      11,
      1,
      'exact',
      'in force on 2017-10',
    ]);
    expect(comparison(undesirable, 'entries on the Ministry', '2021-10-01')).toEqual([
      49,
      33,
      0.6735,
      'exact',
      'in force on 2021-10-01',
    ]);
    expect(comparison(undesirable, 'organizations added during the calendar year', '2020')).toEqual([
      12,
      4,
      0.3333,
      'exact',
      'decided in 2020',
    ]);
    expect(comparison(undesirable, 'organizations added during the calendar year', '2022')).toEqual([
      22,
      12,
      0.5455,
      'exact',
      'decided in 2022',
    ]);
    expect(comparison(undesirable, 'organizations added during the calendar year', '2024-12-24')).toEqual([
      65,
      7,
      0.1077,
      'exact',
      'decided from 2024 to 2024-12-24',
    ]);
    expect(comparison(undesirable, 'foreign and international NGOs declared', '2022')).toEqual([
      23,
      12,
      0.5217,
      'exact',
      'decided in 2022',
    ]);
    // Eleven of 2022's twelve were decided by 4 August (the twelfth on 12 August).
    expect(comparison(undesirable, 'organizations declared undesirable', '2022-08-04')).toEqual([
      12,
      11,
      0.9167,
      'exact',
      'decided from 2022-01-01 to 2022-08-04',
    ]);
  });

  it('a scope nothing compares with keeps its count and has no share; Russia in total', async () => {
    const ru = await russia();
    expect(comparison(measureOf(ru, 'other'), 'exclusions', '2024-02-02')).toEqual([170, null, null, null, null]);
    expect(measureOf(ru, 'other')).toMatchObject({ designations: 0, active: 0, ended: 0, first_decided_on: null });
    expect(ru).toMatchObject({
      jurisdiction: { code: 'RU', name: 'Russia' },
      designations: 95,
      active: 93,
      ended: 2,
      known_total_count: 14,
    });
    expect(ru.measures.map((measure: Measure) => measure.measure)).toEqual([
      'undesirable_designation',
      'registration_revoked',
      'foreign_agent_designation',
      'liquidation',
      'suspension',
      'other',
    ]);
  });

  it('"at least" counts give an upper bound; actions against many organizations are listed apart', async () => {
    const response = await get('/coverage?jurisdiction=NI,TR');
    expect(response.body.items.map((item: { jurisdiction: { code: string } }) => item.jurisdiction.code)).toEqual([
      'NI',
      'TR',
    ]);
    const [ni, tr] = response.body.items;
    const revoked = measureOf(ni, 'registration_revoked');
    expect(revoked).toMatchObject({ designations: 2, active: 2, ended: 0 });
    expect(comparison(revoked, 'non-profit organizations (NGOs', '2022-03-17')).toEqual([
      87,
      0,
      0,
      'at_most',
      'decided from 2018-12 to 2022-03-17',
    ]);
    expect(comparison(revoked, 'non-profit organizations (NGOs', '2022-11')).toEqual([
      3026,
      1,
      0.0003,
      'exact',
      'decided from 2018-12 to 2022-11',
    ]);
    expect(
      comparison(
        revoked,
        'non-profit organizations whose legal personality was cancelled in the single',
        '2024-08-19',
      )[1],
    ).toBeNull();
    expect(
      ni.collective_actions.map((action: { decided_on: string; organizations_affected: number }) => [
        action.decided_on,
        action.organizations_affected,
      ]),
    ).toEqual([
      ['2022-11', 100],
      ['2023-11', 25],
      ['2024-08', 1500],
    ]);
    // A known total with nothing held: a share of 0, not a missing row.
    expect(tr).toMatchObject({ designations: 0, first_decided_on: null, known_total_count: 1, collective_actions: [] });
    expect(comparison(measureOf(tr, 'liquidation'), 'associations (dernek)', '2016-07-23')).toEqual([
      1125,
      0,
      0,
      'exact',
      'decided by 2016-07-23',
    ]);
  });

  it('without a filter: every jurisdiction with designations or known totals, by code', async () => {
    const response = await get('/coverage');
    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { jurisdiction: { code: string } }) => item.jurisdiction.code)).toEqual([
      'CN',
      'HK',
      'IL',
      'IN',
      'NI',
      'RU',
      'TR',
    ]);
    expect(response.body.status_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await get('/coverage?jurisdiction=FR')).body.items).toEqual([]);
  });

  it('bad parameters are problem+json 400s naming the parameter', async () => {
    expectBadParameter(await get('/coverage?jurisdiction=XX'), 'jurisdiction', 'XX');
    expectBadParameter(await get('/coverage?jurisdiction=RU,'), 'jurisdiction', 'RU,');
    expectBadParameter(await get('/coverage?measure=ban'), 'measure', 'ban');
  });
});

describe('loading known totals', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.destroy());

  it('a seed folder without known-totals.csv leaves the table as it is; loading again writes nothing', async () => {
    const load = (file: string) => recordedTransaction(testDb.db, 'test', (trx) => loadKnownTotals(trx, file));
    const countOf = async (table: string, where: Record<string, string> = {}) =>
      Number((await testDb.db(table).where(where).count<{ count: string }[]>('* as count'))[0].count);
    const absent = fixturePath('seed', 'no-such-known-totals.csv');
    expect(await load(absent)).toBeNull();
    expect(await load(fixturePath('seed', 'known-totals.csv'))).toBe(18);
    expect(await countOf('revisions', { table_name: 'known_totals' })).toBe(18);
    expect(await load(fixturePath('seed', 'known-totals.csv'))).toBe(18);
    expect(await load(absent)).toBeNull();
    expect(await countOf('revisions', { table_name: 'known_totals' })).toBe(18);
    expect(await countOf('known_totals')).toBe(18);
  });
});
