import type { Db } from '../../src/db/connection';
import { normalizeName } from '../../src/domain/names';
import { DEFAULT_THRESHOLDS, nameScore, SEARCH_MIN_SCORE } from '../../src/queries/organization-name-score';
import { searchOrganizations, searchPass } from '../../src/queries/organization-search';
import { createOrganization } from '../../src/services/editing/organization-editing';
import { TestDatabase } from '../support/database';
import { createSeededTestDatabase } from '../support/seed-fixture';

const QUERIES = [
  'memorial',
  'Amnesty International',
  'amnesti internešnl',
  'Международная амнистия',
  'human rights wach',
  'Хьюман Райтс Вотч',
  'open society',
  'foundation',
  'hrw',
  'centre',
];

/** How many passes `work` ran (each ends by ranking the names its conditions found), and what it found. */
async function withNameQueries<T>(db: Db, work: () => Promise<T>): Promise<{ result: T; passes: number }> {
  let passes = 0;
  const count = (query: { sql: string }) => {
    if (query.sql.includes('n.id = any(')) passes++;
  };
  db.on('query', count);
  try {
    return { result: await work(), passes };
  } finally {
    db.removeListener('query', count);
  }
}

describe('organization search: the narrow first pass', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createSeededTestDatabase();
    // Resembles `memorial` only by its skeleton (mrl), too short to count, and a word similarity of 0.3.
    await createOrganization(testDb.db, 'test', { name: 'Morila Union Watch', kind: 'ngo' });
  });
  afterAll(() => testDb.destroy());

  it('finds what the search at the default thresholds finds', async () => {
    for (const query of QUERIES.map(normalizeName)) {
      for (const limit of [1, 2, 5, 20]) {
        const searched = await searchOrganizations(testDb.db, query, limit);
        const broad = await searchPass(testDb.db, query, limit, DEFAULT_THRESHOLDS);
        expect({ query, limit, hits: searched }).toEqual({ query, limit, hits: broad });
      }
    }
  });

  it("answers the same inside a caller's transaction, and leaves the transaction's thresholds as they were", async () => {
    const thresholds = (trx: Db) =>
      trx.raw(
        `select current_setting('pg_trgm.similarity_threshold') as similarity, ` +
          `current_setting('pg_trgm.word_similarity_threshold') as word`,
      );
    // `memorial` for 1 ends with the narrow pass, `hrw` with the broad one (see the last test).
    for (const [query, limit] of [
      [normalizeName('memorial'), 1],
      [normalizeName('hrw'), 5],
    ] as const) {
      const outside = await searchOrganizations(testDb.db, query, limit);
      await testDb.db.transaction(async (trx) => {
        const before = (await thresholds(trx)).rows;
        expect(await searchOrganizations(trx, query, limit)).toEqual(outside);
        expect((await thresholds(trx)).rows).toEqual(before);
      });
    }
  });

  it('lists every organization with a resembling name scoring at least SEARCH_MIN_SCORE, with its best score, as a full scan', async () => {
    // nameCandidates' conditions, computed for each name instead of found through the indexes.
    const resembles = `(similarity(n.normalized, ?) >= 0.3 or word_similarity(?, n.normalized) >= 0.6
      or (similarity(n.skeleton, name_skeleton(?)) >= 0.3 and length(replace(n.skeleton, ' ', '')) >= 4
        and length(replace(name_skeleton(?), ' ', '')) >= 4))`;
    for (const query of QUERIES.map(normalizeName)) {
      const score = nameScore(query);
      const expected = await testDb.db
        .from('organization_names as n')
        .join('organizations as o', 'o.id', 'n.organization_id')
        .whereRaw(resembles, [query, query, query, query])
        .groupBy('o.slug')
        .havingRaw(`max(${score.sql}) >= ?`, [...score.bindings, SEARCH_MIN_SCORE])
        .select('o.slug', testDb.db.raw(`round(max(${score.sql})::numeric, 3)::float8 as score`, score.bindings))
        .orderBy('o.slug');
      const found = (await searchOrganizations(testDb.db, query, 10_000))
        .map((hit) => ({ slug: hit.slug, score: hit.score }))
        .sort((a, b) => a.slug.localeCompare(b.slug));
      expect({ query, found }).toEqual({
        query,
        found: expected.sort((a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug)),
      });
    }
  });

  it('lists no name for a skeleton too short to count in the score', async () => {
    const hits = await searchOrganizations(testDb.db, normalizeName('memorial'), 20);
    expect(hits.map((hit) => hit.slug)).toContain('memorial');
    expect(hits.map((hit) => hit.slug)).not.toContain('morila-union-watch');
    expect(
      (await searchOrganizations(testDb.db, normalizeName('Morila Unon Watch'), 1)).map((hit) => hit.slug),
    ).toEqual(['morila-union-watch']);
  });

  it('a shorter list is the head of a longer one: ties on the names are broken the same way (designations, then name)', async () => {
    for (const query of QUERIES.map(normalizeName)) {
      const longest = await searchOrganizations(testDb.db, query, 50);
      for (const limit of [1, 2, 3, 5, 8]) {
        expect({ query, limit, hits: await searchOrganizations(testDb.db, query, limit) }).toEqual({
          query,
          limit,
          hits: longest.slice(0, limit),
        });
      }
    }
  });

  it('answers alone when it finds enough strong matches, and hands over to the broad search when not', async () => {
    const strong = await withNameQueries(testDb.db, () => searchOrganizations(testDb.db, normalizeName('Memorial'), 1));
    expect(strong.result.map((hit) => hit.slug)).toEqual(['memorial']);
    expect(strong.passes).toBe(1);
    const weak = await withNameQueries(testDb.db, () => searchOrganizations(testDb.db, normalizeName('hrw'), 20));
    expect(weak.passes).toBe(2);
  });
});
