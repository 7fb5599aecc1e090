/**
 * Property: whatever a write is sent — a valid body with one field made hostile, unknown and
 * prototype-polluting keys, 10k-deep or truncated JSON, a wrong media type, a forged If-Match, a
 * hostile path parameter, a bad token — the answer is below 500, free of traces and SQL, a 400
 * names the offending field, and after every refusal the database holds exactly what it did before
 * (a fingerprint of every row of every table, revisions included, taken after each request). The
 * write routes and their body fields come from the OpenAPI document.
 */
import http from 'node:http';
import fc from 'fast-check';
import request from 'supertest';
import { buildTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { createSeededTestDatabase } from '../support/seed-fixture';
import { bearer, createTestTokens, designationBody, TestTokens } from '../support/editing';
import { checkApiResponse, sendRaw } from '../support/hostile-responses';
import {
  HOSTILE_KEYS,
  hostileFieldValue,
  hostileValueFor,
  propertyOptions,
  RAW_JSON_BODIES,
  RawJson,
  withMember,
} from '../support/hostile-values';
import { DocumentedOperation, documentedOperations, fillPath } from '../support/openapi-operations';
import { fingerprintDatabase } from '../support/snapshot';

// Values per body field, and attempts per write at everything else (path, If-Match, token, whole
// bodies): with the malformed bodies sent to each write, ~800 writes in all.
const RUNS = { perField: 6, perOperation: 30 };

/** A body each write accepts, so that a property can spoil one part of it at a time. */
const VALID_BODIES: Record<string, () => Record<string, unknown>> = {
  createDesignation: () => designationBody({ organization: 'Hostile Input Test Centre', decided_on: '2023-01-02' }),
  updateDesignation: () => ({ notes: 'checked' }),
  endDesignation: () => ({
    ended_on: '2025-01-01',
    source_urls: ['https://example.org/ended'],
    source_publishers: ['Example News'],
  }),
  createOrganization: () => ({ name: 'Hostile Input Test Foundation', kind: 'foundation' }),
  updateOrganization: () => ({ kind: 'ngo' }),
  mergeOrganization: () => ({ organization: 'hostile-merge-source' }),
};

/** Fields that are checked together: a bad one may be reported under its partner's name. */
const PARTNERS: Record<string, string[]> = { source_urls: ['source_publishers'], source_publishers: ['source_urls'] };

const IF_MATCH_VALUES = [
  '*',
  'W/"1"',
  '"abc"',
  '"-1"',
  '"0"',
  '"99999999999999999999"',
  '"1", "2"',
  ',,,',
  '"',
  '"1"'.repeat(1000),
  'x'.repeat(7000),
  "' OR 1=1--",
  '"1\u00ff"',
];
const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  'application/merge-patch+json',
  'multipart/form-data; boundary=x',
  'application/xml',
];

type BodyChange =
  | { kind: 'field'; field: string; value: unknown }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'raw'; label: string; text: string | Buffer }
  | { kind: 'media type'; contentType: string };

interface WriteAttempt {
  hostilePath: { name: string; value: string } | null;
  body: BodyChange | null;
  ifMatch: { kind: 'current' } | { kind: 'absent' } | { kind: 'hostile'; value: string };
  auth: 'admin' | 'none' | 'forged';
}

const writeOperations = documentedOperations().filter(
  (operation) => operation.method !== 'get' && operation.fileMediaTypes === null,
);

describe('hostile input to every write', () => {
  let testDb: TestDatabase;
  let server: http.Server;
  let tokens: TestTokens;
  const pathExamples: Record<string, string> = {};
  let requests = 0;
  let refusals = 0;

  beforeAll(async () => {
    testDb = await createSeededTestDatabase();
    tokens = await createTestTokens(testDb.db);
    server = http.createServer(buildTestApp(testDb.db)).listen(0);
    const designation = await request(server)
      .post('/api/v1/designations')
      .set(bearer(tokens.admin))
      .send(designationBody());
    const target = await request(server)
      .post('/api/v1/organizations')
      .set(bearer(tokens.admin))
      .send({ name: 'Hostile Target', kind: 'ngo' });
    await request(server)
      .post('/api/v1/organizations')
      .set(bearer(tokens.admin))
      .send({ name: 'Hostile Merge Source', kind: 'ngo' });
    pathExamples.id = designation.body.id;
    pathExamples.slug = target.body.slug;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await testDb.destroy();
    process.stdout.write(`hostile-writes: ${requests} requests (${refusals} refused) on ${testDb.backend}\n`);
  });

  async function currentVersion(operation: DocumentedOperation): Promise<number> {
    const row = operation.path.includes('{id}')
      ? await testDb.db('all_designations').where({ id: pathExamples.id }).first('version')
      : await testDb.db('organizations').where({ slug: pathExamples.slug }).first('version');
    return row?.version ?? 1;
  }

  /** Attempts at a write: `bodyChange` spoils its body (null for a write without one). */
  function attempts(
    operation: DocumentedOperation,
    bodyChange: fc.Arbitrary<BodyChange | null>,
  ): fc.Arbitrary<WriteAttempt> {
    const hostilePath =
      operation.pathParameters.length === 0
        ? fc.constant(null)
        : fc.oneof(
            { arbitrary: fc.constant(null), weight: 4 },
            {
              arbitrary: fc
                .constantFrom(...operation.pathParameters)
                .chain(({ name, schema }) => hostileValueFor(schema).map((value) => ({ name, value }))),
              weight: 1,
            },
          );
    return fc.record({
      hostilePath,
      body: bodyChange,
      // Mostly a good token and If-Match, so that the spoiled body gets as far as it can.
      ifMatch: fc.oneof(
        { arbitrary: fc.constant({ kind: 'current' as const }), weight: 8 },
        { arbitrary: fc.constant({ kind: 'absent' as const }), weight: 1 },
        {
          arbitrary: fc.constantFrom(...IF_MATCH_VALUES).map((value) => ({ kind: 'hostile' as const, value })),
          weight: 1,
        },
      ),
      auth: fc.oneof(
        { arbitrary: fc.constant('admin' as const), weight: 18 },
        { arbitrary: fc.constantFrom('none' as const, 'forged' as const), weight: 2 },
      ),
    });
  }

  /** Sends the attempt; answers the response and what the server may echo of it. */
  async function send(operation: DocumentedOperation, attempt: WriteAttempt) {
    const pathValues = {
      ...pathExamples,
      ...(attempt.hostilePath ? { [attempt.hostilePath.name]: attempt.hostilePath.value } : {}),
    };
    const url = fillPath(operation.path, pathValues);
    let test = request(server)[operation.method](url);
    if (attempt.auth === 'admin') test = test.set(bearer(tokens.admin));
    if (attempt.auth === 'forged') test = test.set('Authorization', "Bearer ngo_' OR 1=1--");
    if (attempt.ifMatch.kind === 'current') test = test.set('If-Match', `"${await currentVersion(operation)}"`);
    if (attempt.ifMatch.kind === 'hostile') test = test.set('If-Match', attempt.ifMatch.value);
    const base = VALID_BODIES[operation.operationId]?.() ?? {};
    const echoes: string[] = [
      attempt.hostilePath?.value ?? '',
      attempt.ifMatch.kind === 'hostile' ? attempt.ifMatch.value : '',
    ];
    const change = attempt.body;
    if (operation.jsonBodyFields !== null) {
      let contentType = 'application/json';
      let text: string | Buffer = JSON.stringify(base);
      if (change?.kind === 'field') text = withMember(base, change.field, change.value);
      if (change?.kind === 'extra') text = withMember(base, change.key, change.value);
      if (change?.kind === 'raw') text = change.text;
      if (change?.kind === 'media type') contentType = change.contentType;
      echoes.push(...stringsIn(change));
      test = test.set('Content-Type', contentType).send(text);
    }
    return { url, response: await sendRaw(test), echoes };
  }

  /**
   * The names a 400 may give for this attempt: the tampered path parameter, field (nested ones by
   * their dotted path) or added key; null when the body was spoiled as a whole.
   */
  function offendingNames(attempt: WriteAttempt): string[] | null {
    const change = attempt.body;
    const pathNames = attempt.hostilePath ? [attempt.hostilePath.name] : [];
    if (change?.kind === 'field') return [...pathNames, change.field, ...(PARTNERS[change.field] ?? [])];
    if (change?.kind === 'extra') return [...pathNames, change.key];
    if (change?.kind === 'raw' || change?.kind === 'media type') return null;
    return pathNames;
  }

  it('the database fingerprint changes with any one changed row, so a half-done write would show', async () => {
    const before = await fingerprintDatabase(testDb.db);
    const trx = await testDb.db.transaction();
    try {
      await trx.raw("select set_config('ngo.actor', 'half-writer', true)");
      await trx('all_designations').where({ id: pathExamples.id }).update({ notes: 'half-written' });
      expect(await fingerprintDatabase(trx)).not.toEqual(before);
    } finally {
      await trx.rollback();
    }
    expect(await fingerprintDatabase(testDb.db)).toEqual(before);
  });

  describe.each(
    writeOperations.map((operation) => [`${operation.method.toUpperCase()} ${operation.path}`, operation] as const),
  )('%s', (_name, operation) => {
    if (operation.jsonBodyFields !== null && !VALID_BODIES[operation.operationId]) {
      it('has a valid example body in this test', () => {
        throw new Error(`add a valid body for ${operation.operationId} to VALID_BODIES`);
      });
      return;
    }

    /** Sends each attempt and checks the answer; the database must be unchanged after any refusal. */
    async function expectSafeWrites(arbitrary: fc.Arbitrary<WriteAttempt>, runs: number, label: string): Promise<void> {
      let before = await fingerprintDatabase(testDb.db);
      await fc.assert(
        fc.asyncProperty(arbitrary, async (attempt) => {
          const { url, response, echoes } = await send(operation, attempt);
          requests++;
          checkApiResponse(response, {
            what: `${operation.method.toUpperCase()} ${url.slice(0, 200)}`,
            url,
            parameters: offendingNames(attempt),
            sentValues: echoes,
          });
          const after = await fingerprintDatabase(testDb.db);
          if (response.status >= 300) {
            refusals++;
            expect(after).toEqual(before);
          }
          before = after;
        }),
        propertyOptions(runs, `${operation.method} ${operation.path} ${label}`),
      );
    }

    for (const field of operation.jsonBodyFields ?? []) {
      it(`field ${field}: never a 5xx; a 400 names it; a refused write changes nothing`, async () => {
        const change = hostileFieldValue.map((value): BodyChange => ({ kind: 'field', field, value }));
        await expectSafeWrites(attempts(operation, change), RUNS.perField, field);
      });
    }

    it('path, If-Match, token, unknown keys and whole bodies: never a 5xx; a refused write changes nothing', async () => {
      const change: fc.Arbitrary<BodyChange | null> =
        operation.jsonBodyFields === null
          ? fc.constant(null)
          : fc.oneof(
              fc.record({
                kind: fc.constant('field' as const),
                field: fc.constantFrom(...operation.jsonBodyFields),
                value: hostileFieldValue,
              }),
              fc.record({
                kind: fc.constant('extra' as const),
                key: fc.constantFrom(...HOSTILE_KEYS),
                value: hostileFieldValue,
              }),
              fc.constantFrom(...RAW_JSON_BODIES).map(({ label, text }) => ({ kind: 'raw' as const, label, text })),
              fc.constantFrom(...CONTENT_TYPES).map((contentType) => ({ kind: 'media type' as const, contentType })),
            );
      await expectSafeWrites(attempts(operation, change), RUNS.perOperation, 'all');
    });

    if (operation.jsonBodyFields !== null) {
      it('every malformed JSON body and wrong media type: never a 5xx, and a refusal changes nothing', async () => {
        const url = fillPath(operation.path, pathExamples);
        const sends = [
          ...RAW_JSON_BODIES.map(({ label, text }) => ({
            what: `${label} to ${url}`,
            contentType: 'application/json',
            text,
          })),
          ...CONTENT_TYPES.map((contentType) => ({
            what: `${contentType} to ${url}`,
            contentType,
            text: '{}',
          })),
        ];
        for (const { what, contentType, text } of sends) {
          const before = await fingerprintDatabase(testDb.db);
          const test = request(server)
            [operation.method](url)
            .set(bearer(tokens.admin))
            .set('If-Match', `"${await currentVersion(operation)}"`);
          const response = await sendRaw(test.set('Content-Type', contentType).send(text));
          requests++;
          checkApiResponse(response, { what, url, parameters: null, sentValues: [] });
          if (!/json/.test(contentType)) expect(response.status).toBe(415);
          if (response.status >= 300) expect(await fingerprintDatabase(testDb.db)).toEqual(before);
        }
      });
    }
  });
});

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value instanceof RawJson) return [];
  if (Buffer.isBuffer(value)) return [value.toString('utf8')];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => [key, ...stringsIn(item)]);
  return [];
}
