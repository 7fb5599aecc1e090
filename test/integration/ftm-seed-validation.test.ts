/**
 * The FollowTheMoney export of the whole real seed (seeds/data), every entity checked against the
 * model of @alephdata/followthemoney: what OpenSanctions' yente or Aleph would load.
 */
import type { DesignationFilters } from '../../src/domain/designation-filters';
import { exportFtmEntities } from '../../src/services/export/ftm-export';
import { TestDatabase } from '../support/database';
import { createRealSeededTestDatabase } from '../support/seed-fixture';
import { readAll } from '../support/export-helpers';
import { ftmEntities, FtmLine, ftmProblems } from '../support/ftm-validator';

const TODAY = new Date().toISOString().slice(0, 10);
const NO_FILTERS: DesignationFilters = { family: false, imprecise: 'exclude' };
const uuidOf = (id: string) => id.replace(/^ngo-tracker-(org|designation|family)-/, '');

describe('the FollowTheMoney export of the real seed', () => {
  let testDb: TestDatabase;
  let entities: FtmLine[];
  beforeAll(async () => {
    testDb = await createRealSeededTestDatabase();
    entities = ftmEntities(await readAll(exportFtmEntities(testDb.db, NO_FILTERS, { today: TODAY })));
  }, 180_000);
  afterAll(() => testDb.destroy());

  it('is valid against the FtM model, every entity of it', () => {
    expect(entities.length).toBeGreaterThan(1000);
    expect(ftmProblems(entities)).toEqual([]);
  });

  it('holds one Sanction per designation, an Event for each of the two measures that are not state acts', async () => {
    const designations: { id: string; measure: string }[] = await testDb.db('designations').select('id', 'measure');
    const byId = new Map(designations.map((row) => [row.id, row.measure]));
    const records = entities.filter((entity) => entity.schema === 'Sanction' || entity.schema === 'Event');
    expect(records.map((entity) => uuidOf(entity.id)).sort()).toEqual([...byId.keys()].sort());
    for (const record of records) {
      const notStateAct = ['self_closure_under_pressure', 'deregistration_announced'].includes(
        byId.get(uuidOf(record.id))!,
      );
      expect([record.id, record.schema]).toEqual([record.id, notStateAct ? 'Event' : 'Sanction']);
    }
  });

  it('holds each organization acted against once, and each family parent, linked by one Membership per child', async () => {
    const { rows } = await testDb.db.raw(`with recursive kept as (
        select distinct organization_id as id from designations
        union select o.parent_id from organizations o join kept k on o.id = k.id where o.parent_id is not null)
      select id::text from kept`);
    const organizations = entities
      .filter((entity) => entity.schema === 'Organization')
      .map((entity) => uuidOf(entity.id));
    expect(organizations.sort()).toEqual(rows.map((row: { id: string }) => row.id).sort());
    const withParent: { id: string }[] = await testDb
      .db('organizations')
      .whereIn('id', organizations)
      .whereNotNull('parent_id')
      .select('id');
    const memberships = entities.filter((entity) => entity.schema === 'Membership');
    expect(memberships.map((entity) => uuidOf(entity.id)).sort()).toEqual(withParent.map((row) => row.id).sort());
  });

  it('carries every registration number of the seed as ogrnCode or innCode', async () => {
    const numbers: { scheme: string; value: string }[] = await testDb
      .db('organization_identifiers')
      .select('scheme', 'value');
    expect(numbers.length).toBeGreaterThan(300);
    const exported = entities.flatMap((entity) => [
      ...(entity.properties.ogrnCode ?? []),
      ...(entity.properties.innCode ?? []),
    ]);
    expect(exported.sort()).toEqual(numbers.map((number) => number.value).sort());
  });

  it('writes each organization before its first designation', () => {
    const seen = new Set<string>();
    for (const entity of entities) {
      if (entity.schema === 'Organization') seen.add(entity.id);
      const target = entity.properties.entity ?? entity.properties.involved;
      if (target) expect([entity.id, seen.has(target[0])]).toEqual([entity.id, true]);
    }
  });
});
