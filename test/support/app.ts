import type { Express } from 'express';
import { DEFAULT_HTTP_SETTINGS, HttpSettings } from '../../src/config/config';
import { createApp } from '../../src/app/create-app';
import { createLogger } from '../../src/logging/logger';
import type { Db } from '../../src/db/connection';
import { TestDatabase } from './database';
import { createSeededTestDatabase } from './seed-fixture';
import { createTestTokens, TestTokens } from './editing';

export const silentLogger = createLogger('silent');

/** No rate limits: test files fire requests by the hundred from one address. */
export const NO_RATE_LIMITS = { reads: 0, writes: 0, exports: 0 };

/**
 * The app with the default HTTP settings except the rate limits, which are off unless a test
 * asks for them (or for other settings) in `http`.
 */
export function buildTestApp(db: Db, http: Partial<HttpSettings> = {}): Express {
  return createApp({
    db,
    logger: silentLogger,
    http: { ...DEFAULT_HTTP_SETTINGS, rateLimits: NO_RATE_LIMITS, ...http },
  });
}

/** A fresh database holding the seed data, and the test app on it: what most read tests start from. */
export async function seededTestApp(): Promise<{ testDb: TestDatabase; app: Express }> {
  const testDb = await createSeededTestDatabase();
  return { testDb, app: buildTestApp(testDb.db) };
}

/** The same, with an editor and an admin token for the writes a test makes. */
export async function seededTestAppWithTokens(): Promise<{ testDb: TestDatabase; app: Express; tokens: TestTokens }> {
  const seeded = await seededTestApp();
  return { ...seeded, tokens: await createTestTokens(seeded.testDb.db) };
}
