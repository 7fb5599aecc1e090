import request from 'supertest';
import type { Express } from 'express';
import type { Knex } from 'knex';
import { recordedTransaction } from '../../src/db/recorded-transaction';
import { parsePartialDate } from '../../src/domain/partial-date';
import type { Measure } from '../../src/domain/vocabularies';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';

// The seed has no ended designation and no dates of different precision starting the same day,
// so these rows are made up here, for one made-up organization.
describe('designation dates: as_of, status and precision order', () => {
  let testDb: TestDatabase;
  let app: Express;
  const list = (query: Record<string, string>) =>
    request(app)
      .get('/api/v1/designations')
      .query({ organization: 'test-ngo', ...query });
  const decidedDates = (body: { items: { decided_on: string }[] }) => body.items.map((item) => item.decided_on);

  beforeAll(async () => {
    testDb = await createTestDatabase();
    await recordedTransaction(testDb.db, 'test', (trx) => addRows(trx));
    app = buildTestApp(testDb.db);
  });
  afterAll(() => testDb.destroy());

  async function addRows(trx: Knex): Promise<void> {
    const [{ id }] = await trx('organizations')
      .insert({ slug: 'test-ngo', name: 'Test NGO', kind: 'ngo' })
      .returning('id');
    const add = (measure: Measure, decided: string, ended: string | null = null) => {
      const decidedOn = parsePartialDate(decided);
      const endedOn = ended === null ? null : parsePartialDate(ended);
      return trx('designations').insert({
        organization_id: id,
        jurisdiction: 'FR',
        measure,
        authority: 'Test authority',
        decided_on: decidedOn.start,
        decided_precision: decidedOn.precision,
        ended_on: endedOn?.start ?? null,
        ended_precision: endedOn?.precision ?? null,
        reasons_form: 'not_stated',
        confidence: 'low',
      });
    };
    await add('suspension', '2016-01-10', '2016-07-01');
    await add('ban', '2020-01-01', '2099-01');
    for (const decided of ['2015-03-01', '2015-03', '2015-01-01', '2015']) await add('other', decided);
  }

  it('orders a year before a month before a day when their periods start on the same day', async () => {
    const other = { measure: 'other' };
    expect(decidedDates((await list(other)).body)).toEqual(['2015', '2015-01-01', '2015-03', '2015-03-01']);
    expect(decidedDates((await list({ ...other, sort: '-decided_on' })).body)).toEqual([
      '2015-03-01',
      '2015-03',
      '2015-01-01',
      '2015',
    ]);
  });

  it('as_of: in force from the decided date until the first day of the ended date', async () => {
    const suspension = { measure: 'suspension' };
    const inForce = async (asOf: string) => (await list({ ...suspension, as_of: asOf })).body.total;
    expect(await inForce('2016-01-09')).toBe(0);
    expect(await inForce('2016-01')).toBe(1);
    expect(await inForce('2016-06-30')).toBe(1);
    expect(await inForce('2016-07-01')).toBe(0);
    expect(await inForce('2016')).toBe(0);
  });

  it('as_of counts a year-dated designation from the end of the as_of period: decided possibly by then', async () => {
    expect(decidedDates((await list({ measure: 'other', as_of: '2015-01-01' })).body)).toEqual(['2015', '2015-01-01']);
  });

  it('status is derived from the ended date: ended once it has begun, active while it is in the future', async () => {
    const ended = await list({ status: 'ended' });
    expect(
      ended.body.items.map((item: { measure: string; status: string; ended_on: string }) => [
        item.measure,
        item.status,
        item.ended_on,
      ]),
    ).toEqual([['suspension', 'ended', '2016-07-01']]);
    const active = await list({ status: 'active', measure: 'ban,suspension' });
    expect(
      active.body.items.map((item: { measure: string; status: string; ended_on: string }) => [
        item.measure,
        item.status,
        item.ended_on,
      ]),
    ).toEqual([['ban', 'active', '2099-01']]);
    expect((await list({ measure: 'ban', as_of: '2099-01-01' })).body.total).toBe(0);
  });

  it('period counts put the year-dated designation apart for months, and span its whole year with zeros', async () => {
    const response = await request(app)
      .get('/api/v1/stats/timeline')
      .query({ organization: 'test-ngo', measure: 'other', interval: 'month' });
    const totals = response.body.periods.map((period: { period: string; total: number }) => [
      period.period,
      period.total,
    ]);
    expect(totals).toHaveLength(12);
    expect(totals.slice(0, 4)).toEqual([
      ['2015-01', 1],
      ['2015-02', 0],
      ['2015-03', 2],
      ['2015-04', 0],
    ]);
    expect(totals[11]).toEqual(['2015-12', 0]);
    expect(response.body.imprecise).toEqual([
      { period: '2015', start: '2015-01-01', end: '2015-12-31', total: 1, groups: {} },
    ]);
  });
});
