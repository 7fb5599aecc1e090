import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importDesignations } from '../../src/services/import/import-designations';
import { startServeProcess, waitForExit } from '../support/cli';
import { createTestDatabase, describeOnPostgresServer, TestDatabase } from '../support/database';
import { fileInput } from '../support/fixtures';
import { writeGeneratedCsv } from '../support/generate-interchange';
import { HttpAnswer, httpGet } from '../support/http-get';

const CONNECT_TIMEOUT_MS = 2000;
// The service's connections carry this name (the URL's parameter wins over the built-in one), so
// the test kills those and not its own.
const SERVICE_CONNECTIONS = 'ngo-tracker-under-test';
// Generous on purpose: this catches a hang, it does not measure speed.
const NO_HANG_MS = CONNECT_TIMEOUT_MS + 3000;
const READ_PATHS = [
  '/api/v1/designations?limit=100',
  '/api/v1/stats/timeline?interval=year&group_by=jurisdiction',
  '/api/v1/organizations?q=generated',
  '/api/v1/laws',
  '/readyz',
];

/**
 * The service's PostgreSQL connections killed by the server (pg_terminate_backend, as an admin or
 * a failover does), idle or in the middle of queries: `ngo-tracker serve` runs as a process, so a
 * crash from an unhandled 'error' event would show as an exited process.
 */
describeOnPostgresServer(
  'connections killed by pg_terminate_backend (PostgreSQL only: PGlite has no server connections to kill)',
  () => {
    let testDb: TestDatabase;
    let child: ChildProcess;
    let url: string;
    beforeAll(async () => {
      testDb = await createTestDatabase();
      const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'connection-kill-'));
      writeGeneratedCsv(path.join(directory, 'rows.csv'), 2000);
      await importDesignations(testDb.db, fileInput(path.join(directory, 'rows.csv')));
      fs.rmSync(directory, { recursive: true, force: true });
      ({ child, url } = await startServeProcess({
        DATABASE_URL: `${testDb.url}?application_name=${SERVICE_CONNECTIONS}`,
        SEED_ON_START: 'false',
        DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
        RATE_LIMIT_READS_PER_MINUTE: '0',
      }));
    }, 120_000);
    afterAll(async () => {
      child?.kill('SIGKILL');
      if (child) await waitForExit(child);
      await testDb?.destroy();
    });

    /** Terminates every connection the service holds; resolves with how many there were. */
    async function killServiceConnections(): Promise<number> {
      const result = await testDb.db.raw(
        `select count(pg_terminate_backend(pid))::int as killed from pg_stat_activity where datname = ` +
          `current_database() and application_name = ?`,
        [SERVICE_CONNECTIONS],
      );
      return result.rows[0].killed;
    }

    async function everyPathOnce(): Promise<HttpAnswer[]> {
      return Promise.all(
        [...READ_PATHS, ...READ_PATHS].map((readPath) => httpGet(`${url}${readPath}`, { timeoutMs: NO_HANG_MS })),
      );
    }

    it('drops idle pooled connections the server killed, without crashing, and the next requests succeed', async () => {
      expect((await everyPathOnce()).map((answer) => answer.status)).toEqual(Array(READ_PATHS.length * 2).fill(200));
      expect(await killServiceConnections()).toBeGreaterThan(0);
      await untilNoServiceConnections();

      expect(child.exitCode).toBeNull();
      expect((await everyPathOnce()).map((answer) => answer.status)).toEqual(Array(READ_PATHS.length * 2).fill(200));
    });

    it('answers 200 or a 503 problem, never a hang or other error, while connections die under load; then recovers', async () => {
      let trafficOn = true;
      const answers: HttpAnswer[] = [];
      const worker = async (offset: number) => {
        for (let index = offset; trafficOn; index++)
          answers.push(await httpGet(`${url}${READ_PATHS[index % READ_PATHS.length]}`, { timeoutMs: NO_HANG_MS }));
      };
      const workers = [0, 1, 2, 3, 4, 5].map(worker);
      let killed = 0;
      for (let round = 0; round < 5; round++) {
        await pause(300);
        killed += await killServiceConnections();
      }
      trafficOn = false;
      await Promise.all(workers);

      expect(killed).toBeGreaterThan(0);
      const unexpected = answers.filter((answer) => answer.status !== 200 && !isUnavailableProblem(answer));
      expect(unexpected.map((answer) => `${answer.status} ${answer.body}`)).toEqual([]);
      expect(child.exitCode).toBeNull();
      expect((await everyPathOnce()).map((answer) => answer.status)).toEqual(Array(READ_PATHS.length * 2).fill(200));
    });

    async function untilNoServiceConnections(): Promise<void> {
      for (;;) {
        const result = await testDb.db.raw(
          `select count(*)::int as alive from pg_stat_activity where datname = current_database() and application_name = ?`,
          [SERVICE_CONNECTIONS],
        );
        if (result.rows[0].alive === 0) return;
        await pause(50);
      }
    }
  },
);

function isUnavailableProblem(answer: HttpAnswer): boolean {
  if (answer.status !== 503 || !/^application\/problem\+json/.test(answer.headers['content-type'] ?? '')) return false;
  return ['unavailable', 'database_unavailable'].includes(JSON.parse(answer.body).code);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
