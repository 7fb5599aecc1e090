import { formatRowProblem } from '../../src/domain/interchange/row-problems';
import { ImportRejectedError } from '../../src/services/import/import-errors';
import { importDesignations } from '../../src/services/import/import-designations';
import { createTestDatabase, TestDatabase } from '../support/database';
import { fileInput, fixturePath } from '../support/fixtures';
import { snapshotDatabase } from '../support/snapshot';

const TODAY = '2026-11-27';

async function problemsOf(testDb: TestDatabase, file: string): Promise<string[]> {
  try {
    await importDesignations(testDb.db, fileInput(fixturePath('import', 'invalid', file)), { today: TODAY });
  } catch (error) {
    if (error instanceof ImportRejectedError) return error.rowProblems.map(formatRowProblem);
    throw error;
  }
  throw new Error(`${file} was imported, but it should have been rejected`);
}

describe('import rejects bad files, naming every problem, and writes nothing', () => {
  let testDb: TestDatabase;
  let before: Record<string, unknown[]>;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    await importDesignations(testDb.db, fileInput(fixturePath('import', 'valid', 'hard-cases.csv')), { today: TODAY });
    before = await snapshotDatabase(testDb.db);
  });
  afterEach(async () => {
    expect(await snapshotDatabase(testDb.db)).toEqual(before);
  });
  afterAll(() => testDb.destroy());

  it.each([
    ['unknown-measure.csv', ['line 2, column measure: unknown measure ("banned")']],
    // A CRLF inside a quoted cell is one line break: the bad row is on line 4, not 5.
    ['crlf-in-cell-before-bad-row.csv', ['line 4, column measure: unknown measure ("banned")']],
    ['unknown-kind.csv', ['line 2, column organization_kind: unknown organization kind ("club")']],
    ['unknown-reason-tag.csv', ['line 2, column reason_tags: unknown reason tag ("russophobia")']],
    ['unknown-confidence.csv', ['line 2, column confidence: unknown confidence ("certain")']],
    [
      'bad-partial-date.csv',
      [
        'line 2, column decided_on: not a valid partial date (expected YYYY, YYYY-MM or YYYY-MM-DD): month 13 is out of range ("2015-13")',
      ],
    ],
    ['ended-before-decided.csv', ['line 2, column ended_on: ended_on is before decided_on (2021-06-10) ("2021-05")']],
    [
      'unknown-jurisdiction.csv',
      ['line 2, column jurisdiction: unknown ISO 3166-1 alpha-2 code for jurisdiction ("XX")'],
    ],
    ['missing-source-url.csv', ['line 2, column source_urls: at least one source URL is required ("")']],
    [
      'malformed-source-url.csv',
      ['line 2, column source_urls: malformed source URL (expected http:// or https://) ("example.org/a")'],
    ],
    [
      'status-contradicts-dates.csv',
      ['line 2, column status: status contradicts the dates: ended_on is empty, so the status is active ("ended")'],
    ],
    ['wrong-column-count.csv', ['line 2: expected 23 columns, found 21']],
    ['not-utf8.csv', ['line 3: the file is not valid UTF-8']],
  ])('%s', async (file, expected) => {
    expect(await problemsOf(testDb, file)).toEqual(expected);
  });

  it('a wrong header names the expected columns', async () => {
    const [problem] = await problemsOf(testDb, 'wrong-header.csv');
    expect(problem).toMatch(
      /^line 1: wrong header: expected the columns id,organization,organization_aliases,.*,confidence,notes,law_family \("id,organization,/,
    );
  });

  it('lists every problem of every row, with the line each row starts on', async () => {
    expect(await problemsOf(testDb, 'several-problems.csv')).toEqual([
      'line 3, column measure: unknown measure ("banned")',
      'line 3, column decided_on: not a valid partial date (expected YYYY, YYYY-MM or YYYY-MM-DD): day 30 is out ' +
        'of range (2015-02 has 28 days) ("2015-02-30")',
      'line 4, column jurisdiction: unknown ISO 3166-1 alpha-2 code for jurisdiction ("ru")',
      'line 4, column confidence: confidence is required ("")',
      'line 6, column id: the same id is on line 2 ("11111111-1111-4111-8111-111111111111")',
    ]);
  });

  it('counts the rejected rows in the error', async () => {
    await expect(
      importDesignations(testDb.db, fileInput(fixturePath('import', 'invalid', 'several-problems.csv')), {
        today: TODAY,
      }),
    ).rejects.toMatchObject({
      rejectedRows: 3,
      message: 'import rejected: 5 problems in 3 rows; nothing was written',
    });
  });
});
