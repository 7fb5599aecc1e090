import type { ChildProcess } from 'node:child_process';
import { startServeProcess, waitForExit } from '../support/cli';
import { createTestDatabase, describeOnPostgresServer, TestDatabase } from '../support/database';
import { HttpAnswer, httpGet } from '../support/http-get';
import { Outage, startTcpProxy, TcpProxy } from '../support/tcp-proxy';

const CONNECT_TIMEOUT_MS = 1000;
// Generous on purpose: this catches a request that hangs, it does not measure speed.
const NO_HANG_MS = CONNECT_TIMEOUT_MS + 3000;

/**
 * `ngo-tracker serve` as a process, reaching PostgreSQL through a TCP proxy the test cuts (every
 * connection dropped, then new ones refused or left unanswered) and restores, without restarting
 * the service.
 */
describeOnPostgresServer(
  'the database becomes unreachable (PostgreSQL only: PGlite is inside the process, with no network to cut)',
  () => {
    let testDb: TestDatabase;
    let proxy: TcpProxy;
    let child: ChildProcess;
    let url: string;
    beforeAll(async () => {
      testDb = await createTestDatabase();
      const databaseUrl = new URL(testDb.url!);
      proxy = await startTcpProxy({ host: databaseUrl.hostname, port: Number(databaseUrl.port || 5432) });
      databaseUrl.host = `127.0.0.1:${proxy.port}`;
      ({ child, url } = await startServeProcess({
        DATABASE_URL: databaseUrl.toString(),
        SEED_ON_START: 'false',
        DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
        RATE_LIMIT_READS_PER_MINUTE: '0',
      }));
    }, 120_000);
    afterAll(async () => {
      child?.kill('SIGKILL');
      if (child) await waitForExit(child);
      await proxy?.close();
      await testDb?.destroy();
    });

    it.each<Outage>(['refused', 'unanswered'])(
      'connections %s: requests fail fast with 503 problems, /readyz is 503, and once the database is back ' +
        'requests succeed without a restart',
      async (outage) => {
        expect((await httpGet(`${url}/api/v1/designations?limit=5`)).status).toBe(200);
        await proxy.cut(outage);

        const request = await httpGet(`${url}/api/v1/designations?limit=5`, { timeoutMs: NO_HANG_MS });
        expect(request.elapsedMs).toBeLessThan(NO_HANG_MS);
        expectProblem(request, 'unavailable');
        expectProblem(await httpGet(`${url}/readyz`, { timeoutMs: NO_HANG_MS }), 'database_unavailable');
        expect(child.exitCode).toBeNull();

        await proxy.restore();
        expect((await untilAnswered(`${url}/api/v1/designations?limit=5`)).status).toBe(200);
        expect((await httpGet(`${url}/readyz`)).status).toBe(200);
      },
      60_000,
    );
  },
);

function expectProblem(answer: HttpAnswer, code: string): void {
  expect(answer.status).toBe(503);
  expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(JSON.parse(answer.body)).toMatchObject({ status: 503, code });
}

/** The first 200, asking again while the service is still reconnecting; the test's timeout bounds the wait. */
async function untilAnswered(url: string): Promise<HttpAnswer> {
  for (;;) {
    const answer = await httpGet(url, { timeoutMs: NO_HANG_MS });
    if (answer.status === 200) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
