import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Express } from 'express';
import request from 'supertest';
import { neutralizeFormula } from '../../src/domain/interchange/formula-cells';
import { INTERCHANGE_COLUMNS } from '../../src/domain/interchange/columns';
import { importDesignations } from '../../src/services/import/import-designations';
import { createSeededTestDatabase } from '../support/seed-fixture';
import { buildTestApp, seededTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { download, emptyDatabase, listedIds } from '../support/export-helpers';
import { fileInput, fixturePath } from '../support/fixtures';
import { expectBadParameter } from '../support/problems';
import { temporaryDirectory } from '../support/temporary-directory';

const TODAY = new Date().toISOString().slice(0, 10);
const csvRows = (body: Buffer): Record<string, string>[] => parse(body, { columns: true, bom: true });
const ndjsonRows = (body: Buffer) =>
  body
    .toString('utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('streamed exports over HTTP', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => ({ testDb, app } = await seededTestApp()));
  afterAll(() => testDb.destroy());

  it.each([
    'jurisdiction=RU',
    'jurisdiction=RU&from=2015&to=2025',
    'measure=undesirable_designation,foreign_agent_designation&reason=national_security',
    'organization=amnesty-international&family=1',
    'q=Human%20Rights%20Watch',
    'from=2022-04&to=2022-04&imprecise=include',
    'status=active&as_of=2020',
  ])('the CSV and NDJSON exports hold exactly the rows the list pages through, in its order (%s)', async (query) => {
    const expected = await listedIds(app, query);
    expect(expected.length).toBeGreaterThan(0);
    const csv = await download(app, `/api/v1/designations.csv?${query}`);
    expect(csv.status).toBe(200);
    expect(csvRows(csv.body).map((row) => row.id)).toEqual(expected);
    const ndjson = await download(app, `/api/v1/designations.ndjson?${query}`);
    expect(ndjsonRows(ndjson.body).map((row) => row.id)).toEqual(expected);
  });

  it('writes the interchange columns in order, with a file name that names the filter and the day', async () => {
    const csv = await download(app, '/api/v1/designations.csv?jurisdiction=RU&from=2015&to=2025');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename=designations-RU-2015-2025-${TODAY}.csv`);
    expect(csv.body.toString('utf8').split('\n')[0]).toBe(INTERCHANGE_COLUMNS.join(','));
    const ndjson = await download(app, '/api/v1/designations.ndjson?measure=sanctions');
    expect(ndjson.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(ndjson.headers['content-disposition']).toBe(`attachment; filename=designations-sanctions-${TODAY}.ndjson`);
    expect(Object.keys(ndjsonRows(ndjson.body)[0])).toEqual([...INTERCHANGE_COLUMNS]);
  });

  it('prepends a UTF-8 BOM with bom=1, and only then', async () => {
    const withBom = await download(app, '/api/v1/designations.csv?jurisdiction=CN&bom=1');
    expect([...withBom.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const without = await download(app, '/api/v1/designations.csv?jurisdiction=CN');
    expect(without.body.subarray(0, 2).toString()).toBe('id');
  });

  it('carries multi-valued fields as "; "-joined cells in CSV and arrays in NDJSON', async () => {
    const [csvRow] = csvRows(
      (await download(app, '/api/v1/designations.csv?organization=national-endowment-for-democracy&jurisdiction=RU'))
        .body,
    );
    const [jsonRow] = ndjsonRows(
      (await download(app, '/api/v1/designations.ndjson?organization=national-endowment-for-democracy&jurisdiction=RU'))
        .body,
    );
    expect(csvRow.source_urls.split('; ')).toEqual(jsonRow.source_urls);
    expect(csvRow.source_publishers.split('; ')).toEqual(jsonRow.source_publishers);
    expect(jsonRow).toMatchObject({
      organization: 'National Endowment for Democracy',
      decided_on: '2015-07-28',
      listed_on: null,
      status: 'active',
    });
  });

  it.each([
    ['/api/v1/designations.csv?from=2015-13', 'from', '2015-13'],
    ['/api/v1/designations.csv?jurisdiction=XX', 'jurisdiction', 'XX'],
    ['/api/v1/designations.csv?bom=maybe', 'bom', 'maybe'],
    ['/api/v1/designations.ndjson?bom=1', 'bom', '1'],
    ['/api/v1/designations.ndjson?limit=5', 'limit', '5'],
    ['/api/v1/datapackage.zip?jurisdiction=RU', 'jurisdiction', 'RU'],
  ])('a bad filter is a 400 problem before any byte of the file (%s)', async (path, parameter, value) => {
    const response = await request(app).get(path);
    expectBadParameter(response, parameter, value);
    expect(response.headers['content-disposition']).toBeUndefined();
  });
});

describe('export -> import into an empty database -> export is byte-identical', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => {
    testDb = await createSeededTestDatabase();
    app = buildTestApp(testDb.db);
  });
  afterAll(() => testDb.destroy());

  async function roundTrip(format: 'csv' | 'ndjson'): Promise<void> {
    const first = await download(app, `/api/v1/designations.${format}`);
    const file = `${temporaryDirectory('roundtrip')}/export.${format}`;
    fs.writeFileSync(file, first.body);
    await emptyDatabase(testDb.db);
    await importDesignations(testDb.db, fileInput(file));
    const second = await download(app, `/api/v1/designations.${format}`);
    expect(second.body.toString('utf8')).toBe(first.body.toString('utf8'));
  }

  it('with the seed data, as CSV and as NDJSON', async () => {
    await roundTrip('csv');
    await roundTrip('ndjson');
  });

  it('with hostile values: quotes, CR and LF in cells, formula-like cells, Cyrillic, emoji, empty fields', async () => {
    await emptyDatabase(testDb.db);
    await importDesignations(testDb.db, fileInput(fixturePath('export', 'hostile-values.csv')));
    const rows = csvRows((await download(app, '/api/v1/designations.csv')).body);
    const first = rows.find((row) => row.id === 'cccccccc-0000-4000-8000-000000000001')!;
    expect(first.organization).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(first.organization_aliases).toBe(`'+ALIAS; @mention; -dash`);
    expect(first.stated_reasons).toBe('"Quoted", with commas,\nLF and\r\nCRLF inside');
    expect(first.notes).toBe(`'\ttab first`);
    const second = rows.find((row) => row.id === 'cccccccc-0000-4000-8000-000000000002')!;
    expect(second).toMatchObject({
      organization: 'Международная амнистия 🕊️',
      unit: `'\rcarriage return first`,
      authority: `'-2+3`,
      stated_reasons: `''=already has a quote`,
      notes: `'@SUM(1;2)`,
    });
    const third = rows.find((row) => row.id === 'cccccccc-0000-4000-8000-000000000003')!;
    expect(third).toMatchObject({
      organization_aliases: '',
      unit: '',
      law: '',
      notes: '',
      status: 'ended',
      source_publishers: `'+Plus Publisher; Example`,
    });
    await roundTrip('csv');
    await roundTrip('ndjson');
  });

  it('neutralizes formulas in SQL exactly as the TypeScript rule does', async () => {
    const values = ['=1+1', '+1', '-1', '@a', '\tx', '\rx', "'=x", "''+x", "'x", 'plain', '', 'a=b', ' =x', '—dash'];
    for (const value of values) {
      const result = await testDb.db.raw('select interchange_cell(?::text) as cell', [value]);
      expect(result.rows[0].cell).toBe(value === '' ? null : neutralizeFormula(value));
    }
  });
});
