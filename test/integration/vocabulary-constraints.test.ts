import {
  CONFIDENCE_LEVELS,
  COUNT_KINDS,
  IDENTIFIER_SCHEMES,
  LAW_FAMILIES,
  MEASURES,
  NAME_KINDS,
  ORGANIZATION_KINDS,
  REASON_TAGS,
  REASONS_FORMS,
} from '../../src/domain/vocabularies';
import { createTestDatabase, TestDatabase } from '../support/database';

/**
 * Migrations write each vocabulary into a CHECK constraint as a literal snapshot, so a word added
 * to src/domain/vocabularies.ts without a migration would pass validation and then be refused by
 * the database (a 400 for a valid value). The migrated schema must hold exactly the code's lists.
 */
const CONSTRAINED_VOCABULARIES: [constraint: string, vocabulary: readonly string[]][] = [
  ['organizations_kind_known', ORGANIZATION_KINDS],
  ['organization_names_kind_known', NAME_KINDS],
  ['laws_family_known', LAW_FAMILIES],
  ['designations_measure_known', MEASURES],
  ['designations_reasons_form_known', REASONS_FORMS],
  ['designations_reason_tags_known', REASON_TAGS],
  ['designations_confidence_known', CONFIDENCE_LEVELS],
  ['jurisdiction_actions_measure_known', MEASURES],
  ['jurisdiction_actions_reasons_form_known', REASONS_FORMS],
  ['jurisdiction_actions_reason_tags_known', REASON_TAGS],
  ['jurisdiction_actions_confidence_known', CONFIDENCE_LEVELS],
  ['known_totals_measure_known', MEASURES],
  ['known_totals_count_kind_known', COUNT_KINDS],
  ['known_totals_confidence_known', CONFIDENCE_LEVELS],
  ['organization_identifiers_scheme_known', IDENTIFIER_SCHEMES],
];

describe('the database CHECK constraints hold the same vocabularies as the code', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.destroy());

  it.each(CONSTRAINED_VOCABULARIES)('%s', async (constraint, vocabulary) => {
    const { rows } = await testDb.db.raw(
      'select pg_get_constraintdef(oid) as definition from pg_constraint where conname = ?',
      [constraint],
    );
    expect(rows).toHaveLength(1);
    const literals = [...(rows[0].definition as string).matchAll(/'((?:[^']|'')*)'/g)].map((match) =>
      match[1].replace(/''/g, "'"),
    );
    expect([...new Set(literals)].sort()).toEqual([...vocabulary].sort());
  });
});
