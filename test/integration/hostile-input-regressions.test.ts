/**
 * One fixed case for each bug the hostile-input property tests (test/property) found, so each stays
 * covered whatever values a run of those generates. Every answer here used to be a 5xx, a 400 that
 * named nothing, or a stack trace.
 */
import fs from 'node:fs';
import request from 'supertest';
import type { Express } from 'express';
import { importDesignations } from '../../src/services/import/import-designations';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { bearer, createTestTokens, designationBody, TestTokens } from '../support/editing';
import { fileInput, fixturePath } from '../support/fixtures';
import { expectBadParameter } from '../support/problems';
import { snapshotDatabase } from '../support/snapshot';

describe('hostile input that used to fail badly', () => {
  let testDb: TestDatabase;
  let app: Express;
  let tokens: TestTokens;
  let unchanged: Record<string, unknown[]>;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    await importDesignations(testDb.db, fileInput(fixturePath('import', 'valid', 'hard-cases.csv')));
    tokens = await createTestTokens(testDb.db);
    app = buildTestApp(testDb.db);
    unchanged = await snapshotDatabase(testDb.db);
  });
  afterAll(() => testDb.destroy());

  const admin = () => bearer(tokens.admin);
  const expectBadPage = (response: request.Response, parameter: string) => {
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain(parameter);
  };

  describe('query and path parameters', () => {
    it('NUL in free text that reaches PostgreSQL is a 400 naming it (SQLSTATE 22021 made it a 500)', async () => {
      expectBadParameter(
        await request(app).get('/api/v1/precedents?organization=a%00b&jurisdiction=RU'),
        'organization',
        'a\u0000b',
      );
      expectBadParameter(await request(app).get('/api/v1/organizations?q=a%00b'), 'q', 'a\u0000b');
      expectBadPage(
        await request(app).get('/precedents?organization=a%00b&jurisdiction=RU').set('Accept', 'text/html'),
        'organization',
      );
    });

    it('a malformed percent-encoding in a path parameter is a 400 naming it (express’s URIError made it a 500)', async () => {
      expectBadParameter(await request(app).get('/api/v1/designations/%FF'), 'id', '%FF');
      expectBadParameter(await request(app).get('/api/v1/organizations/%/timeline'), 'slug', '%');
      expectBadParameter(await request(app).get('/api/v1/laws/%C3%28'), 'slug', '%C3%28');
      expectBadParameter(await request(app).patch('/api/v1/designations/%E2%82').set(admin()).send({}), 'id', '%E2%82');
      expectBadPage(await request(app).get('/organizations/%ED%A0%80').set('Accept', 'text/html'), 'slug');
    });

    it('a timestamp PostgreSQL cannot take is a 400 naming it (year 0000 was an unnamed 400, offset -23:59 a 500)', async () => {
      expectBadParameter(
        await request(app).get('/api/v1/designations?recorded_as_of=0000-01-01T00:00:00Z'),
        'recorded_as_of',
        '0000-01-01T00:00:00Z',
      );
      expectBadParameter(
        await request(app).get('/api/v1/designations.csv?recorded_as_of=9999-12-31T23:59:59-23:59'),
        'recorded_as_of',
        '9999-12-31T23:59:59-23:59',
      );
      expectBadParameter(
        await request(app).get('/api/v1/changes?since=0000-01-01T00:00:00Z'),
        'since',
        '0000-01-01T00:00:00Z',
      );
    });
  });

  describe('JSON bodies (nothing is written)', () => {
    afterEach(async () => expect(await snapshotDatabase(testDb.db)).toEqual(unchanged));

    it('NUL in a field is a 400 naming it (SQLSTATE 22021 made it a 500)', async () => {
      expectBadParameter(
        await request(app).post('/api/v1/organizations').set(admin()).send({ name: 'A\u0000B', kind: 'ngo' }),
        'name',
        'A\u0000B',
      );
      expectBadParameter(
        await request(app)
          .post('/api/v1/designations')
          .set(admin())
          .send(designationBody({ authority: '\u0000' })),
        'authority',
        '\u0000',
      );
    });

    it('an unpaired surrogate is a 400 naming it (it was stored as U+FFFD)', async () => {
      const response = await request(app)
        .post('/api/v1/designations')
        .set(admin())
        .set('Content-Type', 'application/json')
        .send('{"organization": "Surrogate \\ud800 Centre"}');
      expect(response.status).toBe(400);
      expect(response.body.errors).toContainEqual(expect.objectContaining({ parameter: 'organization' }));
    });

    it('a name or URL too long for its index is a 400 naming it (SQLSTATE 54000 made it a 500)', async () => {
      const longName = `Centre ${'x'.repeat(20_000)}`;
      expectBadParameter(
        await request(app)
          .post('/api/v1/designations')
          .set(admin())
          .send(designationBody({ organization: longName })),
        'organization',
        longName,
      );
      const longUrl = `https://example.org/${'a'.repeat(20_000)}`;
      expectBadParameter(
        await request(app)
          .post('/api/v1/designations')
          .set(admin())
          .send(designationBody({ source_urls: [longUrl] })),
        'source_urls',
        longUrl,
      );
      const transliteratesLong = '\uFDFA'.repeat(100);
      expectBadParameter(
        await request(app).post('/api/v1/organizations').set(admin()).send({ name: transliteratesLong, kind: 'ngo' }),
        'name',
        transliteratesLong,
      );
    });

    it('20,000 aliases are a 400 naming the field (one INSERT needed 80,000 parameters: a 503)', async () => {
      const aliases = Array.from({ length: 20_000 }, (_, index) => `Alias ${index}`);
      const response = await request(app)
        .post('/api/v1/designations')
        .set(admin())
        .send(designationBody({ organization_aliases: aliases }));
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          parameter: 'organization_aliases',
          message: '20000 aliases; at most 500 are allowed',
        }),
      ]);
    });

    it('a parent name with no letter or digit is a 400 naming it (its empty slug broke a CHECK constraint, unnamed)', async () => {
      expectBadParameter(
        await request(app)
          .post('/api/v1/designations')
          .set(admin())
          .send(designationBody({ organization_parent: '{}' })),
        'organization_parent',
        '{}',
      );
    });

    it('a field nested 10,000 deep is a 400 naming it, not an HTML stack trace (its echo could not be written as JSON)', async () => {
      const body = `{"name": ${'['.repeat(10_000)}${']'.repeat(10_000)}, "kind": "ngo"}`;
      const response = await request(app)
        .post('/api/v1/organizations')
        .set(admin())
        .set('Content-Type', 'application/json')
        .send(body);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors).toEqual([
        { parameter: 'name', value: '[an array nested too deeply to show]', message: 'expected a string' },
      ]);
      expect(response.text).not.toMatch(/RangeError|node_modules|\bat \S+ \(/);
    });
  });

  describe('imported files (nothing is written)', () => {
    afterEach(async () => expect(await snapshotDatabase(testDb.db)).toEqual(unchanged));

    const upload = (file: string, contentType: string) =>
      request(app)
        .post('/api/v1/import')
        .set(admin())
        .set('Content-Type', contentType)
        .send(fs.readFileSync(fixturePath('import', 'invalid', file)));
    const problemsOf = (response: request.Response) => {
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('import_rejected');
      return response.body.errors.map(
        ({ line, parameter }: { line: number; parameter: string }) => `${line} ${parameter}`,
      );
    };

    it('a NUL in a CSV cell is a problem on its line and column (SQLSTATE 22021 made it a 500)', async () => {
      expect(problemsOf(await upload('nul-in-cell.csv', 'text/csv'))).toEqual(['2 notes']);
    });

    it('names and URLs too long for their index, and too many list items, are problems on their lines (500s and 503s)', async () => {
      expect(problemsOf(await upload('too-long-names.csv', 'text/csv'))).toEqual([
        '2 organization',
        '3 organization_aliases',
        '4 law',
        '5 organization_parent',
        '6 source_urls',
      ]);
      expect(problemsOf(await upload('too-many-list-items.csv', 'text/csv'))).toEqual([
        '2 organization_aliases',
        '3 source_urls',
      ]);
      expect(problemsOf(await upload('parent-without-letters.csv', 'text/csv'))).toEqual(['2 organization_parent']);
    });

    it('NDJSON that is not UTF-8 from its first byte is a problem on line 1 (the decoder’s error escaped: a 500, exit 1)', async () => {
      expect(problemsOf(await upload('not-utf8-first-byte.ndjson', 'application/x-ndjson'))).toEqual(['1 file']);
    });

    it('an NDJSON field nested 10,000 deep is a problem on its line (writing it into the report overflowed the stack: a 500)', async () => {
      const response = await upload('deep-nested-field.ndjson', 'application/x-ndjson');
      expect(problemsOf(response)).toEqual(['1 notes']);
      expect(response.body.errors[0].message).toBe(
        'line 1, column notes: expected a string or null ("[an array nested too deeply to show]")',
      );
    });
  });
});
