/**
 * A refused import names the physical line each bad row starts on (header = line 1, a line break
 * in a quoted cell counts, an empty line counts) and the offending cell's text, the same in an LF
 * file and in a CRLF one (what Excel and the research files write), through the service, the HTTP
 * endpoint and the CLI.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import request from 'supertest';
import type { Express } from 'express';
import { INTERCHANGE_COLUMNS } from '../../src/domain/interchange/columns';
import type { RowProblem } from '../../src/domain/interchange/row-problems';
import { ImportRejectedError } from '../../src/services/import/import-errors';
import { importDesignations, ImportInput } from '../../src/services/import/import-designations';
import { buildTestApp } from '../support/app';
import { runCli } from '../support/cli';
import { createTestDatabase, TestDatabase } from '../support/database';
import { bearer, createTestTokens, TestTokens } from '../support/editing';
import { fileInput, fixturePath } from '../support/fixtures';
import { createProcessDatabase, ProcessDatabase } from '../support/process-database';

const TODAY = '2026-11-27';
const invalid = (file: string) => fixturePath('import', 'invalid', file);

// line-numbers-{lf,crlf}.csv: the header on line 1; a quoted stated_reasons over lines 2-4; line 5
// good; line 6 a bad date; a quoted note over lines 7-8; line 9 not_stated with reasons; line 10 a
// bad measure; line 11 empty; line 12 a bad confidence.
const CSV_PROBLEMS: RowProblem[] = [
  {
    line: 6,
    column: 'decided_on',
    message: 'not a valid partial date (expected YYYY, YYYY-MM or YYYY-MM-DD): month 13 is out of range',
    value: '2021-13',
  },
  {
    line: 9,
    column: 'stated_reasons',
    message: 'reasons_form is not_stated but stated_reasons has text',
    value: 'threat to state security',
  },
  { line: 10, column: 'measure', message: 'unknown measure', value: 'banned' },
  { line: 12, column: 'confidence', message: 'unknown confidence', value: 'certain' },
];
const CSV_LINES = [
  'line 6, column decided_on: not a valid partial date (expected YYYY, YYYY-MM or YYYY-MM-DD): month 13 is out of range ("2021-13")',
  'line 9, column stated_reasons: reasons_form is not_stated but stated_reasons has text ("threat to state security")',
  'line 10, column measure: unknown measure ("banned")',
  'line 12, column confidence: unknown confidence ("certain")',
];
const CSV_FILES = ['line-numbers-lf.csv', 'line-numbers-crlf.csv'];

async function problemsOf(testDb: TestDatabase, input: ImportInput): Promise<RowProblem[]> {
  try {
    await importDesignations(testDb.db, input, { today: TODAY });
  } catch (error) {
    if (error instanceof ImportRejectedError) return error.rowProblems;
    throw error;
  }
  throw new Error('the file was imported, but it should have been rejected');
}

function textInput(text: string): ImportInput {
  return { format: 'csv', open: () => Readable.from([Buffer.from(text)]) };
}

describe('import problems: the line a row starts on and the offending cell, in LF and CRLF files', () => {
  let testDb: TestDatabase;
  let app: Express;
  let tokens: TestTokens;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    tokens = await createTestTokens(testDb.db);
    app = buildTestApp(testDb.db);
  });
  afterAll(() => testDb.destroy());

  it('the CRLF fixture is the LF one with every line break a CRLF (git must not convert it)', () => {
    const lf = fs.readFileSync(invalid('line-numbers-lf.csv'), 'utf8');
    const crlf = fs.readFileSync(invalid('line-numbers-crlf.csv'), 'utf8');
    expect(lf).not.toContain('\r');
    expect(crlf).toBe(lf.replace(/\n/g, '\r\n'));
    expect(fs.readFileSync(invalid('line-numbers-crlf.ndjson'), 'utf8').match(/\r\n/g)).toHaveLength(6);
  });

  it.each(CSV_FILES)('%s through importDesignations', async (file) => {
    expect(await problemsOf(testDb, fileInput(invalid(file)))).toEqual(CSV_PROBLEMS);
  });

  it.each(CSV_FILES)('%s through POST /api/v1/import?dry_run=1', async (file) => {
    const response = await request(app)
      .post('/api/v1/import?dry_run=1')
      .set(bearer(tokens.admin))
      .set('Content-Type', 'text/csv')
      .send(fs.readFileSync(invalid(file)));
    expect(response.status).toBe(400);
    expect(response.body.detail).toBe('import rejected: 4 problems in 4 rows; nothing was written');
    expect(response.body.errors).toEqual(
      CSV_PROBLEMS.map((problem, index) => ({
        line: problem.line,
        parameter: problem.column,
        value: problem.value,
        message: CSV_LINES[index],
      })),
    );
  });

  it('a CRLF NDJSON file: an empty line counts, escaped line breaks in a string do not', async () => {
    expect(await problemsOf(testDb, fileInput(invalid('line-numbers-crlf.ndjson')))).toEqual([
      {
        line: 4,
        column: 'decided_on',
        message: 'not a valid partial date (expected YYYY, YYYY-MM or YYYY-MM-DD): month 13 is out of range',
        value: '2021-13',
      },
      {
        line: 5,
        column: 'stated_reasons',
        message: 'reasons_form is not_stated but stated_reasons has text',
        value: 'threat to state security',
      },
      { line: 6, column: 'measure', message: 'unknown measure', value: 'banned' },
    ]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])(
    '%s: broken quoting is reported on the line its record starts, after multi-line cells and an empty line',
    async (_name, eol) => {
      const good = (organization: string, reasons: string) =>
        `,${organization},,ngo,,RU,,RU,liquidation,,,Supreme Court,2021-12-28,,,,,${reasons},quoted,https://example.org/${organization},Example News,high,,`;
      const text = [
        INTERCHANGE_COLUMNS.join(','),
        good('a', `"one${eol}two${eol}three"`),
        '',
        good('b', 'x'),
        `,c,,ngo,"unclosed${eol}`,
      ].join(eol);
      expect(await problemsOf(testDb, textInput(text))).toEqual([
        { line: 7, column: 'file', message: 'malformed CSV: the parsing is finished with an opening quote' },
      ]);
    },
  );

  it('reasons that disagree with reasons_form are reported on stated_reasons, with its text as written', async () => {
    const row = (reasons: string, form: string) =>
      `,Reasons ${form},,ngo,,RU,,RU,liquidation,,,Supreme Court,2021-12-28,,,,,${reasons},${form},https://example.org/${form},Example News,high,,`;
    const text = [
      INTERCHANGE_COLUMNS.join(','),
      row('"  "', 'quoted'),
      row('"Nothing was said.\r\nReally."', 'not_stated'),
      '',
    ].join('\r\n');
    expect(await problemsOf(testDb, textInput(text))).toEqual([
      { line: 2, column: 'stated_reasons', message: 'reasons_form is quoted but stated_reasons is empty', value: '  ' },
      {
        line: 3,
        column: 'stated_reasons',
        message: 'reasons_form is not_stated but stated_reasons has text',
        value: 'Nothing was said.\r\nReally.',
      },
    ]);
  });

  it('a wrong column count in a CRLF file is on the line its row starts', async () => {
    const text = [INTERCHANGE_COLUMNS.join(','), '"multi\r\nline",x', 'y,z', ''].join('\r\n');
    expect(await problemsOf(testDb, textInput(text))).toEqual([
      { line: 2, column: 'row', message: `expected ${INTERCHANGE_COLUMNS.length} columns, found 2` },
      { line: 4, column: 'row', message: `expected ${INTERCHANGE_COLUMNS.length} columns, found 2` },
    ]);
  });
});

describe('ngo-tracker import --dry-run of a CRLF file', () => {
  let database: ProcessDatabase;
  beforeAll(async () => {
    database = await createProcessDatabase();
  });
  afterAll(() => database.destroy());

  it('prints every problem on the line its row starts, exit code 2', async () => {
    const result = await runCli(['import', invalid('line-numbers-crlf.csv'), '--dry-run'], database.env);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').slice(0, 4)).toEqual(CSV_LINES);
  });
});
