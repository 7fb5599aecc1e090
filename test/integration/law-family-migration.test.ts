import { down, up } from '../../migrations/20261209100000_law_families';
import { recordedTransaction } from '../../src/db/recorded-transaction';
import { createTestDatabase, TestDatabase } from '../support/database';

interface LawBeforeFamilies {
  slug: string;
  jurisdiction: string;
  short_name: string;
  category: string;
}

/** The migration that replaced law categories by families, run back and forth on a real database with laws in it. */
describe('migration 20261209100000_law_families', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.destroy());

  it('fills family from category by the documented mapping, records it, and goes back', async () => {
    const { db } = testDb;
    const categories = {
      'xx-a': 'foreign_agents',
      'xx-b': 'company_law',
      'xx-c': 'military_order',
      'xx-d': 'sanctions',
      'xx-e': 'counter_extremism',
    };
    await db.transaction(async (trx) => {
      await down(trx);
      await recordedTransaction(trx, 'seed', async (inner) => {
        for (const [slug, category] of Object.entries(categories)) {
          // The laws table as it was before the migration, with its category column.
          await inner<LawBeforeFamilies>('laws').insert({
            slug,
            jurisdiction: 'RU',
            short_name: `Law ${slug}`,
            category,
          });
        }
      });
      await up(trx);
    });
    const rows: { slug: string; family: string }[] = await db('laws').orderBy('slug').select('slug', 'family');
    expect(rows.map((row) => [row.slug, row.family])).toEqual([
      ['xx-a', 'foreign_agent'],
      ['xx-b', 'ngo_registration'],
      ['xx-c', 'national_security'],
      ['xx-d', 'other'],
      ['xx-e', 'extremism'],
    ]);
    const columns = await db.raw(
      `select column_name from information_schema.columns where table_name = 'laws' and column_name in ('category', 'family')`,
    );
    expect(columns.rows.map((row: { column_name: string }) => row.column_name)).toEqual(['family']);
    const revisions = await db('revisions')
      .where({ table_name: 'laws', actor: 'migration', action: 'update' })
      .select('after');
    expect(revisions.map((revision) => (revision.after as { family: string }).family).sort()).toEqual([
      'extremism',
      'foreign_agent',
      'national_security',
      'ngo_registration',
      'other',
    ]);
    await expect(
      db.raw(`insert into laws (slug, jurisdiction, short_name, family) values ('xx-f', 'RU', 'F', 'foreign_agents')`),
    ).rejects.toThrow(/laws_family_known/);

    await db.transaction(async (trx) => down(trx));
    const back: { slug: string; category: string }[] = await db('laws').orderBy('slug').select('slug', 'category');
    expect(back.map((row) => row.category)).toEqual([
      'foreign_agents',
      'ngo_registration',
      'national_security',
      'other',
      'counter_extremism',
    ]);
    await db.transaction(async (trx) => up(trx));
  });
});
