import { createTestDatabase, TestDatabase } from '../support/database';

describe(`DATE values (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase({ migrate: false });
  });
  afterAll(() => testDb.destroy());

  it('come back as the same YYYY-MM-DD strings, whatever the time zone', async () => {
    const result = await testDb.db.raw(
      `select '2015-07-28'::date as decided, '2000-01-01'::date as new_year, '2020-02-29'::date as leap`,
    );
    expect(result.rows[0]).toEqual({ decided: '2015-07-28', new_year: '2000-01-01', leap: '2020-02-29' });
  });

  it('round-trip through a parameter unchanged', async () => {
    const result = await testDb.db.raw('select ?::date as value', ['1999-12-31']);
    expect(result.rows[0].value).toBe('1999-12-31');
  });
});
