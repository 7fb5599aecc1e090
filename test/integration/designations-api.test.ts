import request from 'supertest';
import type { Express } from 'express';
import { seededTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { expectBadParameter, expectNotFound } from '../support/problems';

// Expected answers are checked by hand against test/fixtures/seed/designations.csv (the fixture seed).
describe('GET /api/v1/designations on the seed data', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => ({ testDb, app } = await seededTestApp()));
  afterAll(() => testDb.destroy());

  const list = (query: Record<string, string>) => request(app).get('/api/v1/designations').query(query);
  const organizations = (body: { items: { organization: { name: string }; unit: string | null }[] }) =>
    body.items.map((item) => (item.unit ? `${item.organization.name} (${item.unit})` : item.organization.name));

  it('every Russian undesirable designation decided in 2015, in date order (ties by id)', async () => {
    const response = await list({ jurisdiction: 'RU', measure: 'undesirable_designation', from: '2015', to: '2015' });
    expect(response.status).toBe(200);
    expect(organizations(response.body)).toEqual([
      'National Endowment for Democracy',
      'OSI Assistance Foundation',
      'Open Society Foundations',
      'U.S.-Russia Foundation for Economic Advancement and the Rule of Law',
    ]);
    expect(response.body.items.map((item: { decided_on: string }) => item.decided_on)).toEqual([
      '2015-07-28',
      '2015-11-30',
      '2015-11-30',
      '2015-12-04',
    ]);
    expect(response.body).toMatchObject({ total: 4, next_cursor: null });
  });

  it('shows each designation with its organization, jurisdiction name, law, dates, status, reasons and sources', async () => {
    const response = await list({ organization: 'open-society-foundations' });
    expect(response.body.items).toEqual([
      expect.objectContaining({
        organization: { slug: 'open-society-foundations', name: 'Open Society Foundations', kind: 'foundation' },
        jurisdiction: { code: 'RU', name: 'Russia' },
        measure: 'undesirable_designation',
        law: expect.objectContaining({
          slug: 'ru-undesirable-organizations-law',
          short_name: 'Undesirable organizations law',
        }),
        decided_on: '2015-11-30',
        decided_precision: 'day',
        listed_on: '2015-12-01',
        listed_precision: 'day',
        ended_on: null,
        status: 'active',
        stated_reasons: expect.objectContaining({
          form: 'quoted',
          tags: ['national_security', 'constitutional_order'],
        }),
        sources: [
          { url: 'https://tass.com/society/840274/amp', publisher: 'TASS', title: null },
          expect.objectContaining({ publisher: 'freenews-en.tk' }),
        ],
        imprecise: false,
      }),
    ]);
  });

  it('one designation by id; 404 for an unknown id and 400 for a malformed one', async () => {
    const { body } = await list({ organization: 'national-endowment-for-democracy', jurisdiction: 'RU' });
    const one = await request(app).get(`/api/v1/designations/${body.items[0].id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: body.items[0].id, decided_on: '2015-07-28' });
    expect(one.body).not.toHaveProperty('imprecise');
    expectNotFound(await request(app).get('/api/v1/designations/00000000-0000-4000-8000-000000000000'));
    expectBadParameter(await request(app).get('/api/v1/designations/not-a-uuid'), 'id', 'not-a-uuid');
  });

  describe('filters', () => {
    it('organization with family=1 widens to the parent, children and siblings', async () => {
      expect((await list({ organization: 'amnesty-international-limited' })).body.total).toBe(2);
      const family = await list({ organization: 'amnesty-international-limited', family: '1' });
      expect(organizations(family.body)).toEqual([
        'Amnesty International India',
        'Amnesty International Limited (Moscow office)',
        'Amnesty International Limited',
      ]);
      expect((await list({ organization: 'amnesty-international', family: 'true' })).body.total).toBe(3);
    });

    it('q finds organizations by any name, fuzzily and across scripts', async () => {
      expect(organizations((await list({ q: 'Хьюман Райтс Вотч' })).body)).toEqual([
        'Human Rights Watch',
        'Human Rights Watch (Moscow office)',
        'Human Rights Watch',
      ]);
      expect((await list({ q: 'amnesty' })).body.total).toBe(3);
      expect(organizations((await list({ q: 'HRW', jurisdiction: 'CN' })).body)).toEqual(['Human Rights Watch']);
    });

    it('jurisdiction and measure take comma lists (codes in any case); law takes a slug', async () => {
      expect((await list({ jurisdiction: 'il,hk' })).body.total).toBe(14);
      expect((await list({ measure: 'asset_freeze,funding_restriction' })).body.total).toBe(2);
      const law = await list({ law: 'ru-foreign-ngo-branch-register' });
      expect(law.body.total).toBe(13);
      expect(new Set(law.body.items.map((item: { decided_on: string }) => item.decided_on))).toEqual(
        new Set(['2022-04-08']),
      );
    });

    it('reason matches designations that have any of the tags', async () => {
      const extremism = (await list({ reason: 'extremism' })).body.total;
      const terrorism = (await list({ reason: 'terrorism' })).body.total;
      const both = (await list({ reason: 'extremism,terrorism' })).body;
      expect(extremism).toBeGreaterThan(0);
      expect(terrorism).toBeGreaterThan(0);
      expect(both.total).toBeLessThanOrEqual(extremism + terrorism);
      expect(both.total).toBeGreaterThanOrEqual(Math.max(extremism, terrorism));
      for (const item of both.items)
        expect(item.stated_reasons.tags.some((tag: string) => ['extremism', 'terrorism'].includes(tag))).toBe(true);
    });

    it('status: nothing in the seed has ended', async () => {
      expect((await list({ status: 'ended' })).body.total).toBe(0);
      expect((await list({ status: 'active' })).body.total).toBe(122);
    });

    it('an organization or law slug that names nothing is a 400, not an empty list', async () => {
      expectBadParameter(await list({ organization: 'no-such-organization' }), 'organization', 'no-such-organization');
      expectBadParameter(await list({ law: 'no-such-law' }), 'law', 'no-such-law');
    });
  });

  describe('from/to respect date precision', () => {
    const russian = { jurisdiction: 'RU' };

    it('a month range holds the designations dated that month and the days in it', async () => {
      const august = await list({ ...russian, from: '2024-08', to: '2024-08' });
      // The month comes before a day in it; ties within the month go by id.
      expect(organizations(august.body)).toEqual([
        'Fundacja OSTMOST',
        'Assemblee des Peuples du Caucase',
        'EF Education First',
        'Clooney Foundation for Justice',
      ]);
      expect(august.body.items.map((item: { decided_on: string }) => item.decided_on)).toEqual([
        '2024-08',
        '2024-08',
        '2024-08',
        '2024-08-19',
      ]);
      expect((await list({ ...russian, from: '2024-08-01', to: '2024-08-31' })).body.total).toBe(4);
    });

    it('a range that cuts a month leaves its month-dated designations out, unless imprecise=include, which flags them', async () => {
      expect(organizations((await list({ ...russian, from: '2024-08-15', to: '2024-08-31' })).body)).toEqual([
        'Clooney Foundation for Justice',
      ]);
      const included = await list({ ...russian, from: '2024-08-15', to: '2024-08-31', imprecise: 'include' });
      expect(
        included.body.items.map((item: { organization: { name: string }; imprecise: boolean }) => [
          item.organization.name,
          item.imprecise,
        ]),
      ).toEqual([
        ['Fundacja OSTMOST', true],
        ['Assemblee des Peuples du Caucase', true],
        ['EF Education First', true],
        ['Clooney Foundation for Justice', false],
      ]);
    });

    it('a year-dated designation is inside its year, but not inside part of it', async () => {
      const foreignAgents = { ...russian, measure: 'foreign_agent_designation' };
      expect(organizations((await list({ ...foreignAgents, from: '2014', to: '2014' })).body)).toEqual([
        'Memorial Human Rights Centre',
        'Sakharov Center',
      ]);
      expect(organizations((await list({ ...foreignAgents, from: '2014-06', to: '2014-12-31' })).body)).toEqual([
        'Sakharov Center',
      ]);
      const included = await list({ ...foreignAgents, from: '2014-06', to: '2014-12-31', imprecise: 'include' });
      expect(
        included.body.items.map((item: { decided_on: string; imprecise: boolean }) => [
          item.decided_on,
          item.imprecise,
        ]),
      ).toEqual([
        ['2014', true],
        ['2014-12-25', false],
      ]);
    });

    it('an open bound: to alone keeps everything that ends by its end', async () => {
      const early = await list({ ...russian, measure: 'foreign_agent_designation', to: '2015' });
      expect(early.body.items.map((item: { decided_on: string }) => item.decided_on)).toEqual([
        '2014',
        '2014-12-25',
        '2015-04',
      ]);
    });
  });

  describe('keyset pagination', () => {
    const batch = { from: '2022-04-08', to: '2022-04-08', limit: '2' };

    async function walk(sort: string): Promise<string[]> {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const response: request.Response = await list({ ...batch, sort, ...(cursor ? { cursor } : {}) });
        expect(response.status).toBe(200);
        expect(response.body.items.length).toBeLessThanOrEqual(2);
        expect(response.body.total).toBe(14);
        ids.push(...response.body.items.map((item: { id: string }) => item.id));
        cursor = response.body.next_cursor;
      } while (cursor !== null);
      return ids;
    }

    it('walking every page of the 2022-04-08 batch (14 rows on one day) returns each row once, in both directions', async () => {
      const all = (await list({ from: '2022-04-08', to: '2022-04-08', limit: '500' })).body.items.map(
        (item: { id: string }) => item.id,
      );
      expect(all).toHaveLength(14);
      expect(all).toEqual([...all].sort());
      const forward = await walk('decided_on');
      expect(forward).toEqual(all);
      expect(await walk('-decided_on')).toEqual([...all].reverse());
    });

    it('-decided_on reverses the whole order', async () => {
      const first = await list({ sort: '-decided_on', limit: '1' });
      expect(first.body.items[0]).toMatchObject({
        decided_on: '2025-11-10',
        organization: { name: 'Human Rights Watch' },
      });
    });

    it('a tampered or garbled cursor, or one from the other sort, is a 400 naming cursor', async () => {
      const { body } = await list(batch);
      const payload = JSON.parse(Buffer.from(body.next_cursor, 'base64url').toString());
      payload.after[2] = '00000000-0000-4000-8000-000000000000';
      const tampered = Buffer.from(JSON.stringify(payload)).toString('base64url');
      expectBadParameter(await list({ ...batch, cursor: tampered }), 'cursor', tampered);
      expectBadParameter(await list({ ...batch, cursor: 'not-a-cursor' }), 'cursor', 'not-a-cursor');
      expectBadParameter(
        await list({ ...batch, cursor: body.next_cursor, sort: '-decided_on' }),
        'cursor',
        body.next_cursor,
      );
    });
  });

  it.each([
    ['colour', 'red'],
    ['jurisdiction', 'XX'],
    ['measure', 'banned'],
    ['reason', 'russophobia'],
    ['from', '2015-13'],
    ['to', '2015/06'],
    ['as_of', 'yesterday'],
    ['limit', '501'],
    ['limit', '0'],
    ['sort', 'organization'],
    ['status', 'lifted'],
    ['imprecise', 'yes'],
    ['q', '   '],
  ])('400 problem+json naming %s=%s', async (parameter, value) => {
    expectBadParameter(await list({ [parameter]: value }), parameter, value);
  });

  it('400 for a parameter given twice', async () => {
    expectBadParameter(await request(app).get('/api/v1/designations?measure=ban&measure=other'), 'measure', [
      'ban',
      'other',
    ]);
  });
});
