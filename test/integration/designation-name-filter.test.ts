import { normalizeName } from '../../src/domain/names';
import { applyDesignationFilters } from '../../src/queries/designation-filters';
import { FILTER_MIN_SCORE, nameScore } from '../../src/queries/organization-name-score';
import { TestDatabase } from '../support/database';
import { createSeededTestDatabase } from '../support/seed-fixture';

const TODAY = '2026-11-27';
const FIXED_QUERIES = [
  'amnesty',
  'HRW',
  'Хьюман Райтс Вотч',
  'hyuman rayts votch',
  'human rights wach',
  'memorial',
  'мемориал',
  'Международная амнистия',
  'foundation',
  'центр',
  'al haq',
  'open society',
  'ned',
  'human rights',
];

/** Typos, single words and word pairs of real names: queries near the filter's score either way. */
function queriesFrom(names: string[]): string[] {
  return names.flatMap((name) => {
    const words = name.split(' ');
    const dropped = name.length > 6 ? `${name.slice(0, 3)}${name.slice(4)}` : name;
    return [dropped, words[0], words.slice(-2).join(' ')];
  });
}

describe('the q filter of designations', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createSeededTestDatabase();
  });
  afterAll(() => testDb.destroy());

  /** Organizations with designations and a name scoring at least FILTER_MIN_SCORE, by scoring every name. */
  async function scoredOneByOne(query: string): Promise<string[]> {
    const score = nameScore(query);
    const rows = await testDb.db
      .from('organization_names as n')
      .whereRaw(`${score.sql} >= ?`, [...score.bindings, FILTER_MIN_SCORE])
      .whereExists(
        (designations) =>
          void designations
            .select(testDb.db.raw('1'))
            .from('designations as d')
            .whereRaw('d.organization_id = n.organization_id'),
      )
      .distinct('n.organization_id');
    return rows.map((row: { organization_id: string }) => row.organization_id).sort();
  }

  async function filtered(query: string): Promise<string[]> {
    const rows = await applyDesignationFilters(
      testDb.db('designations as d'),
      { q: query, family: false, imprecise: 'exclude' },
      TODAY,
    ).distinct('d.organization_id');
    return rows.map((row: { organization_id: string }) => row.organization_id).sort();
  }

  it('keeps exactly the organizations with a name scoring at least FILTER_MIN_SCORE', async () => {
    const names = await testDb.db('organization_names').orderBy('id').limit(60).pluck('name');
    const queries = [...FIXED_QUERIES, ...queriesFrom(names)].map(normalizeName).filter(Boolean);
    let matchedSome = 0;
    for (const query of new Set(queries)) {
      const expected = await scoredOneByOne(query);
      expect({ query, organizations: await filtered(query) }).toEqual({ query, organizations: expected });
      if (expected.length > 0) matchedSome++;
    }
    // The comparison means something only if most queries match some organizations and some do not.
    expect(matchedSome).toBeGreaterThan(queries.length / 2);
    expect(matchedSome).toBeLessThan(new Set(queries).size);
  });
});
