import request from 'supertest';
import type { Express } from 'express';
import { seededTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { expectBadParameter } from '../support/problems';

interface Period {
  period: string;
  start: string;
  end: string;
  total: number;
  groups: Record<string, number>;
}

// Expected counts are checked by hand against test/fixtures/seed/designations.csv (the fixture seed). The Russian
// foreign-agent designations are dated 2014, 2014-12-25, 2015-04, 2016, 2016-09-05, 2021-04-23,
// 2021, 2021-08, 2021-10-08, 2023-03-10 (two) and 2023-11: three of them only to the year.
describe('GET /api/v1/stats/timeline on the seed data', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => ({ testDb, app } = await seededTestApp()));
  afterAll(() => testDb.destroy());

  const stats = (query: Record<string, string>) => request(app).get('/api/v1/stats/timeline').query(query);
  const totals = (periods: Period[]) => periods.map((period) => [period.period, period.total]);
  const russianForeignAgents = { jurisdiction: 'RU', measure: 'foreign_agent_designation' };

  it('by year: a year-dated designation counts in its year, and years without any are zeros', async () => {
    const response = await stats({ ...russianForeignAgents, interval: 'year' });
    expect(response.status).toBe(200);
    expect(totals(response.body.periods)).toEqual([
      ['2014', 2],
      ['2015', 1],
      ['2016', 2],
      ['2017', 0],
      ['2018', 0],
      ['2019', 0],
      ['2020', 0],
      ['2021', 4],
      ['2022', 0],
      ['2023', 3],
    ]);
    expect(response.body).toMatchObject({
      interval: 'year',
      group_by: null,
      from: null,
      to: null,
      total: 12,
      imprecise_total: 0,
      imprecise: [],
    });
  });

  it('by quarter: year-dated designations go to their year in imprecise, never to a first quarter', async () => {
    const response = await stats({ ...russianForeignAgents, interval: 'quarter' });
    const periods: Period[] = response.body.periods;
    expect(periods).toHaveLength(40);
    expect([periods[0].period, periods[39].period]).toEqual(['2014-Q1', '2023-Q4']);
    expect(totals(periods.filter((period) => period.total > 0))).toEqual([
      ['2014-Q4', 1],
      ['2015-Q2', 1],
      ['2016-Q3', 1],
      ['2021-Q2', 1],
      ['2021-Q3', 1],
      ['2021-Q4', 1],
      ['2023-Q1', 2],
      ['2023-Q4', 1],
    ]);
    expect(totals(response.body.imprecise)).toEqual([
      ['2014', 1],
      ['2016', 1],
      ['2021', 1],
    ]);
    expect(response.body.imprecise[0]).toMatchObject({ start: '2014-01-01', end: '2014-12-31' });
    expect(response.body).toMatchObject({ total: 9, imprecise_total: 3 });
  });

  it('by month: August 2024 holds the three month-dated designations and the one dated 2024-08-19', async () => {
    const response = await stats({ jurisdiction: 'RU', interval: 'month', from: '2024-08', to: '2024-08' });
    expect(response.body.periods).toEqual([
      { period: '2024-08', start: '2024-08-01', end: '2024-08-31', total: 4, groups: {} },
    ]);
    expect(response.body.imprecise).toEqual([]);
  });

  it('a range that cuts a month: the month-dated designations are imprecise, the cut periods show what was counted', async () => {
    const response = await stats({ jurisdiction: 'RU', interval: 'month', from: '2024-08-15', to: '2024-09-15' });
    expect(response.body.periods).toEqual([
      { period: '2024-08', start: '2024-08-15', end: '2024-08-31', total: 1, groups: {} },
      { period: '2024-09', start: '2024-09-01', end: '2024-09-15', total: 0, groups: {} },
    ]);
    expect(response.body.imprecise).toEqual([
      { period: '2024-08', start: '2024-08-01', end: '2024-08-31', total: 3, groups: {} },
    ]);
    expect(response.body).toMatchObject({ from: '2024-08-15', to: '2024-09-15', total: 1, imprecise_total: 3 });
  });

  it('a range that cuts a year: the year-dated designation is imprecise even for interval=year', async () => {
    const response = await stats({ ...russianForeignAgents, interval: 'year', from: '2014-06', to: '2014-12' });
    expect(response.body.periods).toEqual([
      { period: '2014', start: '2014-06-01', end: '2014-12-31', total: 1, groups: {} },
    ]);
    expect(totals(response.body.imprecise)).toEqual([['2014', 1]]);
  });

  it('zero-fills from the range, not the data, when a range is given', async () => {
    const response = await stats({ jurisdiction: 'HK', from: '2019', to: '2023' });
    expect(totals(response.body.periods)).toEqual([
      ['2019', 0],
      ['2020', 0],
      ['2021', 1],
      ['2022', 0],
      ['2023', 0],
    ]);
  });

  it('group_by=jurisdiction', async () => {
    const response = await stats({ group_by: 'jurisdiction' });
    const byPeriod = Object.fromEntries(response.body.periods.map((period: Period) => [period.period, period.groups]));
    expect(byPeriod['2019']).toEqual({ CN: 5, RU: 3 });
    expect(byPeriod['2021']).toEqual({ HK: 1, IL: 6, RU: 19 });
    expect(response.body.total).toBe(122);
  });

  it('group_by=law puts designations without a law under "(none)"', async () => {
    const response = await stats({ jurisdiction: 'CN', group_by: 'law' });
    expect(response.body.periods).toEqual([
      { period: '2019', start: '2019-01-01', end: '2019-12-31', total: 5, groups: { '(none)': 5 } },
    ]);
  });

  it('group_by=reason counts a designation under each of its tags, and once in the total', async () => {
    const response = await stats({ organization: 'amnesty-international', family: '1', group_by: 'reason' });
    const counted = response.body.periods
      .filter((period: Period) => period.total > 0)
      .map((period: Period) => [period.period, period.total, period.groups]);
    expect(counted).toEqual([
      ['2020', 1, { financial_violation: 1, foreign_funding: 1, registration_violation: 1 }],
      ['2022', 1, { registration_violation: 1 }],
      ['2025', 1, { discrediting_state: 1, extremism: 1, foreign_funding: 1 }],
    ]);
    expect(totals(response.body.periods)).toHaveLength(6);
  });

  it.each([
    ['interval', 'week'],
    ['group_by', 'colour'],
    ['imprecise', 'include'],
    ['from', '2015-00'],
    ['jurisdiction', 'SU'],
  ])('400 problem+json naming %s=%s', async (parameter, value) => {
    expectBadParameter(await stats({ [parameter]: value }), parameter, value);
  });
});
