import fs from 'node:fs';
import path from 'node:path';
import { recordedTransaction } from '../../src/db/recorded-transaction';
import { importDesignations } from '../../src/services/import/import-designations';
import { createTestDatabase, TestDatabase } from '../support/database';
import { fileInput, fixturePath } from '../support/fixtures';
import { writeGeneratedCsv } from '../support/generate-interchange';
import { snapshotDatabase } from '../support/snapshot';
import { temporaryDirectory } from '../support/temporary-directory';

const TODAY = '2026-11-27';
const hardCases = () => fileInput(fixturePath('import', 'valid', 'hard-cases.csv'));

async function storedDesignation(testDb: TestDatabase, id: string) {
  const row = await testDb
    .db('designations as d')
    .join('organizations as o', 'o.id', 'd.organization_id')
    .leftJoin('organizations as p', 'p.id', 'o.parent_id')
    .leftJoin('laws as l', 'l.id', 'd.law_id')
    .where('d.id', id)
    .first(
      'o.name as organization',
      'o.slug',
      'o.kind',
      'o.hq_country',
      'p.name as parent',
      'd.unit',
      'd.jurisdiction',
      'd.measure',
      'l.short_name as law',
      'd.law_citation',
      'd.authority',
      'd.decided_on',
      'd.decided_precision',
      'd.listed_on',
      'd.listed_precision',
      'd.ended_on',
      'd.ended_precision',
      'd.reason_tags',
      'd.stated_reasons',
      'd.reasons_form',
      'd.confidence',
      'd.notes',
      'd.version',
    );
  const names = await testDb
    .db('organization_names')
    .where('organization_id', testDb.db('designations').where('id', id).select('organization_id'))
    .orderBy('name')
    .pluck('name');
  const sources = await testDb
    .db('designation_sources as ds')
    .join('sources as s', 's.id', 'ds.source_id')
    .where('ds.designation_id', id)
    .orderBy('ds.position')
    .select('s.url', 's.publisher');
  return { ...row, names, sources };
}

describe('import writes exactly the rows of a valid file', () => {
  let testDb: TestDatabase;
  beforeEach(async () => {
    testDb = await createTestDatabase();
  });
  afterEach(() => testDb.destroy());

  it('keeps quotes, commas, newlines, CRLF, Cyrillic and partial dates as written', async () => {
    const summary = await importDesignations(testDb.db, hardCases(), { today: TODAY });
    expect(summary).toMatchObject({
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      organizationsCreated: 3,
      lawsCreated: 1,
    });

    expect(await storedDesignation(testDb, 'aaaaaaaa-0000-4000-8000-000000000001')).toEqual({
      organization: '"Quoted", Inc.',
      slug: 'quoted-inc',
      kind: 'ngo',
      hq_country: 'GB',
      parent: null,
      unit: null,
      jurisdiction: 'RU',
      measure: 'undesirable_designation',
      law: 'Undesirable organizations law',
      law_citation: 'Federal Law No. 129-FZ',
      authority: "Prosecutor General's Office",
      decided_on: '2021-06-01',
      decided_precision: 'month',
      listed_on: null,
      listed_precision: null,
      ended_on: null,
      ended_precision: null,
      reason_tags: ['national_security', 'constitutional_order'],
      stated_reasons: 'He said "no, never",\nthen left; twice.',
      reasons_form: 'quoted',
      confidence: 'high',
      notes: 'comma, "quote" and\r\nCRLF inside',
      version: 1,
      names: ['"Quoted", Inc.', 'QI', '«Кавычки»'],
      sources: [{ url: 'https://example.org/a', publisher: 'Example News' }],
    });
    expect(await storedDesignation(testDb, 'aaaaaaaa-0000-4000-8000-000000000002')).toMatchObject({
      organization: 'Мемориал',
      slug: 'memorial',
      law: null,
      law_citation: null,
      authority: 'Верховный суд',
      decided_on: '2021-12-28',
      decided_precision: 'day',
      names: ['International Memorial', 'Memorial', 'Мемориал'],
      sources: [
        { url: 'https://example.org/memorial', publisher: 'Example News' },
        { url: 'https://example.com/мемориал', publisher: 'Пример' },
      ],
    });
    expect(await storedDesignation(testDb, 'aaaaaaaa-0000-4000-8000-000000000003')).toMatchObject({
      organization: 'Year Only Foundation',
      kind: 'foundation',
      hq_country: null,
      unit: 'Moscow office',
      decided_on: '2014-01-01',
      decided_precision: 'year',
      listed_on: '2014-03-01',
      listed_precision: 'month',
      ended_on: '2016-05-01',
      ended_precision: 'day',
      reason_tags: [],
      stated_reasons: '',
      reasons_form: 'not_stated',
      confidence: 'medium',
    });
    // One source URL shared by two rows is one source.
    expect(await testDb.db('sources').count({ n: '*' })).toEqual([{ n: expect.anything() }]);
    expect(Number((await testDb.db('sources').count({ n: '*' }))[0].n)).toBe(3);
  });

  it('reads a UTF-8 BOM and CRLF line ends', async () => {
    const summary = await importDesignations(testDb.db, fileInput(fixturePath('import', 'valid', 'bom-crlf.csv')), {
      today: TODAY,
    });
    expect(summary.created).toBe(1);
    expect(await storedDesignation(testDb, 'bbbbbbbb-0000-4000-8000-000000000001')).toMatchObject({
      organization: 'Crlf Watch',
      notes: 'line one\r\nline two',
    });
  });

  it('re-importing the same file changes nothing', async () => {
    await importDesignations(testDb.db, hardCases(), { today: TODAY });
    const before = await snapshotDatabase(testDb.db);
    const again = await importDesignations(testDb.db, hardCases(), { today: TODAY });
    expect(again).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
      organizationsCreated: 0,
      organizationsUpdated: 0,
      lawsCreated: 0,
    });
    expect(await snapshotDatabase(testDb.db)).toEqual(before);
  });

  it('a row whose id exists updates that designation; --dry-run reports it and writes nothing', async () => {
    await importDesignations(testDb.db, hardCases(), { today: TODAY });
    const edited = path.join(temporaryDirectory('import'), 'edited.csv');
    fs.writeFileSync(
      edited,
      fs
        .readFileSync(fixturePath('import', 'valid', 'hard-cases.csv'), 'utf8')
        .replace('Верховный суд', 'Supreme Court of Russia'),
    );
    const before = await snapshotDatabase(testDb.db);

    const dryRun = await importDesignations(testDb.db, fileInput(edited), { today: TODAY, dryRun: true });
    expect(dryRun).toMatchObject({ dryRun: true, created: 0, updated: 1, unchanged: 2 });
    expect(await snapshotDatabase(testDb.db)).toEqual(before);

    const real = await importDesignations(testDb.db, fileInput(edited), { today: TODAY });
    expect(real).toMatchObject({ dryRun: false, created: 0, updated: 1, unchanged: 2 });
    expect(await storedDesignation(testDb, 'aaaaaaaa-0000-4000-8000-000000000002')).toMatchObject({
      authority: 'Supreme Court of Russia',
      version: 2,
    });
  });

  it('rows without an id match the same designation on re-import instead of duplicating it', async () => {
    const withoutIds = path.join(temporaryDirectory('import'), 'no-ids.csv');
    fs.writeFileSync(
      withoutIds,
      fs.readFileSync(fixturePath('import', 'valid', 'hard-cases.csv'), 'utf8').replace(/^aaaaaaaa-[0-9a-f-]+,/gm, ','),
    );
    expect((await importDesignations(testDb.db, fileInput(withoutIds), { today: TODAY })).created).toBe(3);
    expect(await importDesignations(testDb.db, fileInput(withoutIds), { today: TODAY })).toMatchObject({
      created: 0,
      unchanged: 3,
    });
  });

  // A batch that moves hundreds of designations to other sources: on PGlite the stale links were once
  // deleted by a list of (designation, source) pairs that matched nothing past a few hundred pairs.
  it('a re-import that changes the sources of 500 designations replaces their links', async () => {
    const directory = temporaryDirectory('import');
    const first = path.join(directory, 'first.csv');
    writeGeneratedCsv(first, 500);
    const moved = path.join(directory, 'moved.csv');
    fs.writeFileSync(moved, fs.readFileSync(first, 'utf8').replace(/example\.org\/generated\//g, 'example.org/moved/'));
    await importDesignations(testDb.db, fileInput(first), { today: TODAY });
    expect(await importDesignations(testDb.db, fileInput(moved), { today: TODAY })).toMatchObject({
      created: 0,
      updated: 500,
    });
    const linkedUrls = await testDb
      .db('designation_sources as ds')
      .join('sources as s', 's.id', 'ds.source_id')
      .pluck('s.url');
    expect(linkedUrls).toHaveLength(500);
    expect(linkedUrls.filter((url: string) => !url.startsWith('https://example.org/moved/'))).toEqual([]);
  });

  it('NDJSON with the same fields gives the same rows as CSV', async () => {
    await importDesignations(testDb.db, fileInput(fixturePath('import', 'valid', 'hard-cases.ndjson')), {
      today: TODAY,
    });
    const fromNdjson = await storedDesignation(testDb, 'aaaaaaaa-0000-4000-8000-000000000001');
    const again = await importDesignations(testDb.db, hardCases(), { today: TODAY });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await storedDesignation(testDb, 'aaaaaaaa-0000-4000-8000-000000000001')).toEqual(fromNdjson);
  });

  it('a failure while writing rolls everything back', async () => {
    await importDesignations(testDb.db, fileInput(fixturePath('import', 'valid', 'bom-crlf.csv')), { today: TODAY });
    // Two organizations answer to the alias "Shared", so a row naming it cannot be resolved.
    await recordedTransaction(testDb.db, 'test', async (trx) => {
      const [crlfWatch] = await trx('organizations').where('slug', 'crlf-watch').select('id');
      await trx('organization_names').insert([
        {
          organization_id: crlfWatch.id,
          name: 'Shared',
          name_kind: 'alias',
          normalized: 'shared',
        },
      ]);
      const other = await trx('organizations').insert({ slug: 'other', name: 'Other', kind: 'ngo' }).returning('id');
      await trx('organization_names').insert({
        organization_id: other[0].id,
        name: 'Shared',
        name_kind: 'alias',
        normalized: 'shared',
      });
    });
    const before = await snapshotDatabase(testDb.db);
    const file = path.join(temporaryDirectory('import'), 'ambiguous.csv');
    const lines = fs.readFileSync(fixturePath('import', 'valid', 'hard-cases.csv'), 'utf8');
    fs.writeFileSync(file, lines.replace('"""Quoted"", Inc."', 'Shared'));
    await expect(importDesignations(testDb.db, fileInput(file), { today: TODAY })).rejects.toMatchObject({
      rowProblems: [
        {
          line: 2,
          column: 'organization',
          message: 'ambiguous organization: it names Crlf Watch, Other',
          value: 'Shared',
        },
      ],
    });
    expect(await snapshotDatabase(testDb.db)).toEqual(before);
  });
});

describe('a 10,000-row generated file', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.destroy());

  // 5 law names in 4 jurisdictions are 20 laws: laws are resolved within their jurisdiction.
  // Two imports of 10,000 rows (and their revisions) can take more than a minute on a busy machine.
  it('imports every row once, and re-imports as unchanged', async () => {
    const file = path.join(temporaryDirectory('import'), 'generated.csv');
    writeGeneratedCsv(file, 10_000);
    expect(await importDesignations(testDb.db, fileInput(file), { today: TODAY })).toMatchObject({
      rows: 10_000,
      created: 10_000,
      organizationsCreated: 400,
      lawsCreated: 20,
    });
    expect(Number((await testDb.db('designations').count({ n: '*' }))[0].n)).toBe(10_000);
    expect(Number((await testDb.db('designation_sources').count({ n: '*' }))[0].n)).toBe(10_000);
    expect(await importDesignations(testDb.db, fileInput(file), { today: TODAY })).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 10_000,
    });
  }, 180_000);
});
