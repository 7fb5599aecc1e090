import { Readable } from 'node:stream';
import request from 'supertest';
import type { Express } from 'express';
import { importDesignations } from '../../src/services/import/import-designations';
import { INTERCHANGE_COLUMNS_BEFORE_LAW_FAMILY } from '../../src/domain/interchange/columns';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';

const COLUMNS = INTERCHANGE_COLUMNS_BEFORE_LAW_FAMILY;

/** One made-up Nicaraguan row under the same law, each with reasons of its own (no similar_reasons evidence between them). */
function row(organization: string, measure: string, decidedOn: string, reasons: string): string {
  const cells: Record<string, string> = {
    organization,
    organization_kind: 'ngo',
    jurisdiction: 'NI',
    measure,
    law: 'Test Associations Law',
    law_citation: 'Test Law No. 1',
    authority: 'Ministry of the Interior',
    decided_on: decidedOn,
    status: 'active',
    reason_tags: 'registration_violation',
    stated_reasons: reasons,
    reasons_form: 'paraphrased',
    source_urls: 'https://example.org/ni',
    source_publishers: 'Example News',
    confidence: 'high',
    notes: 'test row',
  };
  return COLUMNS.map((column) => cells[column] ?? '').join(',');
}

/**
 * Under one law: a deregistration announced and never put into force first, then a liquidation,
 * two closures under pressure, a second liquidation, a third closure.
 */
const ROWS = [
  row(
    'Fundacion Anunciada',
    'deregistration_announced',
    '2021-12-01',
    'listed in a ministerial announcement later disowned',
  ),
  row('Asociacion Primera', 'liquidation', '2022-01-10', 'failure to report donors'),
  row('Asociacion Bajo Presion', 'self_closure_under_pressure', '2022-02-01', 'asked to dissolve after police visits'),
  row('Centro Cerrado', 'self_closure_under_pressure', '2022-03-01', 'board resigned under threat of prosecution'),
  row('Fundacion Disuelta', 'liquidation', '2022-04-01', 'unregistered foreign grants'),
  row(
    'Escuela Cerrada',
    'self_closure_under_pressure',
    '2022-05-01',
    'closed its doors after its director was detained',
  ),
];

interface Precedent {
  kinds: string[];
  explanation: string;
  designation: { organization: { name: string } };
}

describe('ordinals and first uses count state acts only, unless the case is not one', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    const csv = [COLUMNS.join(','), ...ROWS, ''].join('\n');
    await importDesignations(testDb.db, { format: 'csv', open: () => Readable.from([Buffer.from(csv)]) });
    app = buildTestApp(testDb.db);
  });
  afterAll(() => testDb.destroy());

  const precedents = async (organization: string) => {
    const response = await request(app).get('/api/v1/precedents').query({ organization, jurisdiction: 'NI' });
    expect(response.status).toBe(200);
    return response.body as {
      summary: { ordinal: Record<string, unknown> & { first: { organization: { name: string } } } };
      precedents: Precedent[];
    };
  };
  const firstUses = (list: Precedent[]) =>
    list
      .filter((precedent) => precedent.kinds.includes('law_first_uses'))
      .map((precedent) => precedent.designation.organization.name);

  it('a liquidation: the second use of the law; the announced deregistration and closures before it not counted, said so', async () => {
    const body = await precedents('Fundacion Disuelta');
    expect(body.summary.ordinal).toMatchObject({
      law: { slug: 'ni-test-associations-law' },
      position: 2,
      first: { organization: { name: 'Asociacion Primera' }, measure: 'liquidation' },
      not_counted: [
        { measure: 'self_closure_under_pressure', count: 2 },
        { measure: 'deregistration_announced', count: 1 },
      ],
      sentence:
        "Fundacion Disuelta was the second organization acted against under Nicaragua's Test Associations Law; the " +
        'first was Asociacion Primera, on 2022-01-10; ' +
        '2 earlier closures under pressure and 1 earlier announced deregistration never put into force under the same law are not counted.',
    });
    expect(firstUses(body.precedents)).toEqual(['Asociacion Primera']);
    const primera = body.precedents.find(
      (precedent) => precedent.designation.organization.name === 'Asociacion Primera',
    )!;
    expect(primera.explanation).toBe(
      "Asociacion Primera was ordered liquidated under Nicaragua's Test Associations Law on 2022-01-10, the first " +
        'organization acted against under that law.',
    );
  });

  it('the first liquidation: first, though an announced deregistration came earlier', async () => {
    const body = await precedents('Asociacion Primera');
    expect(body.summary.ordinal).toMatchObject({
      position: 1,
      not_counted: [{ measure: 'deregistration_announced', count: 1 }],
    });
    expect(body.summary.ordinal.sentence).toBe(
      "Asociacion Primera was the first organization acted against under Nicaragua's Test Associations Law; " +
        '1 earlier announced deregistration never put into force under the same law is not counted.',
    );
    expect(firstUses(body.precedents)).toEqual([]);
  });

  it('a closure under pressure: counted among every designation under the law, nothing left out', async () => {
    const body = await precedents('Escuela Cerrada');
    expect(body.summary.ordinal).toMatchObject({
      position: 6,
      first: { organization: { name: 'Fundacion Anunciada' } },
      not_counted: [],
      sentence:
        "Escuela Cerrada was the sixth organization acted against under Nicaragua's Test Associations Law; the " +
        'first was Fundacion Anunciada, on 2021-12-01.',
    });
    expect(firstUses(body.precedents)).toEqual([
      'Fundacion Anunciada',
      'Asociacion Primera',
      'Asociacion Bajo Presion',
    ]);
  });

  it("the law's first uses are its state acts; the others are counted, and named apart", async () => {
    const law = (await request(app).get('/api/v1/laws/ni-test-associations-law')).body;
    expect(law).toMatchObject({
      designation_count: 6,
      first_used_on: '2022-01-10',
      latest_used_on: '2022-05-01',
      not_state_acts: [
        { measure: 'self_closure_under_pressure', count: 3 },
        { measure: 'deregistration_announced', count: 1 },
      ],
    });
    expect(law.first_uses.map((use: { organization: { name: string } }) => use.organization.name)).toEqual([
      'Asociacion Primera',
      'Fundacion Disuelta',
    ]);
    expect(law.latest_uses[0].organization.name).toBe('Escuela Cerrada');
    const list = (await request(app).get('/api/v1/laws')).body.items;
    expect(list.find((item: { slug: string }) => item.slug === 'ni-test-associations-law')).toMatchObject({
      first_used_on: '2022-01-10',
    });
    const page = (await request(app).get('/laws/ni-test-associations-law')).text;
    expect(page).toContain('first 2022-01-10, latest 2022-05-01');
    expect(page).toContain(
      '<dt>Not state acts</dt><dd>3 closures under pressure and 1 announced deregistration never put into force: ' +
        'counted among the designations, not as first uses of the law</dd>',
    );
  });
});
