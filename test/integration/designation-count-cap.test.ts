import request from 'supertest';
import { recordedTransaction } from '../../src/db/recorded-transaction';
import type { Db } from '../../src/db/connection';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';

const JURISDICTION_MEASURES = [
  ['RU', 'undesirable_designation'],
  ['CN', 'foreign_agent_designation'],
  ['BY', 'liquidation'],
  ['IN', 'asset_freeze'],
];

/**
 * `count` designations written in one statement (the revision and count triggers run on each row
 * as on any write), jurisdictions taken in turn. The importer is not what this file tests, and
 * importing as many generated rows costs ~15 s of CPU on PGlite.
 */
async function insertDesignations(db: Db, count: number): Promise<void> {
  await recordedTransaction(db, 'test', async (trx) => {
    const [organization] = await trx('organizations')
      .insert({ slug: 'generated-organization', name: 'Generated Organization', kind: 'ngo' })
      .returning('id');
    const jurisdictions = JURISDICTION_MEASURES.map(([jurisdiction]) => jurisdiction);
    const measures = JURISDICTION_MEASURES.map(([, measure]) => measure);
    await trx.raw(
      `insert into all_designations
         (id, organization_id, jurisdiction, measure, authority, decided_on, decided_precision, reasons_form, confidence)
       select gen_random_uuid(), ?, (?::text[])[1 + i % 4], (?::text[])[1 + i % 4], 'Generated authority',
              make_date(2000 + i % 25, 1, 1), 'year', 'not_stated', 'high'
         from generate_series(0, ? - 1) as i`,
      [organization.id, jurisdictions, measures, count],
    );
  });
}

describe('the list counts its matches exactly up to 10,000', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    await insertDesignations(testDb.db, 10_001);
  });
  afterAll(() => testDb.destroy());

  it('past 10,000, total is 10,000 and total_capped says there are more', async () => {
    const response = await request(buildTestApp(testDb.db)).get('/api/v1/designations?limit=1');
    expect(response.body).toMatchObject({ total: 10_000, total_capped: true });
  });

  it('below it, total is exact', async () => {
    // Every fourth row is Russian: 2,501 of 10,001.
    const response = await request(buildTestApp(testDb.db)).get('/api/v1/designations?jurisdiction=RU&limit=1');
    expect(response.body).toMatchObject({ total: 2_501, total_capped: false });
  });
});
