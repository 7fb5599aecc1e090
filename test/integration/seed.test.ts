import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { formatPartialDate } from '../../src/domain/partial-date';
import { needsSeeding, SEED_DIR, seedDatabase } from '../../src/services/seed/seed-database';
import { createTestDatabase, TestDatabase } from '../support/database';
import { createRealSeededTestDatabase } from '../support/seed-fixture';
import { snapshotDatabase } from '../support/snapshot';

const seedRows: Record<string, string>[] = parse(fs.readFileSync(path.join(SEED_DIR, 'designations.csv')), {
  columns: true,
});
const list = (cell: string) =>
  cell
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);

describe('the seed dataset', () => {
  let testDb: TestDatabase;
  // The run's copy of the real seed is made by seedDatabase on a migrated database, as here: this
  // file checks that state rather than seeding once more (the seeding again, below, it runs itself).
  beforeAll(async () => {
    const migrated = await createTestDatabase();
    try {
      expect(await needsSeeding(migrated.db)).toBe(true);
    } finally {
      await migrated.destroy();
    }
    testDb = await createRealSeededTestDatabase();
  }, 120_000);
  afterAll(() => testDb.destroy());

  it('holds exactly the rows of seeds/data/designations.csv', async () => {
    const stored = await testDb
      .db('designations as d')
      .join('organizations as o', 'o.id', 'd.organization_id')
      .leftJoin('organizations as p', 'p.id', 'o.parent_id')
      .leftJoin('laws as l', 'l.id', 'd.law_id')
      .select(
        'd.*',
        'o.name as organization',
        'o.kind as organization_kind',
        'p.name as organization_parent',
        'l.short_name as law',
      )
      .select(
        testDb.db.raw(
          `(select array_agg(s.url order by ds.position) from designation_sources ds join sources s on s.id = ` +
            `ds.source_id where ds.designation_id = d.id) as source_urls`,
        ),
      );
    const byId = new Map(stored.map((row) => [row.id, row]));
    expect(byId.size).toBe(seedRows.length);
    for (const row of seedRows) {
      const db = byId.get(row.id);
      expect({
        organization: db.organization,
        organization_kind: db.organization_kind,
        organization_parent: db.organization_parent ?? '',
        unit: db.unit ?? '',
        jurisdiction: db.jurisdiction,
        measure: db.measure,
        law: db.law ?? '',
        law_citation: db.law_citation ?? '',
        authority: db.authority,
        decided_on: formatPartialDate(db.decided_on, db.decided_precision),
        listed_on: db.listed_on ? formatPartialDate(db.listed_on, db.listed_precision) : '',
        ended_on: db.ended_on ? formatPartialDate(db.ended_on, db.ended_precision) : '',
        reason_tags: db.reason_tags,
        stated_reasons: db.stated_reasons,
        reasons_form: db.reasons_form,
        source_urls: db.source_urls,
        confidence: db.confidence,
        notes: db.notes,
      }).toEqual({
        organization: row.organization,
        organization_kind: row.organization_kind,
        organization_parent: row.organization_parent,
        unit: row.unit,
        jurisdiction: row.jurisdiction,
        measure: row.measure,
        law: row.law,
        law_citation: row.law_citation,
        authority: row.authority,
        decided_on: row.decided_on,
        listed_on: row.listed_on,
        ended_on: row.ended_on,
        reason_tags: list(row.reason_tags),
        stated_reasons: row.stated_reasons,
        reasons_form: row.reasons_form,
        source_urls: list(row.source_urls),
        confidence: row.confidence,
        notes: row.notes,
      });
    }
  });

  it('holds what the research promises: every jurisdiction, the Russian registers, who is still listed', async () => {
    const count = async (where: Record<string, string>) =>
      Number((await testDb.db('designations').where(where).count({ n: '*' }))[0].n);
    expect(await count({})).toBe(seedRows.length);
    expect(seedRows.length).toBeGreaterThanOrEqual(950);
    const jurisdictions = await testDb.db('designations').distinct('jurisdiction');
    expect(jurisdictions.length).toBeGreaterThanOrEqual(25);
    expect(await count({ jurisdiction: 'RU', measure: 'undesirable_designation' })).toBeGreaterThanOrEqual(220);
    const foreignAgents = await testDb
      .db('designations as d')
      .join('laws as l', 'l.id', 'd.law_id')
      .where({ 'd.jurisdiction': 'RU', 'd.measure': 'foreign_agent_designation', 'l.short_name': 'Foreign agents law' })
      .select('d.ended_on');
    expect(foreignAgents.length).toBeGreaterThanOrEqual(200);
    expect(foreignAgents.filter((row) => row.ended_on !== null).length).toBeGreaterThanOrEqual(140);
  });

  it('keeps the aggregate actions out of the organization tables', async () => {
    const actions = await testDb
      .db('jurisdiction_actions')
      .orderBy('decided_on')
      .select('jurisdiction', 'organizations_affected', 'description');
    const seedActions: Record<string, string>[] = parse(
      fs.readFileSync(path.join(SEED_DIR, 'jurisdiction-actions.csv')),
      { columns: true },
    );
    expect(actions).toHaveLength(seedActions.length);
    expect(actions.filter((action) => action.jurisdiction === 'NI')).toHaveLength(4);
    const names = await testDb.db('organization_names').pluck('name');
    expect(names.filter((name: string) => /AGGREGATE|^\d+ NGOs/.test(name))).toEqual([]);
  });

  it('puts related entities in one family', async () => {
    const families = await testDb
      .db('organizations as o')
      .join('organizations as p', 'p.id', 'o.parent_id')
      .orderBy('o.name')
      .select('o.name', 'p.name as parent');
    expect(families).toEqual(
      expect.arrayContaining([
        { name: 'Amnesty International Limited', parent: 'Amnesty International' },
        { name: 'Amnesty International India', parent: 'Amnesty International' },
        { name: 'Bellingcat Ltd', parent: 'Bellingcat' },
        { name: 'Stichting Bellingcat', parent: 'Bellingcat' },
        { name: 'SIA TV Rain', parent: 'TV Rain' },
        { name: 'TVR Studios B.V.', parent: 'TV Rain' },
        { name: 'Open Society Foundations', parent: 'Open Society network' },
        { name: 'OSI Assistance Foundation', parent: 'Open Society network' },
      ]),
    );
  });

  it('seeding again changes nothing', async () => {
    const before = await snapshotDatabase(testDb.db);
    const again = await seedDatabase(testDb.db);
    expect(again.designations).toMatchObject({ created: 0, updated: 0, unchanged: seedRows.length });
    expect(await snapshotDatabase(testDb.db)).toEqual(before);
    expect(await needsSeeding(testDb.db)).toBe(false);
  });
});
