import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { buildTestApp } from '../../support/app';
import { TestDatabase } from '../../support/database';
import { createSeededTestDatabase } from '../../support/seed-fixture';

export interface SeededServer {
  baseUrl: string;
  testDb: TestDatabase;
  close(): Promise<void>;
}

/**
 * The app in this process on a free loopback port, over a freshly seeded database (in-memory
 * PGlite, or a new database on TEST_DATABASE_URL's server): what a person's browser would reach.
 */
export async function startSeededServer(prepare?: (testDb: TestDatabase) => Promise<void>): Promise<SeededServer> {
  const testDb = await createSeededTestDatabase();
  await prepare?.(testDb);
  const server: Server = await new Promise((resolve) => {
    const listening = buildTestApp(testDb.db).listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    testDb,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await testDb.destroy();
    },
  };
}
