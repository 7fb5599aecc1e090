import type { Knex } from 'knex';
import { seedDatabase, SeedSummary } from '../../src/services/seed';
import { fixturePath } from './fixtures';

/**
 * A frozen copy of the first seed (122 real designations in 6 jurisdictions, seed files of the same
 * format as seeds/data). Tests that need realistic data load this instead of the full seed, so the
 * suite does not slow down as the real dataset grows and their expectations do not move with it.
 * Only test/integration/seed.test.ts loads the real seed.
 */
export const FIXTURE_SEED_DIR = fixturePath('seed');

export function seedFixture(db: Knex): Promise<SeedSummary> {
  return seedDatabase(db, { dir: FIXTURE_SEED_DIR });
}
