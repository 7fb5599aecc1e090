/**
 * Property: whatever file POST /api/v1/import is sent — an export with one cell made hostile,
 * NUL or invalid UTF-8 bytes, a BOM in the middle, an unbalanced quote, a 100k-character line,
 * 10k columns, a 10k-deep JSON line — the answer is below 500 and free of traces and SQL; a
 * refusal lists line-numbered problems (on the spoiled line when one cell was spoiled) and leaves
 * the database as it was, and so does every dry run.
 */
import http from 'node:http';
import fc from 'fast-check';
import request from 'supertest';
import { buildTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { createSeededTestDatabase } from '../support/seed-fixture';
import { bearer, createTestTokens, TestTokens } from '../support/editing';
import { expectLineNumberedProblems, HostileFile, hostileCsvFiles, hostileNdjsonFiles } from '../support/hostile-files';
import { checkApiResponse, problemOf, sendRaw } from '../support/hostile-responses';
import { hostileValueFor, propertyOptions } from '../support/hostile-values';
import { documentedOperations } from '../support/openapi-operations';
import { fingerprintDatabase } from '../support/snapshot';

const RUNS = { csv: 100, ndjson: 100, dryRun: 30 };
// A few rows with aliases, a parent, a unit and Cyrillic: the valid file every hostile one starts from.
const BASE_FILTER = 'organization=amnesty-international-limited&family=1';

const importOperation = documentedOperations().find((operation) => operation.operationId === 'importDesignations')!;

describe('hostile files to POST /api/v1/import', () => {
  let testDb: TestDatabase;
  let server: http.Server;
  let tokens: TestTokens;
  const base = { csv: '', ndjson: '' };
  let uploads = 0;

  beforeAll(async () => {
    testDb = await createSeededTestDatabase();
    tokens = await createTestTokens(testDb.db);
    server = http.createServer(buildTestApp(testDb.db)).listen(0);
    base.csv = (await sendRaw(request(server).get(`/api/v1/designations.csv?${BASE_FILTER}`))).text;
    base.ndjson = (await sendRaw(request(server).get(`/api/v1/designations.ndjson?${BASE_FILTER}`))).text;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await testDb.destroy();
    process.stdout.write(`hostile-import: ${uploads} uploads on ${testDb.backend}\n`);
  });

  const MEDIA_TYPES = { csv: 'text/csv', ndjson: 'application/x-ndjson' };

  async function expectSafeImports(files: fc.Arbitrary<HostileFile>, runs: number, label: string): Promise<void> {
    let before = await fingerprintDatabase(testDb.db);
    await fc.assert(
      fc.asyncProperty(files, fc.boolean(), async (file, dryRun) => {
        const url = `/api/v1/import${dryRun ? '?dry_run=1' : ''}`;
        const response = await sendRaw(
          request(server)
            .post(url)
            .set(bearer(tokens.admin))
            .set('Content-Type', MEDIA_TYPES[file.format])
            .send(file.bytes),
        );
        uploads++;
        const what = `${file.format} with ${file.description}`;
        checkApiResponse(response, { what, url, parameters: null, sentValues: [file.bytes.toString('utf8')] });
        if (response.status === 400) expectLineNumberedProblems(problemOf(response, what).errors ?? [], file);
        const after = await fingerprintDatabase(testDb.db);
        if (response.status >= 300 || dryRun) expect(after).toEqual(before);
        before = after;
      }),
      propertyOptions(runs, label),
    );
  }

  it('CSV: never a 5xx; a refusal has line-numbered problems and changes nothing', async () => {
    await expectSafeImports(hostileCsvFiles(base.csv), RUNS.csv, 'import csv');
  });

  it('NDJSON: never a 5xx; a refusal has line-numbered problems and changes nothing', async () => {
    await expectSafeImports(hostileNdjsonFiles(base.ndjson), RUNS.ndjson, 'import ndjson');
  });

  it('every documented query parameter: a hostile value is a 400 naming it, never a 5xx', async () => {
    // The data as it is now, so that even a real (not dry) run of it writes nothing.
    const current = (await sendRaw(request(server).get(`/api/v1/designations.csv?${BASE_FILTER}`))).text;
    const before = await fingerprintDatabase(testDb.db);
    for (const { name, schema } of importOperation.queryParameters) {
      await fc.assert(
        fc.asyncProperty(hostileValueFor(schema), async (value) => {
          const url = `/api/v1/import?${name}=${value}`;
          const response = await sendRaw(
            request(server).post(url).set(bearer(tokens.admin)).set('Content-Type', 'text/csv').send(current),
          );
          uploads++;
          checkApiResponse(response, {
            what: `POST ${url.slice(0, 200)}`,
            url,
            parameters: [name],
            sentValues: [value],
          });
        }),
        propertyOptions(RUNS.dryRun, `import ?${name}`),
      );
    }
    expect(await fingerprintDatabase(testDb.db)).toEqual(before);
  });
});
