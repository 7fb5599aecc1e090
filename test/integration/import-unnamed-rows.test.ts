import { importDesignations } from '../../src/services/import/import-designations';
import { createTestDatabase, TestDatabase } from '../support/database';
import { fileInput, fixturePath } from '../support/fixtures';
import { snapshotDatabase } from '../support/snapshot';

const TODAY = '2026-12-08';
const NATURAL_KEY = 'organization, unit, jurisdiction, measure and decided date';

/**
 * Rows without an id name a designation by its natural key. Rows that cannot be told apart that way
 * are refused rather than recorded again on every import of their file.
 */
describe('rows without an id that record the same action', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.destroy());

  it('two rows of one file (one naming the organization by an alias): refused, naming the first line', async () => {
    const before = await snapshotDatabase(testDb.db);
    const file = fileInput(fixturePath('import', 'invalid', 'same-action-without-ids.csv'));
    await expect(importDesignations(testDb.db, file, { today: TODAY })).rejects.toMatchObject({
      rowProblems: [
        {
          line: 4,
          column: 'id',
          message: `line 2 records the same action (${NATURAL_KEY}), and neither row has an id: give each the id of its designation`,
        },
      ],
    });
    expect(await snapshotDatabase(testDb.db)).toEqual(before);
  });

  it('one row that two stored designations match: refused, naming both', async () => {
    const withIds = fileInput(fixturePath('import', 'valid', 'same-action-with-ids.csv'));
    expect(await importDesignations(testDb.db, withIds, { today: TODAY })).toMatchObject({ created: 2 });
    const before = await snapshotDatabase(testDb.db);
    const file = fileInput(fixturePath('import', 'invalid', 'same-action-as-two-stored.csv'));
    await expect(importDesignations(testDb.db, file, { today: TODAY })).rejects.toMatchObject({
      rowProblems: [
        {
          line: 2,
          column: 'id',
          message:
            `2 designations record this action (${NATURAL_KEY}): bbbbbbbb-0000-4000-8000-000000000001, ` +
            'bbbbbbbb-0000-4000-8000-000000000002; give the row the id of the one it means',
        },
      ],
    });
    expect(await snapshotDatabase(testDb.db)).toEqual(before);
  });
});
