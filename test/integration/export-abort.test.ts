import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { importDesignations } from '../../src/services/import/import-designations';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { fileInput } from '../support/fixtures';
import { writeGeneratedCsv } from '../support/generate-interchange';

/**
 * A failure after the first byte must not look like a complete file. The fault is real on each
 * backend: on PostgreSQL the exporting connection is killed (pg_terminate_backend) while COPY
 * streams; on PGlite, which exports page by page over its one connection, the table is renamed
 * between two pages.
 */
describe('an export that fails after streaming has begun', () => {
  let testDb: TestDatabase;
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'abort-')), 'rows.csv');
    // About 20 MB: more than the loopback socket buffers hold, so the export is still running when
    // the client stops reading.
    writeGeneratedCsv(file, 2500, 8000);
    await importDesignations(testDb.db, fileInput(file));
    server = buildTestApp(testDb.db).listen(0);
    port = (server.address() as AddressInfo).port;
  }, 180_000);
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await testDb.destroy();
  });

  async function breakTheExport(): Promise<void> {
    if (testDb.backend === 'postgres') {
      // Only this test's database: other test files run exports on the same server at the same time.
      await testDb.db.raw(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like 'COPY (%' and pid <> pg_backend_pid()`);
    } else {
      await testDb.db.raw('alter table designations rename to designations_gone');
    }
  }

  it('aborts the response instead of ending a short file', async () => {
    const outcome = await new Promise<{ complete: boolean; bytes: number; ended: boolean }>((resolve, reject) => {
      http.get(`http://127.0.0.1:${port}/api/v1/designations.csv`, (response) => {
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
      }).on('error', reject);
    });
    expect(outcome.bytes).toBeGreaterThan(0);
    expect(outcome.complete).toBe(false);
    expect(outcome.ended).toBe(false);
  });
});
