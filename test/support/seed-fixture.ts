import type { Knex } from 'knex';
import { SEED_DIR, seedDatabase, SeedSummary } from '../../src/services/seed/seed-database';
import { createTestDatabaseIn, DatabaseState, directoryFingerprint, MIGRATED, TestDatabase } from './database';
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

/** A migrated database holding the fixture seed: made once per test run, then copied. */
export const SEEDED: DatabaseState = {
  name: 'seeded',
  base: MIGRATED,
  fingerprint: () => directoryFingerprint(FIXTURE_SEED_DIR),
  acrossRuns: false,
  make: async (db) => {
    await seedFixture(db);
  },
};

/**
 * A fresh database per test file holding the fixture seed, as if the file had run seedFixture on a
 * new migrated database (the same rows, ids and history), without each file paying for the seeding.
 */
export function createSeededTestDatabase(): Promise<TestDatabase> {
  return createTestDatabaseIn(SEEDED);
}

/**
 * A migrated database holding the real seed (seeds/data), as `ngo-tracker seed` leaves it: for the
 * few tests that need every jurisdiction (law families, maps, the FtM export of everything). Made
 * once per run; loading it takes each file ~10 s on PGlite.
 */
export const REAL_SEEDED: DatabaseState = {
  name: 'realseed',
  base: MIGRATED,
  fingerprint: () => directoryFingerprint(SEED_DIR),
  acrossRuns: false,
  make: async (db) => {
    await seedDatabase(db);
  },
};

export function createRealSeededTestDatabase(): Promise<TestDatabase> {
  return createTestDatabaseIn(REAL_SEEDED);
}
