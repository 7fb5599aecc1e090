import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import type { Db } from '../../src/db/connection';
import { recordedTransaction } from '../../src/db/recorded-transaction';
import { designationFiltersFrom } from '../../src/domain/designation-filters';
import { parseParameters } from '../../src/domain/parameter-parsing';
import { countByPeriod } from '../../src/domain/period-counts';
import { designationListParameters, statsTimelineParameters } from '../../src/domain/query-parameters';
import { datedCounts } from '../../src/queries/dated-counts';
import { countDesignationsUpTo } from '../../src/queries/designation-records';
import {
  countFromMonthlyCounts,
  monthlyCountsCanAnswer,
  monthlyCountsHold,
  monthlyDatedCounts,
} from '../../src/queries/monthly-counts';
import { importDesignations } from '../../src/services/import/import-designations';
import { createSeededTestDatabase } from '../support/seed-fixture';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { bearer, createTestTokens, designationBody, TestTokens } from '../support/editing';
import { fileInput, fixturePath } from '../support/fixtures';
import { writeGeneratedCsv } from '../support/generate-interchange';
import { countsByLaw, countsByMeasure, listJurisdictionSummaries } from '../../src/queries/jurisdictions';
import { temporaryDirectory } from '../support/temporary-directory';

const TODAY = '2026-11-27';

/** Filters the monthly counts hold: jurisdiction and measure or reason, month-aligned ranges. */
const HELD_FILTERS: Record<string, string>[] = [
  {},
  { jurisdiction: 'RU' },
  { jurisdiction: 'RU,BY,CN' },
  { jurisdiction: 'RU', measure: 'foreign_agent_designation' },
  { measure: 'undesirable_designation,liquidation' },
  { from: '2015' },
  { to: '2021' },
  { from: '2014-06', to: '2021-03' },
  { jurisdiction: 'RU', from: '2014-12', to: '2016-01' },
  { from: '2010-01-01', to: '2023-08-31' },
  { from: '2024-08', to: '2024-08' },
  { reason: 'extremism' },
  { jurisdiction: 'RU,BY', reason: 'foreign_funding,national_security' },
  { reason: 'not_stated', from: '2014-06', to: '2021-03' },
  { jurisdiction: 'RU', reason: 'extremism', from: '2015', to: '2020' },
];

/** Stats requests the monthly counts can answer: the held filters, every interval, their groupings (measure or reason, not both). */
const ANSWERABLE: Record<string, string>[] = HELD_FILTERS.flatMap((filter) =>
  ['year', 'quarter', 'month'].flatMap((interval) =>
    ['', 'jurisdiction', ...(filter.reason ? [] : ['measure']), ...(filter.measure ? [] : ['reason'])].map(
      (groupBy): Record<string, string> => ({ ...filter, interval, ...(groupBy ? { group_by: groupBy } : {}) }),
    ),
  ),
);

/** Filters the law rollups hold: a law and jurisdictions over whole years. */
const LAW_FILTERS: Record<string, string>[] = [
  { law: 'ru-undesirable-organizations-law' },
  { law: 'ru-foreign-agents-law', jurisdiction: 'RU' },
  { law: 'ru-undesirable-organizations-law', jurisdiction: 'RU,BY' },
  { law: 'ru-undesirable-organizations-law', from: '2016', to: '2021' },
  { law: 'ru-foreign-agents-law', from: '2014' },
];

/** Stats by year the law rollups answer: a law filter with any grouping they keep, or a law grouping with their other filters. */
const ANSWERABLE_BY_LAW: Record<string, string>[] = [
  ...LAW_FILTERS.flatMap((filter) =>
    ['', 'jurisdiction', 'law'].map((groupBy) => ({ ...filter, ...(groupBy ? { group_by: groupBy } : {}) })),
  ),
  ...[{}, { jurisdiction: 'RU' }, { jurisdiction: 'RU,BY,CN' }, { from: '2015', to: '2020' }, { to: '2021' }].map(
    (filter) => ({ ...filter, group_by: 'law' }),
  ),
].map((raw) => ({ ...raw, interval: 'year' }));

/** Both ways of counting one stats request, as countByPeriod reports them. */
async function bothWays(db: Db, raw: Record<string, string>) {
  const parameters = parseParameters(statsTimelineParameters, raw);
  const filters = { ...designationFiltersFrom(parameters), imprecise: 'include' as const };
  const range = { from: filters.from, to: filters.to };
  return {
    answerable: monthlyCountsCanAnswer(filters, parameters.group_by, parameters.interval),
    summary: countByPeriod(
      await monthlyDatedCounts(db, filters, parameters.group_by, parameters.interval),
      parameters.interval,
      range,
    ),
    designations: countByPeriod(
      await datedCounts(db, filters, parameters.group_by, parameters.interval, TODAY),
      parameters.interval,
      range,
    ),
  };
}

async function expectSameStatsBothWays(db: Db): Promise<void> {
  for (const raw of [...ANSWERABLE, ...ANSWERABLE_BY_LAW]) {
    const { answerable, summary, designations } = await bothWays(db, raw);
    expect({ raw, answerable }).toEqual({ raw, answerable: true });
    expect({ raw, counts: summary }).toEqual({ raw, counts: designations });
  }
}

/** A list's total from the monthly counts and from counting the rows, with imprecise dates left out and let in. */
async function expectSameListTotalsBothWays(db: Db): Promise<void> {
  for (const raw of [...HELD_FILTERS, ...LAW_FILTERS].flatMap((filter) => [
    filter,
    { ...filter, imprecise: 'include' },
  ])) {
    const filters = designationFiltersFrom(parseParameters(designationListParameters, raw));
    expect({ raw, held: monthlyCountsHold(filters) }).toEqual({ raw, held: true });
    expect({ raw, total: await countFromMonthlyCounts(db, filters) }).toEqual({
      raw,
      total: await countDesignationsUpTo(db, filters, TODAY),
    });
  }
}

const MONTH = `case when decided_precision = 'year' then decided_on else date_trunc('month', decided_on)::date end`;
const YEAR = `date_trunc('year', decided_on)::date`;
const LAW_OR_NONE = `coalesce(law_id, '00000000-0000-0000-0000-000000000000'::uuid)`;

/** Each summary table, its key columns, and what each is computed from in a live designation. */
const SUMMARY_KEYS: { table: string; key: Record<string, string> }[] = [
  {
    table: 'designation_monthly_counts',
    key: {
      jurisdiction: 'jurisdiction',
      measure: 'measure',
      period_start: MONTH,
      decided_precision: 'decided_precision',
    },
  },
  {
    table: 'designation_monthly_totals',
    key: { measure: 'measure', period_start: MONTH, decided_precision: 'decided_precision' },
  },
  {
    table: 'designation_yearly_counts',
    key: { jurisdiction: 'jurisdiction', period_start: YEAR, decided_precision: 'decided_precision' },
  },
  { table: 'designation_yearly_totals', key: { period_start: YEAR, decided_precision: 'decided_precision' } },
  {
    table: 'designation_reason_counts',
    key: {
      jurisdiction: 'jurisdiction',
      period_start: MONTH,
      decided_precision: 'decided_precision',
      reason_tags: 'reason_tags',
    },
  },
  {
    table: 'designation_reason_totals',
    key: { period_start: MONTH, decided_precision: 'decided_precision', reason_tags: 'reason_tags' },
  },
  {
    table: 'designation_law_yearly_counts',
    key: {
      jurisdiction: 'jurisdiction',
      law_id: LAW_OR_NONE,
      period_start: YEAR,
      decided_precision: 'decided_precision',
    },
  },
  {
    table: 'designation_law_yearly_totals',
    key: { law_id: LAW_OR_NONE, period_start: YEAR, decided_precision: 'decided_precision' },
  },
  { table: 'organization_designation_counts', key: { organization_id: 'organization_id' } },
];

/** The summaries as stored, and as counted afresh from the live designations (and their organizations' kinds). */
async function expectCountsMatchDesignations(db: Db): Promise<void> {
  for (const { table, key } of SUMMARY_KEYS) {
    const columns = Object.keys(key);
    const stored = await db(table)
      .select(...columns, 'designations')
      .orderBy(columns);
    const counted = await db('designations')
      .select(Object.entries(key).map(([column, value]) => db.raw(`${value} as ${column}`)))
      .select(db.raw('count(*)::int as designations'))
      .groupByRaw(columns.map((_, index) => index + 1).join(', '))
      .orderByRaw(columns.map((_, index) => index + 1).join(', '));
    expect({ table, rows: stored }).toEqual({ table, rows: counted });
    expect(stored.length).toBeGreaterThan(0);
  }
  const kindKey = ['jurisdiction', 'organization_kind', 'measure', 'decided_month'];
  const storedByKind = await db('designation_kind_counts')
    .select(...kindKey, 'designations')
    .orderBy(kindKey);
  const countedByKind = await db('designations as d')
    .join('organizations as o', 'o.id', 'd.organization_id')
    .select(
      'd.jurisdiction',
      'o.kind as organization_kind',
      'd.measure',
      db.raw(`date_trunc('month', d.decided_on)::date as decided_month`),
    )
    .select(db.raw('count(*)::int as designations'))
    .groupByRaw('1, 2, 3, 4')
    .orderByRaw('1, 2, 3, 4');
  expect({ table: 'designation_kind_counts', rows: storedByKind }).toEqual({
    table: 'designation_kind_counts',
    rows: countedByKind,
  });
  await expectJurisdictionSummariesMatchDesignations(db);
}

/** Jurisdictions' counts, first and latest designations, and counts by measure and by law, as from scratch. */
async function expectJurisdictionSummariesMatchDesignations(db: Db): Promise<void> {
  const ordered = (direction: string) =>
    `order by d.decided_on ${direction}, d.decided_rank ${direction}, d.id ${direction}`;
  const counted = await db('designations as d')
    .select('d.jurisdiction', db.raw('count(*)::int as designation_count'))
    .select(
      db.raw(
        `(array_agg(d.decided_on::text ${ordered('asc')}))[1] as first_decided_on, (array_agg(d.decided_precision ` +
          `${ordered('asc')}))[1] as first_decided_precision`,
      ),
    )
    .select(
      db.raw(
        `(array_agg(d.decided_on::text ${ordered('desc')}))[1] as latest_decided_on, ` +
          `(array_agg(d.decided_precision ${ordered('desc')}))[1] as latest_decided_precision`,
      ),
    )
    .groupBy('d.jurisdiction')
    .orderBy('d.jurisdiction');
  expect(await listJurisdictionSummaries(db)).toEqual(counted);
  for (const { jurisdiction } of counted) {
    const byMeasure = await db('designations')
      .where({ jurisdiction })
      .select('measure', db.raw('count(*)::int as count'))
      .groupBy('measure')
      .orderByRaw('count desc, measure');
    expect({ jurisdiction, byMeasure: await countsByMeasure(db, jurisdiction) }).toEqual({ jurisdiction, byMeasure });
    const byLaw = await db('designations as d')
      .leftJoin('laws as l', 'l.id', 'd.law_id')
      .where('d.jurisdiction', jurisdiction)
      .select('l.slug', 'l.short_name', db.raw('count(*)::int as count'))
      .groupBy('l.slug', 'l.short_name')
      .orderByRaw('count desc, l.slug nulls last');
    expect({ jurisdiction, byLaw: await countsByLaw(db, jurisdiction) }).toEqual({ jurisdiction, byLaw });
  }
}

describe('period statistics from the monthly counts', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createSeededTestDatabase();
  });
  afterAll(() => testDb.destroy());

  it('give the same stats and list totals as counting the designations, on the seed data and on a generated dataset', async () => {
    await expectCountsMatchDesignations(testDb.db);
    await expectSameStatsBothWays(testDb.db);
    await expectSameListTotalsBothWays(testDb.db);

    const file = path.join(temporaryDirectory('monthly-counts'), 'generated.csv');
    writeGeneratedCsv(file, 600);
    await importDesignations(testDb.db, fileInput(file), { today: TODAY });
    await expectCountsMatchDesignations(testDb.db);
    await expectSameStatsBothWays(testDb.db);
    await expectSameListTotalsBothWays(testDb.db);
  });

  // What they cannot tell: other filters, ranges inside a month, laws by other periods or with measures or
  // reasons, measures with reasons, the past as recorded.
  it('are not used for what they cannot tell', () => {
    for (const raw of [
      { jurisdiction: 'RU', law: 'ru-foreign-agents-law', interval: 'month' },
      { law: 'ru-foreign-agents-law', from: '2015-06', to: '2020' },
      { law: 'ru-foreign-agents-law', measure: 'liquidation' },
      { law: 'ru-foreign-agents-law', group_by: 'reason' },
      { group_by: 'law', interval: 'quarter' },
      { group_by: 'law', measure: 'liquidation' },
      { group_by: 'law', reason: 'extremism' },
      { organization: 'memorial' },
      { q: 'memorial' },
      { status: 'active' },
      { as_of: '2020' },
      { from: '2015-06-02' },
      { to: '2015-06-29' },
      { reason: 'extremism', measure: 'liquidation' },
      { reason: 'extremism', group_by: 'measure' },
      { measure: 'liquidation', group_by: 'reason' },
    ]) {
      const parameters = parseParameters(statsTimelineParameters, raw);
      expect({
        raw,
        answerable: monthlyCountsCanAnswer(
          designationFiltersFrom(parameters),
          parameters.group_by,
          parameters.interval,
        ),
      }).toEqual({ raw, answerable: false });
    }
    const lawWithinAYear = designationFiltersFrom(
      parseParameters(designationListParameters, { law: 'ru-foreign-agents-law', from: '2015-01', to: '2015-06' }),
    );
    expect(monthlyCountsHold(lawWithinAYear)).toBe(false);
    const asRecorded = designationFiltersFrom(
      parseParameters(designationListParameters, { recorded_as_of: '2026-01-01T00:00:00Z' }),
    );
    expect(monthlyCountsHold(asRecorded)).toBe(false);
  });
});

describe('the monthly counts and the counts by organization kind follow every write, in its transaction', () => {
  let testDb: TestDatabase;
  let app: Express;
  let tokens: TestTokens;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    await importDesignations(testDb.db, fileInput(fixturePath('import', 'valid', 'hard-cases.csv')), { today: TODAY });
    tokens = await createTestTokens(testDb.db);
    app = buildTestApp(testDb.db);
  });
  afterAll(() => testDb.destroy());

  const editor = () => bearer(tokens.editor);

  it('after an import, a create, edits of counted columns, a soft delete, a restore, a merge, kind changes, a re-import', async () => {
    await expectCountsMatchDesignations(testDb.db);

    const created = await request(app)
      .post('/api/v1/designations')
      .set(editor())
      .send(designationBody({ decided_on: '2019-07-14' }));
    expect(created.status).toBe(201);
    await expectCountsMatchDesignations(testDb.db);
    const id: string = created.body.id;

    for (const patch of [
      { decided_on: '2019-08' },
      { decided_on: '2019' },
      { measure: 'liquidation' },
      { jurisdiction: 'BY', law: null, law_citation: null },
      { notes: 'not counted' },
    ]) {
      const { headers } = await request(app).get(`/api/v1/designations/${id}`);
      const patched = await request(app)
        .patch(`/api/v1/designations/${id}`)
        .set(editor())
        .set('If-Match', headers.etag)
        .send(patch);
      expect({ patch, status: patched.status, errors: patched.body.errors }).toEqual({ patch, status: 200 });
      await expectCountsMatchDesignations(testDb.db);
    }

    expect((await request(app).delete(`/api/v1/designations/${id}`).set(editor())).status).toBe(204);
    await expectCountsMatchDesignations(testDb.db);
    const stats = await request(app)
      .get('/api/v1/stats/timeline')
      .query({ jurisdiction: 'BY', from: '2019', to: '2019' });
    expect(stats.body.total).toBe(0);

    expect((await request(app).post(`/api/v1/designations/${id}/restore`).set(editor())).status).toBe(200);
    await expectCountsMatchDesignations(testDb.db);
    const restoredStats = await request(app)
      .get('/api/v1/stats/timeline')
      .query({ jurisdiction: 'BY', from: '2019', to: '2019' });
    expect(restoredStats.body.total).toBe(1);

    await request(app).post('/api/v1/organizations').set(editor()).send({ name: 'Merged Away Centre', kind: 'ngo' });
    const moved = await request(app)
      .post('/api/v1/designations')
      .set(editor())
      .send(designationBody({ organization: 'Merged Away Centre', organization_aliases: [], decided_on: '2020-02' }));
    expect(moved.status).toBe(201);
    const merged = await request(app)
      .post('/api/v1/organizations/test-rights-centre/merge')
      .set(bearer(tokens.admin))
      .send({ organization: 'merged-away-centre' });
    expect(merged.status).toBe(200);
    await expectCountsMatchDesignations(testDb.db);

    // A change of kind moves the organization's designations to the other kind's counts.
    for (const kind of ['media', 'ngo']) {
      const organization = await request(app).get('/api/v1/organizations/test-rights-centre');
      const changed = await request(app)
        .patch('/api/v1/organizations/test-rights-centre')
        .set(editor())
        .set('If-Match', organization.headers.etag)
        .send({ kind });
      expect({ kind, status: changed.status }).toEqual({ kind, status: 200 });
      await expectCountsMatchDesignations(testDb.db);
      const [{ moved }] = await testDb
        .db('designation_kind_counts')
        .where('organization_kind', kind)
        .sum({ moved: 'designations' });
      expect(Number(moved)).toBeGreaterThan(0);
    }

    const file = path.join(temporaryDirectory('monthly-counts'), 'generated.csv');
    writeGeneratedCsv(file, 300);
    await importDesignations(testDb.db, fileInput(file), { today: TODAY });
    await expectCountsMatchDesignations(testDb.db);
    // The same ids again, now in other months and jurisdictions: updates move counts between keys.
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace(/,RU,/g, ',CN,')
        .replace(/,2003-0/g, ',2004-0'),
    );
    await importDesignations(testDb.db, fileInput(file), { today: TODAY });
    await expectCountsMatchDesignations(testDb.db);
  });

  it('a write that rolls back leaves the counts as they were', async () => {
    const summaries = async () => ({
      ...Object.fromEntries(
        await Promise.all(
          SUMMARY_KEYS.map(async ({ table, key }) => [
            table,
            await testDb.db(table).select('*').orderBy(Object.keys(key)),
          ]),
        ),
      ),
      byKind: await testDb
        .db('designation_kind_counts')
        .select('*')
        .orderBy(['jurisdiction', 'organization_kind', 'measure', 'decided_month']),
    });
    const before = await summaries();
    await expect(
      recordedTransaction(testDb.db, 'test', async (trx) => {
        await trx('all_designations').update({ jurisdiction: 'AM' });
        await trx('organizations').update({ kind: 'media' });
        await trx('all_designations').whereNull('deleted_at').delete();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await summaries()).toEqual(before);
  });

  it('a hard delete and a rebuild from scratch agree with the designations', async () => {
    await recordedTransaction(testDb.db, 'test', async (trx) => {
      await trx('designation_sources')
        .whereIn('designation_id', trx('designations').where('jurisdiction', 'CN').select('id'))
        .delete();
      await trx('all_designations').where('jurisdiction', 'CN').delete();
    });
    await expectCountsMatchDesignations(testDb.db);
    await testDb.db.raw('select rebuild_designation_monthly_counts()');
    await testDb.db.raw('select rebuild_designation_kind_counts()');
    await testDb.db.raw('select rebuild_designation_rollups()');
    await expectCountsMatchDesignations(testDb.db);
  });
});
