import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { importDesignations } from '../../src/services/import/import-designations';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { fileInput } from '../support/fixtures';
import { writeGeneratedCsv } from '../support/generate-interchange';

describe('the list counts its matches exactly up to 10,000', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'count-cap-')), 'rows.csv');
    writeGeneratedCsv(file, 10_001);
    await importDesignations(testDb.db, fileInput(file));
  });
  afterAll(() => testDb.destroy());

  it('past 10,000, total is 10,000 and total_capped says there are more', async () => {
    const response = await request(buildTestApp(testDb.db)).get('/api/v1/designations?limit=1');
    expect(response.body).toMatchObject({ total: 10_000, total_capped: true });
  });

  it('below it, total is exact', async () => {
    // Every fourth generated row is Russian: 2,501 of 10,001.
    const response = await request(buildTestApp(testDb.db)).get('/api/v1/designations?jurisdiction=RU&limit=1');
    expect(response.body).toMatchObject({ total: 2_501, total_capped: false });
  });
});
