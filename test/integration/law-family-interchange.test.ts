import { Readable } from 'node:stream';
import request from 'supertest';
import type { Express } from 'express';
import { INTERCHANGE_COLUMNS, INTERCHANGE_COLUMNS_BEFORE_LAW_FAMILY } from '../../src/domain/interchange/columns';
import { ImportInput, importDesignations } from '../../src/services/import/import-designations';
import { buildTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { bearer, createTestTokens, designationBody, TestTokens } from '../support/editing';
import { createSeededTestDatabase } from '../support/seed-fixture';
import { snapshotDatabase } from '../support/snapshot';

const csvInput = (text: string): ImportInput => ({ format: 'csv', open: () => Readable.from([text]) });

/** A body's field as CSV text: lists joined with "; ", nothing for null. */
function fieldText(value: unknown): string {
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return '';
  throw new Error(`no CSV text for ${JSON.stringify(value)}`);
}

/** A CSV row of `columns`, from a designation body (the same fields). */
function csvRow(columns: readonly string[], fields: Record<string, unknown>): string {
  return columns
    .map((column) => {
      const text = fieldText(fields[column]);
      return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}

async function problemsOf(db: TestDatabase['db'], text: string): Promise<string[]> {
  try {
    await importDesignations(db, csvInput(text));
  } catch (error) {
    return (error as { problems: { message: string }[] }).problems.map((problem) => problem.message);
  }
  throw new Error('the import was not rejected');
}

describe('law_family in the interchange format, on import and on writes', () => {
  let testDb: TestDatabase;
  let app: Express;
  let tokens: TestTokens;
  beforeAll(async () => {
    testDb = await createSeededTestDatabase();
    tokens = await createTestTokens(testDb.db);
    app = buildTestApp(testDb.db);
  });
  afterAll(() => testDb.destroy());

  const familyOf = async (shortName: string) =>
    (await testDb.db('laws').where({ short_name: shortName }).first('family'))?.family;

  it('a new law takes the family a row gives; the export says it back', async () => {
    const created = await request(app)
      .post('/api/v1/designations')
      .set(bearer(tokens.editor))
      .send(
        designationBody({
          law: 'Law on foreign representatives (test)',
          law_family: 'foreign_agent',
          organization: 'Family Test One',
        }),
      );
    expect(created.status).toBe(201);
    expect(await familyOf('Law on foreign representatives (test)')).toBe('foreign_agent');
    const exported = await request(app)
      .get('/api/v1/designations.ndjson')
      .query({ organization: created.body.organization.slug });
    expect(JSON.parse(exported.text.trim()).law_family).toBe('foreign_agent');
  });

  it("a family other than the law's is a 400 naming law_family, and nothing changes; a family without a law too", async () => {
    const before = await snapshotDatabase(testDb.db);
    const wrong = await request(app)
      .post('/api/v1/designations')
      .set(bearer(tokens.editor))
      .send(designationBody({ law_family: 'extremism', organization: 'Family Test Two' }));
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toContainEqual(expect.objectContaining({ parameter: 'law_family', value: 'extremism' }));
    const lawless = await request(app)
      .post('/api/v1/designations')
      .set(bearer(tokens.editor))
      .send(designationBody({ law: null, law_family: 'foreign_agent', organization: 'Family Test Two' }));
    expect(lawless.status).toBe(400);
    expect(lawless.body.errors).toContainEqual(expect.objectContaining({ parameter: 'law_family' }));
    expect(await snapshotDatabase(testDb.db)).toEqual(before);
    expect(await familyOf('Undesirable organizations law')).toBe('undesirable_foreign_organization');
  });

  it('a PATCH that moves a designation to another law leaves the family to that law', async () => {
    const created = await request(app)
      .post('/api/v1/designations')
      .set(bearer(tokens.editor))
      .send(designationBody({ organization: 'Family Test Three' }));
    expect(created.status).toBe(201);
    const moved = await request(app)
      .patch(`/api/v1/designations/${created.body.id}`)
      .set(bearer(tokens.editor))
      .set('If-Match', created.headers.etag)
      .send({ law: 'Foreign agents law', measure: 'foreign_agent_designation' });
    expect(moved.status).toBe(200);
    expect(moved.body.law.slug).toBe('ru-foreign-agents-law');
    const refused = await request(app)
      .patch(`/api/v1/designations/${created.body.id}`)
      .set(bearer(tokens.editor))
      .set('If-Match', moved.headers.etag)
      .send({ law_family: 'terrorism' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ parameter: 'law_family', value: 'terrorism' });
  });

  it('imports files with the header of before law_family, and rejects rows that give one law two families', async () => {
    const row = (fields: Record<string, unknown>, columns: readonly string[]) =>
      csvRow(columns, designationBody(fields));
    const old = [
      INTERCHANGE_COLUMNS_BEFORE_LAW_FAMILY.join(','),
      row({ organization: 'Family Test Four', law: 'An old-format law' }, INTERCHANGE_COLUMNS_BEFORE_LAW_FAMILY),
      '',
    ].join('\n');
    expect(await importDesignations(testDb.db, csvInput(old))).toMatchObject({ created: 1, lawsCreated: 1 });
    expect(await familyOf('An old-format law')).toBe('other');
    const disagreeing = [
      INTERCHANGE_COLUMNS.join(','),
      row({ organization: 'Family Test Five', law: 'A twice-classified law' }, INTERCHANGE_COLUMNS),
      row(
        { organization: 'Family Test Six', law: 'A twice-classified law', law_family: 'extremism' },
        INTERCHANGE_COLUMNS,
      ),
      row(
        { organization: 'Family Test Seven', law: 'A twice-classified law', law_family: 'terrorism' },
        INTERCHANGE_COLUMNS,
      ),
      '',
    ].join('\n');
    expect(await problemsOf(testDb.db, disagreeing)).toEqual([
      'line 4, column law_family: line 3 gives this law\'s family as "extremism" ("terrorism")',
    ]);
    // The family another row gives reaches the law that the first row, which gives none, creates.
    const agreeing = disagreeing
      .split('\n')
      .filter((line) => !line.includes('Seven'))
      .join('\n');
    expect(await importDesignations(testDb.db, csvInput(agreeing))).toMatchObject({ created: 2, lawsCreated: 1 });
    expect(await familyOf('A twice-classified law')).toBe('extremism');
  });
});
