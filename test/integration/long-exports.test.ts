import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { loadConfig } from '../../src/config/config';
import { createDb, Db } from '../../src/db/connection';
import { startServer } from '../../src/app/server';
import { buildTestApp, silentLogger } from '../support/app';
import { createTestDatabase, createTestDatabaseIn, onPostgres, TestDatabase } from '../support/database';
import { LARGE_EXPORT, LARGE_EXPORT_ROWS } from '../support/large-export';

function expectTimeoutProblem(response: request.Response): void {
  expect(response.status).toBe(503);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({
    status: 503,
    code: 'unavailable',
    detail: 'the database took too long to answer',
  });
  expect(response.text).not.toMatch(/select|from |copy|statement/i);
}

/**
 * The session's statement_timeout as `db`'s connections have it. With a timeout of 1 ms even this
 * statement can be cancelled on a loaded machine (a cancellation that reaches the next statement
 * reads "due to user request"), so a cancelled attempt is asked again.
 */
async function statementTimeoutOf(db: Db): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await db.raw('show statement_timeout')).rows[0].statement_timeout;
    } catch (error) {
      if ((error as { code?: string }).code !== '57014' || attempt === 20) throw error;
    }
  }
}

/** Downloads `url`, pausing after the first chunk for `pauseMs` so the export is held open that long. */
function slowDownload(url: string, pauseMs: number): Promise<{ status: number; complete: boolean; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        const chunks: Buffer[] = [];
        response.once('data', () => {
          response.pause();
          setTimeout(() => response.resume(), pauseMs);
        });
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode!,
            complete: response.complete,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

/** Starts a download, reads its first chunk and hangs up (or gives up on a response that breaks first). */
function abandonedDownload(url: string): Promise<void> {
  return new Promise((resolve) => {
    const outgoing = http.get(url, (response) => {
      response.once('data', () => outgoing.destroy());
      response.on('close', resolve);
    });
    outgoing.on('error', () => resolve());
  });
}

async function listen(db: Db): Promise<{ url: string; close(): Promise<void> }> {
  const server = buildTestApp(db).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Exports held open, abandoned and broken mid-way, and the statement timeout they must escape, on
 * one dataset of about 20 MB of export: more than the loopback socket buffers hold, so a client
 * that stops reading holds the export open on the server.
 */
let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabaseIn(LARGE_EXPORT);
}, 180_000);
afterAll(() => testDb.destroy());

// PGlite runs a statement to its end on the thread it shares with the server: it has no timeout to test.
// The timeout is a startup parameter of each connection, which PgBouncer in transaction mode does not
// pass on (behind it, set statement_timeout on the role: docs/scaling.md): these connect straight to
// PostgreSQL, at TEST_ADMIN_DATABASE_URL's server when the suite runs through PgBouncer.
function directUrl(url: string): string {
  const admin = process.env.TEST_ADMIN_DATABASE_URL;
  if (!admin) return url;
  const direct = new URL(url);
  direct.host = new URL(admin).host;
  return direct.toString();
}

describe('the statement timeout of API queries (STATEMENT_TIMEOUT_MS)', () => {
  const limitedDb = (statementTimeoutMs: number) =>
    createDb({ kind: 'postgres', url: directUrl(testDb.url!), poolMax: 1 }, undefined, { statementTimeoutMs });

  onPostgres('cancels an API query that runs longer: 503 problem+json, no SQL text', async () => {
    const db = limitedDb(1);
    try {
      expectTimeoutProblem(await request(buildTestApp(db)).get('/api/v1/designations?limit=500&imprecise=include'));
      expectTimeoutProblem(await request(buildTestApp(db)).get('/api/v1/stats/timeline?interval=month&group_by=law'));
    } finally {
      await db.destroy();
    }
  });

  onPostgres('does not cut an export held open longer than it, and gives the connection its timeout back', async () => {
    const db = limitedDb(50);
    const server = await listen(db);
    try {
      const download = await slowDownload(`${server.url}/api/v1/designations.ndjson`, 500);
      expect(download.status).toBe(200);
      expect(download.complete).toBe(true);
      expect(download.body.trimEnd().split('\n')).toHaveLength(LARGE_EXPORT_ROWS);
      const [{ statement_timeout: timeout }] = (await db.raw('show statement_timeout')).rows;
      expect(timeout).toBe('50ms');
    } finally {
      await server.close();
      await db.destroy();
    }
  });

  it('an export its client abandons gives its connection back and stops on the server', async () => {
    const db = testDb.backend === 'postgres' ? limitedDb(10_000) : testDb.db;
    const server = await listen(db);
    try {
      for (let attempt = 0; attempt < 3; attempt++) await abandonedDownload(`${server.url}/api/v1/designations.csv`);
      // With one connection in the pool, this waits for one that was given back.
      expect((await db.raw('select 1 as answer')).rows[0].answer).toBe(1);
      if (testDb.backend === 'postgres') {
        const copies = async () =>
          (
            await testDb.db.raw(
              `select count(*)::int as n from pg_stat_activity
              where datname = current_database() and query like 'COPY (%' and state = 'active'`,
            )
          ).rows[0].n;
        for (let tries = 0; tries < 50 && (await copies()) > 0; tries++)
          await new Promise((resolve) => setTimeout(resolve, 100));
        expect(await copies()).toBe(0);
      }
    } finally {
      await server.close();
      if (db !== testDb.db) await db.destroy();
    }
  });

  onPostgres('the server migrates and seeds without it, then serves with it', async () => {
    const empty = await createTestDatabase({ migrate: false });
    const running = await startServer(
      loadConfig({
        DATABASE_URL: directUrl(empty.url!),
        STATEMENT_TIMEOUT_MS: '1',
        SEED_ON_START: 'true',
        PORT: '0',
        HOST: '127.0.0.1',
      }),
      silentLogger,
    );
    try {
      const [{ count }] = await empty.db('designations').count({ count: '*' });
      expect(Number(count)).toBeGreaterThan(100);
      expect(await statementTimeoutOf(running.db)).toBe('1ms');
      expectTimeoutProblem(await request(running.url).get('/api/v1/designations?limit=500'));
    } finally {
      await running.shutdown();
      await empty.destroy();
    }
  });
});

/**
 * A failure after the first byte must not look like a complete file. The fault is real on each
 * backend: on PostgreSQL the exporting connection is killed (pg_terminate_backend) while COPY
 * streams; on PGlite, which exports page by page over its one connection, the table is renamed
 * between two pages (and back afterwards). Last in the file, since it breaks things on purpose.
 */
describe('an export that fails after streaming has begun', () => {
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => (server = await listen(testDb.db)));
  afterAll(() => server.close());

  async function breakTheExport(): Promise<void> {
    if (testDb.backend === 'postgres') {
      // Only this test's database: other test files run exports on the same server at the same time.
      await testDb.db.raw(
        `select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and query like 'COPY (%' and pid <> pg_backend_pid()`,
      );
    } else {
      await testDb.db.raw('alter table designations rename to designations_gone');
    }
  }

  it('aborts the response instead of ending a short file', async () => {
    const outcome = await new Promise<{ complete: boolean; bytes: number; ended: boolean }>((resolve, reject) => {
      http
        .get(`${server.url}/api/v1/designations.csv`, (response) => {
          expect(response.statusCode).toBe(200);
          let bytes = 0;
          let ended = false;
          let broken = false;
          response.once('data', (chunk: Buffer) => {
            bytes += chunk.length;
            // Stop reading so the export is held mid-way, break it, then read on.
            response.pause();
            breakTheExport().then(() => {
              broken = true;
              response.on('data', (more: Buffer) => (bytes += more.length));
              response.resume();
            }, reject);
          });
          response.on('end', () => (ended = true));
          response.on('error', () => undefined);
          response.on('close', () => {
            if (!broken) reject(new Error('the export finished before the fault could be injected'));
            resolve({ complete: response.complete, bytes, ended });
          });
        })
        .on('error', reject);
    });
    expect(outcome.bytes).toBeGreaterThan(0);
    expect(outcome.complete).toBe(false);
    expect(outcome.ended).toBe(false);
    if (testDb.backend === 'pglite') await testDb.db.raw('alter table designations_gone rename to designations');
  });
});
