import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import { parse } from 'csv-parse/sync';
import { startServeProcess, waitForExit } from '../support/cli';
import { httpGet } from '../support/http-get';
import { LARGE_EXPORT, LARGE_EXPORT_ROWS } from '../support/large-export';
import { createProcessDatabase, ProcessDatabase } from '../support/process-database';

/**
 * SIGTERM to `ngo-tracker serve` while a CSV export streams. The client holds the export mid-way
 * (it stops reading; about 20 MB cannot fit in the socket buffers), so the export is certainly in
 * flight when the signal lands, however fast the machine.
 */
describe('SIGTERM while a CSV export streams', () => {
  let database: ProcessDatabase;
  beforeAll(async () => {
    database = await createProcessDatabase({ from: LARGE_EXPORT });
  }, 180_000);
  afterAll(() => database?.destroy());

  let serving: ChildProcess | undefined;
  afterEach(async () => {
    // A test that failed half-way must not leave its server holding the database.
    if (serving && serving.exitCode === null && serving.signalCode === null) {
      serving.kill('SIGKILL');
      await waitForExit(serving);
    }
  });

  async function serve(graceMs: number) {
    const started = await startServeProcess({
      ...database.env,
      SEED_ON_START: 'false',
      SHUTDOWN_GRACE_MS: String(graceMs),
      RATE_LIMIT_EXPORTS_PER_MINUTE: '0',
    });
    serving = started.child;
    return started;
  }

  it('finishes the export with every row, answers new requests 503 meanwhile, and exits 0', async () => {
    const { child, url } = await serve(120_000);
    const exporting = await startHeldExport(`${url}/api/v1/designations.csv`);
    const loggedShutdown = untilLogged(child, /draining requests in flight/);
    child.kill('SIGTERM');
    await loggedShutdown;

    for (const path of ['/api/v1/designations?limit=1', '/readyz']) {
      const refused = await httpGet(`${url}${path}`);
      expect(refused.status).toBe(503);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.headers.connection).toBe('close');
      expect(refused.headers['content-security-policy']).toContain("default-src 'self'");
      expect(JSON.parse(refused.body)).toMatchObject({ status: 503, code: 'service_shutting_down' });
    }

    const download = await exporting.readToEnd();
    expect(download.complete).toBe(true);
    expect(parse(download.body, { columns: true })).toHaveLength(LARGE_EXPORT_ROWS);
    expect(await waitForExit(child)).toBe(0);
  }, 120_000);

  it('cuts the export and exits 1 when SHUTDOWN_GRACE_MS runs out', async () => {
    const { child, url } = await serve(500);
    const exporting = await startHeldExport(`${url}/api/v1/designations.csv`);
    const loggedGraceOut = untilLogged(child, /grace period ran out/);
    child.kill('SIGTERM');
    expect(await waitForExit(child)).toBe(1);
    await loggedGraceOut;
    const download = await exporting.readToEnd();
    expect(download.complete).toBe(false);
  }, 120_000);
});

interface HeldDownload {
  /** Reads on from where the client stopped, until the server ends (or cuts) the response. */
  readToEnd(): Promise<{ complete: boolean; body: string }>;
}

/** Starts a download, reads its first chunk and stops reading, which holds the server mid-way. */
function startHeldExport(url: string): Promise<HeldDownload> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        if (response.statusCode !== 200) reject(new Error(`the export answered ${response.statusCode}`));
        const chunks: Buffer[] = [];
        const closed = new Promise<void>((done) => response.on('close', done));
        response.on('error', () => undefined);
        response.once('data', (first: Buffer) => {
          chunks.push(first);
          response.pause();
          resolve({
            async readToEnd() {
              response.on('data', (chunk: Buffer) => chunks.push(chunk));
              response.resume();
              await closed;
              return { complete: response.complete, body: Buffer.concat(chunks).toString('utf8') };
            },
          });
        });
      })
      .on('error', reject);
  });
}

function untilLogged(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        child.stdout!.off('data', onData);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
  });
}
