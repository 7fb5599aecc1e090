import request from 'supertest';
import type { Express } from 'express';
import { parse } from 'csv-parse/sync';
import { LAW_FAMILIES } from '../../src/domain/vocabularies';
import { buildTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { createRealSeededTestDatabase } from '../support/seed-fixture';
import { expectBadParameter, expectNotFound } from '../support/problems';

interface Entry {
  jurisdiction: { code: string };
  position: number | null;
  laws: { slug: string; enacted_on: string | null }[];
  designation_count: number;
  first_use: { decided_on: string; organization: { slug: string }; measure: string } | null;
  counts_per_year: { year: string; count: number }[];
}

// On the real seed (seeds/data), loaded once: the families only show across its 27 jurisdictions.
describe('law families on the real seed', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => {
    testDb = await createRealSeededTestDatabase();
    app = buildTestApp(testDb.db);
  }, 120_000);
  afterAll(() => testDb.destroy());

  const get = (path: string, query: Record<string, string> = {}) => request(app).get(path).query(query);

  it('GET /law-families lists every family with its jurisdictions, laws, designations, first and latest use', async () => {
    const response = await get('/api/v1/law-families');
    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { family: string }) => item.family)).toEqual([...LAW_FAMILIES]);
    const foreignAgent = response.body.items.find((item: { family: string }) => item.family === 'foreign_agent');
    expect(foreignAgent).toMatchObject({
      label: 'Foreign agent laws',
      jurisdiction_count: 5,
      law_count: 6,
      first_use: { jurisdiction: { code: 'RU' } },
    });
    const laws = (await get('/api/v1/laws')).body.items as { family: string; designation_count: number }[];
    for (const item of response.body.items) {
      const own = laws.filter((law) => law.family === item.family);
      expect([item.family, item.law_count, item.designation_count]).toEqual([
        item.family,
        own.length,
        own.reduce((sum, law) => sum + law.designation_count, 0),
      ]);
    }
  });

  it('GET /law-families/foreign_agent: the diffusion timeline, Russia first, then the followers by first use', async () => {
    const response = await get('/api/v1/law-families/foreign_agent');
    expect(response.status).toBe(200);
    const entries: Entry[] = response.body.jurisdictions;
    const used = entries.filter((entry) => entry.first_use !== null);
    expect(used.length).toBeGreaterThanOrEqual(4);
    expect(used[0].jurisdiction.code).toBe('RU');
    expect(used.map((entry) => entry.position)).toEqual(used.map((_, index) => index + 1));
    const dates = used.map((entry) => entry.first_use!.decided_on);
    expect([...dates].sort()).toEqual(dates);
    expect(used.map((entry) => entry.jurisdiction.code)).toEqual(expect.arrayContaining(['RU', 'NI', 'KG', 'GE']));
    // El Salvador's law has only a closure under pressure under it: not a use, so it comes last without a position.
    expect(entries.at(-1)).toMatchObject({
      jurisdiction: { code: 'SV' },
      position: null,
      first_use: null,
      designation_count: 1,
    });
    const russia = entries[0];
    expect(russia.laws.map((law) => [law.slug, law.enacted_on])).toEqual([
      ['ru-foreign-agent-media-law', '2017'],
      ['ru-foreign-agents-law', '2012'],
    ]);
    expect(russia.counts_per_year.reduce((sum, year) => sum + year.count, 0)).toBe(russia.designation_count);
    const kyrgyzstan = entries.find((entry) => entry.jurisdiction.code === 'KG')!;
    expect(kyrgyzstan.laws).toEqual([
      expect.objectContaining({ slug: 'kg-foreign-representatives-law', enacted_on: '2024-04-02' }),
    ]);
    expect(kyrgyzstan.first_use!.measure).toBe('foreign_agent_designation');
    expect(response.body.designations_url).toBe('/api/v1/designations?law_family=foreign_agent');
  });

  it('an unknown family is a 404, a malformed one a 400', async () => {
    expectNotFound(await get('/api/v1/law-families/foreign_agents'));
    expectBadParameter(await get('/api/v1/law-families/Foreign-Agent'), 'family', 'Foreign-Agent');
  });

  it('law_family filters the list, the stats and the exports alike; group_by=law_family counts by family', async () => {
    const family = (await get('/api/v1/law-families/foreign_agent')).body;
    const list = await get('/api/v1/designations', { law_family: 'foreign_agent', limit: '500' });
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(family.designation_count);
    const stats = await get('/api/v1/stats/timeline', {
      law_family: 'foreign_agent,undesirable_foreign_organization',
      group_by: 'law_family',
    });
    expect(stats.status).toBe(200);
    const byFamily: Record<string, number> = {};
    for (const period of stats.body.periods)
      for (const [key, count] of Object.entries(period.groups as Record<string, number>))
        byFamily[key] = (byFamily[key] ?? 0) + count;
    const undesirable = (await get('/api/v1/law-families/undesirable_foreign_organization')).body;
    expect(byFamily).toEqual({
      foreign_agent: family.designation_count,
      undesirable_foreign_organization: undesirable.designation_count,
    });
    const monthly = await get('/api/v1/stats/timeline', {
      law_family: 'foreign_agent',
      interval: 'month',
      jurisdiction: 'KG',
    });
    expect(monthly.body.total + monthly.body.imprecise_total).toBe(
      family.jurisdictions.find((entry: Entry) => entry.jurisdiction.code === 'KG').designation_count,
    );
    const csv = await get('/api/v1/designations.csv', { law_family: 'foreign_agent', jurisdiction: 'KG' });
    expect(csv.status).toBe(200);
    const rows: Record<string, string>[] = parse(csv.text, { columns: true });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => `${row.law} ${row.law_family}`))).toEqual(
      new Set(['Foreign representatives law foreign_agent']),
    );
    const feed = await get('/feed.atom', { law_family: 'terrorism' });
    expect(feed.status).toBe(200);
    expectBadParameter(
      await get('/api/v1/designations', { law_family: 'foreign_agents' }),
      'law_family',
      'foreign_agents',
    );
  });

  it('precedents for UNISON Public Foundation in Kyrgyzstan include the first use of a foreign-agent law in Russia', async () => {
    const response = await get('/api/v1/precedents', { organization: 'UNISON Public Foundation', jurisdiction: 'KG' });
    expect(response.status).toBe(200);
    const lawFamily = response.body.precedents.filter(
      (precedent: { kind: string }) => precedent.kind === 'same_law_family',
    );
    const russian = lawFamily.find(
      (precedent: { designation: { jurisdiction: { code: string } } }) =>
        precedent.designation.jurisdiction.code === 'RU',
    );
    expect(russian).toBeDefined();
    expect(russian.score).toBe(0.55);
    expect(russian.designation.law.slug).toBe('ru-foreign-agents-law');
    expect(russian.explanation).toMatch(
      new RegExp(
        "^UNISON Public Foundation was designated a foreign agent under Kyrgyzstan's Foreign representatives law " +
          'in 2024-12, a foreign-agent law; Russia was the first jurisdiction on record to use such a law, ' +
          String.raw`(on|in) \d{4}[-\d]*, when .+ under its Foreign agents law\.$`,
      ),
    );
    expect(response.body.summary.counts.same_law_family).toBe(lawFamily.length);
  });
});
