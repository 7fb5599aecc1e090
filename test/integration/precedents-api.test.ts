import request from 'supertest';
import type { Express } from 'express';
import { seededTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { expectBadParameter } from '../support/problems';

interface Precedent {
  kind: string;
  kinds: string[];
  score: number;
  explanation: string;
  designation: {
    id: string;
    organization: { slug: string };
    unit: string | null;
    jurisdiction: { code: string };
    measure: string;
    decided_on: string;
    sources: unknown[];
  };
}

describe('GET /api/v1/precedents on the seed data', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => ({ testDb, app } = await seededTestApp()));
  afterAll(() => testDb.destroy());

  const precedents = (query: Record<string, string>) => request(app).get('/api/v1/precedents').query(query);
  const find = (list: Precedent[], slug: string, decidedOn: string) =>
    list.find(
      (precedent) => precedent.designation.organization.slug === slug && precedent.designation.decided_on === decidedOn,
    );

  it('Human Rights Watch x RU: its Moscow office deregistration of 2022-04-08 and the Chinese sanctions of 2019-12-02', async () => {
    const response = await precedents({ organization: 'Human Rights Watch', jurisdiction: 'RU' });
    expect(response.status).toBe(200);
    const { body } = response;
    expect(body).toMatchObject({
      status: 'resolved',
      organization: {
        slug: 'human-rights-watch',
        name: 'Human Rights Watch',
        kind: 'ngo',
        match: 'exact_name',
        family: { parent: null, children: [] },
      },
      jurisdiction: { code: 'RU', name: 'Russia' },
      case: {
        organization: { slug: 'human-rights-watch' },
        measure: 'undesirable_designation',
        decided_on: '2025-11-10',
      },
    });
    const [office, china] = body.precedents;
    expect(office).toMatchObject({
      kind: 'same_organization',
      score: 0.9,
      designation: { unit: 'Moscow office', measure: 'registration_revoked', decided_on: '2022-04-08' },
    });
    expect(office.explanation).toBe(
      "Human Rights Watch's Moscow office had its registration revoked under Russia's Foreign NGO branch register " +
        'on 2022-04-08, together with 12 other organizations.',
    );
    expect(china).toMatchObject({
      kind: 'same_organization',
      score: 0.85,
      designation: { jurisdiction: { code: 'CN' }, measure: 'sanctions', decided_on: '2019-12-02' },
    });
    expect(china.explanation).toBe(
      'Human Rights Watch was sanctioned by China on 2019-12-02, together with 4 other organizations.',
    );
    expect(office.designation.sources[0]).toEqual({
      url: 'https://jurist.org/news/2022/04/russia-shuts-down-amnesty-international-hrw-offices',
      publisher: 'JURIST',
      title: null,
    });
    expect(body.summary.ordinal.sentence).toBe(
      "Human Rights Watch was the 67th organization acted against under Russia's Undesirable organizations law; " +
        'the first was National Endowment for Democracy, on 2015-07-28.',
    );
  });

  describe('Amnesty International Limited x RU', () => {
    let body: {
      summary: {
        ordinal: { sentence: string };
        earliest_comparable: { designation: Precedent['designation'] };
        counts: Record<string, number>;
        total: number;
      };
      precedents: Precedent[];
      case: Precedent['designation'];
    };
    beforeAll(async () => {
      const response = await precedents({ organization: 'Amnesty International Limited', jurisdiction: 'RU' });
      expect(response.status).toBe(200);
      body = response.body;
    });

    it('the case is the 2025-05-19 undesirable designation, the 63rd under the law, whose first use was the NED', () => {
      expect(body.case).toMatchObject({ measure: 'undesirable_designation', decided_on: '2025-05-19' });
      expect(body.summary.ordinal).toMatchObject({
        law: { slug: 'ru-undesirable-organizations-law', short_name: 'Undesirable organizations law' },
        measure: null,
        position: 63,
        first: { organization: { slug: 'national-endowment-for-democracy' }, decided_on: '2015-07-28' },
      });
      expect(body.summary.earliest_comparable.designation).toMatchObject({
        organization: { slug: 'national-endowment-for-democracy' },
        decided_on: '2015-07-28',
      });
    });

    it('finds the Moscow office deregistration, Amnesty International India, the first use of the law and the Clooney Foundation', () => {
      const list = body.precedents;
      expect(find(list, 'amnesty-international-limited', '2022-04-08')).toMatchObject({
        kind: 'same_organization',
        designation: { unit: 'Moscow office' },
      });
      const india = find(list, 'amnesty-international-india', '2020-09-10')!;
      expect(india).toMatchObject({
        kind: 'same_family',
        designation: { measure: 'asset_freeze', jurisdiction: { code: 'IN' } },
      });
      expect(india.explanation).toBe(
        'Amnesty International India, part of Amnesty International like Amnesty International Limited, had its ' +
          "assets frozen under India's PMLA on 2020-09-10.",
      );
      const ned = find(list, 'national-endowment-for-democracy', '2015-07-28')!;
      expect(ned).toMatchObject({ kind: 'law_first_uses', kinds: ['law_first_uses', 'similar_reasons'] });
      expect(ned.explanation).toBe(
        "National Endowment for Democracy was declared an undesirable organization under Russia's Undesirable " +
          'organizations law on 2015-07-28, the first organization acted against under that law.',
      );
      const clooney = find(list, 'clooney-foundation-for-justice', '2024-08-19')!;
      expect(clooney.kind).toBe('peer_organization');
      expect(clooney.explanation).toBe(
        'Clooney Foundation for Justice, an NGO like Amnesty International Limited, was declared an undesirable ' +
          "organization under Russia's Undesirable organizations law on 2024-08-19.",
      );
      expect(find(list, 'transparency-international', '2023-03-06')?.kind).toBe('peer_organization');
    });

    it('lists each designation once, never the case itself, each with a source, by score then date then id', () => {
      const list = body.precedents;
      expect(list).toHaveLength(20);
      const ids = list.map((precedent) => precedent.designation.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).not.toContain(body.case.id);
      for (const precedent of list) {
        expect(precedent.kinds[0]).toBe(precedent.kind);
        expect(precedent.designation.sources.length).toBeGreaterThan(0);
      }
      for (let index = 1; index < list.length; index++) {
        const [previous, current] = [list[index - 1], list[index]];
        expect(previous.score).toBeGreaterThanOrEqual(current.score);
        if (previous.score === current.score)
          expect(previous.designation.decided_on <= current.designation.decided_on).toBe(true);
      }
      const counts = Object.values(body.summary.counts);
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(body.summary.total);
    });

    it('the same data gives the same answer', async () => {
      const again = await precedents({ organization: 'Amnesty International Limited', jurisdiction: 'RU' });
      expect(again.body).toEqual(body);
    });
  });

  it('the organizations acted against the same day are same_day precedents, naming the case', async () => {
    const { body } = await precedents({
      organization: 'amnesty-international-limited',
      jurisdiction: 'RU',
      law: 'ru-foreign-ngo-branch-register',
      limit: '100',
    });
    expect(body.organization.match).toBe('slug');
    expect(body.case).toMatchObject({ unit: 'Moscow office', decided_on: '2022-04-08' });
    expect(body.summary.ordinal.sentence).toBe(
      "Amnesty International Limited was the first organization acted against under Russia's Foreign NGO branch register.",
    );
    const sameDay = body.precedents.filter((precedent: Precedent) => precedent.kinds.includes('same_day'));
    expect(sameDay).toHaveLength(13);
    expect(find(body.precedents, 'chatham-house', '2022-04-08')!.explanation).toBe(
      "Chatham House was declared an undesirable organization under Russia's Undesirable organizations law on " +
        "2022-04-08, the same day as the action against Amnesty International Limited's Moscow office.",
    );
  });

  it('date=2020 keeps only what had happened by the end of 2020', async () => {
    const { body } = await precedents({
      organization: 'Amnesty International Limited',
      jurisdiction: 'RU',
      date: '2020',
      limit: '100',
    });
    expect(body).toMatchObject({ status: 'resolved', date: '2020', case: null, summary: { ordinal: null } });
    expect(body.precedents.length).toBeGreaterThan(5);
    for (const precedent of body.precedents) expect(precedent.designation.decided_on.slice(0, 4) <= '2020').toBe(true);
    expect(find(body.precedents, 'amnesty-international-india', '2020-09-10')?.kind).toBe('same_family');
    expect(find(body.precedents, 'amnesty-international-limited', '2022-04-08')).toBeUndefined();
  });

  it('without a designation of its own, first uses and peers are found by the measure given', async () => {
    const { body } = await precedents({
      organization: 'Amnesty International',
      jurisdiction: 'RU',
      measure: 'undesirable_designation',
    });
    expect(body).toMatchObject({
      organization: { slug: 'amnesty-international', match: 'exact_name' },
      measure: 'undesirable_designation',
      case: null,
    });
    expect(find(body.precedents, 'national-endowment-for-democracy', '2015-07-28')!.explanation).toBe(
      "National Endowment for Democracy was declared an undesirable organization under Russia's Undesirable " +
        'organizations law on 2015-07-28, the first organization to be declared an undesirable organization ' +
        'there.',
    );
    expect(find(body.precedents, 'amnesty-international-limited', '2025-05-19')).toMatchObject({
      kind: 'same_family',
      kinds: ['same_family', 'peer_organization'],
    });
  });

  it.each([
    ['Amnesty Internatonal Limted', 'amnesty-international-limited'],
    ['Humen Rights Watch', 'human-rights-watch'],
    ['Хьюман Райтс Вотч', 'human-rights-watch'],
    ['HRW', 'human-rights-watch'],
  ])('a misspelt or transliterated name still resolves: %s', async (organization, slug) => {
    const { body } = await precedents({ organization, jurisdiction: 'ru', limit: '1' });
    expect(body).toMatchObject({ status: 'resolved', organization: { slug }, jurisdiction: { code: 'RU' } });
  });

  it('an ambiguous name lists the candidates', async () => {
    const response = await precedents({ organization: 'Amnesty', jurisdiction: 'RU' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 'ambiguous',
      organization: 'Amnesty',
      candidates: [
        {
          slug: 'amnesty-international',
          name: 'Amnesty International',
          kind: 'ngo',
          matched_name: 'Amnesty International',
          score: 1,
          designation_count: 0,
        },
        {
          slug: 'amnesty-international-limited',
          name: 'Amnesty International Limited',
          kind: 'ngo',
          matched_name: 'Amnesty International',
          score: 1,
          designation_count: 2,
        },
        {
          slug: 'amnesty-international-india',
          name: 'Amnesty International India',
          kind: 'ngo',
          matched_name: 'Amnesty International India',
          score: 1,
          designation_count: 1,
        },
      ],
    });
  });

  it('an unknown name is a 404 with the closest names as suggestions', async () => {
    const response = await precedents({ organization: 'Human Rights Foundation', jurisdiction: 'RU' });
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, code: 'not_found', instance: '/api/v1/precedents' });
    expect(response.body.suggestions.map((suggestion: { slug: string }) => suggestion.slug).slice(0, 2)).toEqual([
      'international-partnership-for-human-rights',
      'human-rights-watch',
    ]);
    const nothing = await precedents({ organization: 'zzqx vvkk', jurisdiction: 'RU' });
    expect(nothing.status).toBe(404);
    expect(nothing.body.suggestions).toEqual([]);
  });

  it.each([
    [{ organization: 'HRW', jurisdiction: 'RU', colour: 'red' }, 'colour', 'red'],
    [{ organization: 'HRW', jurisdiction: 'XX' }, 'jurisdiction', 'XX'],
    [{ organization: 'HRW', jurisdiction: 'RU,CN' }, 'jurisdiction', 'RU,CN'],
    [{ organization: 'HRW', jurisdiction: 'RU', measure: 'nope' }, 'measure', 'nope'],
    [{ organization: 'HRW', jurisdiction: 'RU', law: 'no-such-law' }, 'law', 'no-such-law'],
    [{ organization: 'HRW', jurisdiction: 'RU', law: 'in-fcra-2010' }, 'law', 'in-fcra-2010'],
    [{ organization: 'HRW', jurisdiction: 'RU', date: '2020-13' }, 'date', '2020-13'],
    [{ organization: 'HRW', jurisdiction: 'RU', limit: '101' }, 'limit', '101'],
  ])('%j is a 400 naming %s', async (query, parameter, value) => {
    expectBadParameter(await precedents(query), parameter, value);
  });

  it('organization and jurisdiction are required', async () => {
    const response = await precedents({});
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { parameter: 'organization', message: 'is required' },
      { parameter: 'jurisdiction', message: 'is required' },
    ]);
  });
});
