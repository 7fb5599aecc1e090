import request from 'supertest';
import type { Express } from 'express';
import { seededTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { expectBadParameter, expectNotFound } from '../support/problems';

describe('organizations on the seed data', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => ({ testDb, app } = await seededTestApp()));
  afterAll(() => testDb.destroy());

  const search = (query: Record<string, string>) => request(app).get('/api/v1/organizations').query(query);

  describe('GET /api/v1/organizations?q=', () => {
    it.each([
      ['Amnesty', 'amnesty-international'],
      ['amnesty intl', 'amnesty-international'],
      ['AMNESTY international limited', 'amnesty-international-limited'],
      ['HRW', 'human-rights-watch'],
      ['Human Rights Wach', 'human-rights-watch'],
      ['Хьюман Райтс Вотч', 'human-rights-watch'],
      ['Мемориал', 'memorial'],
      ['Amnestý Internešnl', 'amnesty-international'],
    ])('%s finds %s first', async (q, slug) => {
      const response = await search({ q });
      expect(response.status).toBe(200);
      expect(response.body.items[0].slug).toBe(slug);
    });

    it('ranks by similarity and gives each result its family and number of designations', async () => {
      const response = await search({ q: 'Amnesty' });
      expect(response.body.items.map((item: { slug: string }) => item.slug)).toEqual([
        'amnesty-international',
        'amnesty-international-limited',
        'amnesty-international-india',
      ]);
      const [parent, limited] = response.body.items;
      expect(parent).toMatchObject({
        name: 'Amnesty International',
        designation_count: 0,
        family: {
          parent: null,
          children: [
            { slug: 'amnesty-international-india', name: 'Amnesty International India' },
            { slug: 'amnesty-international-limited', name: 'Amnesty International Limited' },
          ],
        },
        matched_name: 'Amnesty International',
        score: 1,
      });
      expect(limited).toMatchObject({
        designation_count: 2,
        family: { parent: { slug: 'amnesty-international' }, children: [] },
      });
    });

    it('a Cyrillic query reaches the Latin name by its consonant skeleton, without pulling in every human rights group', async () => {
      const response = await search({ q: 'Хьюман Райтс Вотч' });
      expect(response.body.items[0]).toMatchObject({
        slug: 'human-rights-watch',
        matched_name: 'Human Rights Watch',
        score: 1,
        designation_count: 3,
      });
      expect(response.body.items.slice(1).every((item: { score: number }) => item.score < 0.5)).toBe(true);
    });

    it('finds nothing for a name nothing resembles, and lists everyone by name without q', async () => {
      expect((await search({ q: 'zzqx vvkk' })).body.items).toEqual([]);
      const all = await search({ limit: '100' });
      const names = all.body.items.map((item: { name: string }) => item.name);
      expect(names.length).toBe(100);
      expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : 1)));
    });

    it.each([
      ['q', '***'],
      ['limit', '101'],
      ['name', 'Amnesty'],
    ])('400 problem+json naming %s=%s', async (parameter, value) => {
      expectBadParameter(await search({ [parameter]: value }), parameter, value);
    });
  });

  describe('GET /api/v1/organizations/:slug', () => {
    it('has its names, family and designations', async () => {
      const response = await request(app).get('/api/v1/organizations/human-rights-watch');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        slug: 'human-rights-watch',
        name: 'Human Rights Watch',
        family: { parent: null, children: [] },
      });
      expect(response.body.names).toEqual(
        expect.arrayContaining([
          { name: 'Human Rights Watch', lang: null, kind: 'canonical' },
          expect.objectContaining({ name: 'HRW' }),
          expect.objectContaining({ name: 'Human Rights Watch Corporation' }),
        ]),
      );
      expect(response.body.names[0].kind).toBe('canonical');
      expect(
        response.body.designations.map((item: { decided_on: string; jurisdiction: { code: string } }) => [
          item.decided_on,
          item.jurisdiction.code,
        ]),
      ).toEqual([
        ['2019-12-02', 'CN'],
        ['2022-04-08', 'RU'],
        ['2025-11-10', 'RU'],
      ]);
    });

    it('404 problem+json for an unknown slug, 400 for a malformed one', async () => {
      expectNotFound(await request(app).get('/api/v1/organizations/no-such-organization'));
      expectBadParameter(await request(app).get('/api/v1/organizations/Not%20A%20Slug'), 'slug', 'Not A Slug');
    });
  });

  describe('GET /api/v1/organizations/:slug/timeline', () => {
    it("Amnesty International's family: India's asset freeze, the Moscow office deregistration, the undesirable designation", async () => {
      const response = await request(app)
        .get('/api/v1/organizations/amnesty-international/timeline')
        .query({ family: '1' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        organization: { slug: 'amnesty-international', name: 'Amnesty International' },
        family: true,
      });
      const events = response.body.events.map(
        (event: {
          on: string;
          event: string;
          designation: { organization: { slug: string }; unit: string | null; measure: string };
        }) => [
          event.on,
          event.event,
          event.designation.organization.slug,
          event.designation.unit,
          event.designation.measure,
        ],
      );
      expect(events).toEqual([
        ['2020-09-10', 'decided', 'amnesty-international-india', null, 'asset_freeze'],
        ['2022-04-08', 'decided', 'amnesty-international-limited', 'Moscow office', 'registration_revoked'],
        ['2025-05-19', 'decided', 'amnesty-international-limited', null, 'undesirable_designation'],
      ]);
    });

    it('without family, only its own; a family seen from a child is the same family', async () => {
      expect((await request(app).get('/api/v1/organizations/amnesty-international/timeline')).body.events).toEqual([]);
      const fromChild = await request(app).get('/api/v1/organizations/amnesty-international-india/timeline?family=1');
      expect(fromChild.body.events).toHaveLength(3);
    });

    it('includes listed dates as their own events', async () => {
      const response = await request(app).get('/api/v1/organizations/human-rights-watch/timeline');
      expect(response.body.events.map((event: { on: string; event: string }) => `${event.on} ${event.event}`)).toEqual([
        '2019-12-02 decided',
        '2022-04-08 decided',
        '2025-11-10 decided',
        '2025-11-28 listed',
      ]);
    });

    it('404 for an unknown slug, 400 for a bad family flag', async () => {
      expectNotFound(await request(app).get('/api/v1/organizations/nobody/timeline'));
      expectBadParameter(await request(app).get('/api/v1/organizations/memorial/timeline?family=2'), 'family', '2');
    });
  });
});
