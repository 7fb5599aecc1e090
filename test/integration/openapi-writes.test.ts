import request from 'supertest';
import type { Express } from 'express';
import Ajv2020 from 'ajv/dist/2020';
import { WRITE_ROUTES } from '../../src/http/routes/writes/write-routes';
import { importDesignations } from '../../src/services/import/import-designations';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { bearer, createTestTokens, designationBody, TestTokens } from '../support/editing';
import { fileInput, fixturePath } from '../support/fixtures';

type Operation = {
  security?: Record<string, string[]>[];
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<
    string,
    { content?: Record<string, { schema: { $ref: string } }>; headers?: Record<string, unknown> }
  >;
};
type OpenApi = {
  paths: Record<string, Record<string, Operation> & { servers?: { url: string }[] }>;
  components: { securitySchemes: Record<string, unknown> };
};

describe('the OpenAPI document describes the writes, and real write responses match it', () => {
  let testDb: TestDatabase;
  let app: Express;
  let tokens: TestTokens;
  let document: OpenApi;
  let ajv: Ajv2020;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    await importDesignations(testDb.db, fileInput(fixturePath('import', 'valid', 'hard-cases.csv')));
    tokens = await createTestTokens(testDb.db);
    app = buildTestApp(testDb.db);
    document = (await request(app).get('/api/openapi.json')).body;
    ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    ajv.addSchema(document, 'openapi.json');
  });
  afterAll(() => testDb.destroy());

  /** The response matches what the document says for this path, method and status. */
  function expectDocumented(path: string, method: string, response: request.Response): void {
    const documented = document.paths[path][method].responses[response.status];
    if (!documented) throw new Error(`${method} ${path} answered ${response.status}, which is not documented`);
    if (response.status === 204) return;
    const contentType = response.headers['content-type'].split(';')[0];
    const schema = documented.content?.[contentType]?.schema;
    if (!schema) throw new Error(`${method} ${path} ${response.status} is not documented as ${contentType}`);
    const validate = ajv.getSchema(`openapi.json${schema.$ref}`)!;
    if (!validate(response.body))
      throw new Error(
        `${method} ${path} ${response.status} does not match ${schema.$ref}: ${ajv.errorsText(validate.errors)}`,
      );
  }

  it('documents every write with the bearer token, its If-Match rule and its body', () => {
    expect(Object.keys(document.components.securitySchemes)).toEqual(['bearerToken']);
    for (const route of WRITE_ROUTES) {
      const operation = document.paths[route.path][route.method];
      expect(operation.security).toEqual([{ bearerToken: [] }]);
      expect(Object.keys(operation.responses)).toEqual(
        expect.arrayContaining(['400', '401', '403', String(route.success.status)]),
      );
      const ifMatch = operation.parameters.find((parameter) => parameter.name === 'If-Match');
      if (route.ifMatch === 'none') expect(ifMatch).toBeUndefined();
      else expect(ifMatch).toMatchObject({ in: 'header', required: route.ifMatch === 'required' });
      expect(operation.requestBody !== undefined).toBe(route.body !== null);
    }
    expect(Object.keys(document.paths['/import'].post.requestBody!.content)).toEqual([
      'text/csv',
      'application/x-ndjson',
      'application/ndjson',
      'application/jsonl',
    ]);
    expect(document.paths['/feed.atom'].servers).toEqual([{ url: '/' }]);
    expect(document.paths['/organizations/{slug}'].get.responses['308']).toBeDefined();
    expect(document.paths['/designations/{id}'].get.responses['200'].headers).toHaveProperty('ETag');
  });

  it('successful writes match their documented responses', async () => {
    const editor = bearer(tokens.editor);
    const created = await request(app).post('/api/v1/designations').set(editor).send(designationBody());
    expectDocumented('/designations', 'post', created);
    const id = created.body.id;
    expectDocumented(
      '/designations/{id}',
      'patch',
      await request(app).patch(`/api/v1/designations/${id}`).set(editor).set('If-Match', '"1"').send({ notes: 'x' }),
    );
    expectDocumented(
      '/designations/{id}/end',
      'post',
      await request(app)
        .post(`/api/v1/designations/${id}/end`)
        .set(editor)
        .send({ ended_on: '2025', source_urls: ['https://example.org/e'], source_publishers: ['E'] }),
    );
    expectDocumented(
      '/designations/{id}',
      'delete',
      await request(app).delete(`/api/v1/designations/${id}`).set(editor),
    );
    expectDocumented(
      '/designations/{id}/restore',
      'post',
      await request(app).post(`/api/v1/designations/${id}/restore`).set(editor),
    );
    expectDocumented(
      '/organizations',
      'post',
      await request(app).post('/api/v1/organizations').set(editor).send({ name: 'Documented Org', kind: 'ngo' }),
    );
    expectDocumented(
      '/organizations/{slug}',
      'patch',
      await request(app)
        .patch('/api/v1/organizations/documented-org')
        .set(editor)
        .set('If-Match', '"1"')
        .send({ kind: 'media' }),
    );
    expectDocumented(
      '/organizations/{slug}/merge',
      'post',
      await request(app)
        .post('/api/v1/organizations/memorial/merge')
        .set(bearer(tokens.admin))
        .send({ organization: 'documented-org' }),
    );
    expectDocumented(
      '/import',
      'post',
      await request(app)
        .post('/api/v1/import?dry_run=1')
        .set(bearer(tokens.admin))
        .set('Content-Type', 'text/csv')
        .send(fileInputText()),
    );
  });

  it('refusals match the documented problems', async () => {
    const editor = bearer(tokens.editor);
    const id = 'aaaaaaaa-0000-4000-8000-000000000001';
    expectDocumented('/designations', 'post', await request(app).post('/api/v1/designations').send({}));
    expectDocumented('/import', 'post', await request(app).post('/api/v1/import').set(editor).send('x'));
    expectDocumented(
      '/designations',
      'post',
      await request(app).post('/api/v1/designations').set(editor).send({ measure: 'x' }),
    );
    expectDocumented(
      '/designations/{id}',
      'patch',
      await request(app).patch(`/api/v1/designations/${id}`).set(editor).send({}),
    );
    expectDocumented(
      '/designations/{id}',
      'patch',
      await request(app).patch(`/api/v1/designations/${id}`).set(editor).set('If-Match', '"9"').send({}),
    );
    expectDocumented(
      '/designations/{id}',
      'delete',
      await request(app).delete('/api/v1/designations/00000000-0000-4000-8000-000000000000').set(editor),
    );
    expectDocumented(
      '/designations/{id}/restore',
      'post',
      await request(app).post(`/api/v1/designations/${id}/restore`).set(editor),
    );
    expectDocumented(
      '/organizations',
      'post',
      await request(app).post('/api/v1/organizations').set(editor).set('Content-Type', 'text/plain').send('name'),
    );
    expectDocumented(
      '/import',
      'post',
      await request(app).post('/api/v1/import').set(bearer(tokens.admin)).set('Content-Type', 'text/csv').send('a,b\n'),
    );
  });

  it('states the caps on designation fields that the API enforces: a body over one is refused by both', async () => {
    const schema = (document.paths['/designations'].post.requestBody!.content['application/json'] as { schema: object })
      .schema;
    const documented = ajv.compile(schema);
    const urls = (count: number) => Array.from({ length: count }, (_, index) => `https://example.org/cap/${index}`);
    const overCaps: [string, Record<string, unknown>][] = [
      ['organization_aliases', { organization_aliases: Array.from({ length: 501 }, (_, index) => `Alias ${index}`) }],
      ['organization_aliases', { organization_aliases: ['a'.repeat(501)] }],
      ['organization', { organization: 'O'.repeat(501) }],
      ['law', { law: 'L'.repeat(501) }],
      ['source_urls', { source_urls: urls(51), source_publishers: urls(51).map(() => 'P') }],
    ];
    const editor = bearer(tokens.editor);
    for (const [field, overrides] of overCaps) {
      const body = designationBody(overrides);
      expect({ field, documentedValid: documented(body) }).toEqual({ field, documentedValid: false });
      const refused = await request(app).post('/api/v1/designations').set(editor).send(body);
      expect(refused.status).toBe(400);
      expect(
        refused.body.errors.map((error: { parameter?: string; column?: string }) => error.parameter ?? error.column),
      ).toContain(field);
    }
    const atCaps = designationBody({
      organization_aliases: Array.from({ length: 500 }, (_, index) => `Alias ${index}`),
      source_urls: urls(50),
      source_publishers: urls(50).map(() => 'P'),
    });
    expect(documented(atCaps)).toBe(true);
  });

  function fileInputText(): string {
    return (
      'id,organization,organization_aliases,organization_kind,organization_parent,organization_country,unit,' +
      'jurisdiction,measure,law,law_citation,authority,decided_on,listed_on,ended_on,status,reason_tags,' +
      'stated_reasons,reasons_form,source_urls,source_publishers,confidence,notes\n'
    );
  }
});
