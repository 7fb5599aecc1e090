import request from 'supertest';
import type { Express } from 'express';
import { seededTestApp } from '../support/app';
import { TestDatabase } from '../support/database';

/** The JSON embedded for a chart (see src/web/chart-specs.ts). */
function chartSpec(
  page: string,
  figureId: string,
): {
  kind: string;
  periods?: string[];
  series?: { name: string; values: number[] }[];
  points?: { lane: string; date: string }[];
} {
  const match = new RegExp(`<script type="application/json" id="${figureId}-spec">(.*?)</script>`).exec(page);
  if (!match) throw new Error(`no chart ${figureId} on the page`);
  return JSON.parse(match[1]);
}

describe('web pages on the seed data', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => ({ testDb, app } = await seededTestApp()));
  afterAll(() => testDb.destroy());

  const get = (path: string) => request(app).get(path);

  it('home: search box, headline figures, a chart per year by jurisdiction, the latest designations', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    const page = response.text;
    const { total } = (await get('/api/v1/designations?limit=1')).body;
    const laws = (await get('/api/v1/laws')).body.items.length;
    expect(page).toContain('<form class="search" action="/search" method="get"');
    expect(page).toContain(`<span class="figure">${total}</span> designations`);
    expect(page).toContain('<span class="figure">6</span> jurisdictions');
    expect(page).toContain(`<span class="figure">${laws}</span> laws`);
    const [{ count: organizations }] = await testDb
      .db('designations')
      .select<{ count: number }[]>(testDb.db.raw('count(distinct organization_id)::int as count'));
    expect(organizations).toBeGreaterThan(50);
    expect(page).toContain(`<span class="figure">${organizations}</span> organizations acted against`);
    const perYear = chartSpec(page, 'designations-per-year');
    expect(perYear.series!.map((series) => series.name)).toEqual([
      'China',
      'Hong Kong',
      'Israel',
      'India',
      'Nicaragua',
      'Russia',
    ]);
    expect(perYear.series!.flatMap((series) => series.values).reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(page).toContain('<a href="/organizations/human-rights-watch">Human Rights Watch</a>');
    expect(page).toMatch(/<main id="main"/);
  });

  it('search: organizations by any name, best first, with their family', async () => {
    const response = await get('/search?q=%D0%A5%D1%8C%D1%8E%D0%BC%D0%B0%D0%BD%20%D0%A0%D0%B0%D0%B9%D1%82%D1%81'); // Хьюман Райтс
    expect(response.status).toBe(200);
    expect(response.text).toMatch(/<ol class="results">\s*<li>\s*<h3><a href="\/organizations\/human-rights-watch">/);
    const amnesty = await get('/search?q=Amnesty');
    expect(amnesty.text).toContain('Includes <a href="/organizations/amnesty-international-india">');
  });

  it("organization: names, family, a timeline of the family's designations, reasons, sources and precedents links", async () => {
    const response = await get('/organizations/amnesty-international');
    expect(response.status).toBe(200);
    const page = response.text;
    expect(page).toContain('<h1>Amnesty International</h1>');
    expect(page).toContain('<a href="/organizations/amnesty-international-limited">Amnesty International Limited</a>');
    const timeline = chartSpec(page, 'organization-timeline');
    expect(timeline.points!.filter((point) => point.lane === 'Russia').map((point) => point.date)).toEqual([
      '2022-04-08',
      '2025-05-19',
    ]);
    expect(page).toContain('Russophobic projects');
    expect(page).toContain('href="https://www.themoscowtimes.com/');
    expect(page).toContain('<a href="/precedents?organization=amnesty-international&amp;jurisdiction=RU">');
  });

  it('jurisdiction: counts per year by measure, measures, laws, first and latest actions, the designations', async () => {
    const response = await get('/jurisdictions/ru');
    expect(response.status).toBe(200);
    const page = response.text;
    expect(page).toMatch(/<h1>Russia <span class="muted">\(RU\)<\/span><\/h1>/);
    expect(chartSpec(page, 'jurisdiction-per-year').series!.map((series) => series.name)).toContain(
      'Undesirable designation',
    );
    expect(page).toContain('<h2 id="measures-heading">Measures</h2>');
    expect(page).toContain('<a href="/laws/ru-undesirable-organizations-law">Undesirable organizations law</a>');
    expect(page).toContain('<caption>The first designations</caption>');
    expect(page).toMatch(/<a href="\/explore\?jurisdiction=RU">All \d+ designations in Explore<\/a>/);
  });

  it('law: citation, counts per year, measures, first and latest uses', async () => {
    const response = await get('/laws/ru-undesirable-organizations-law');
    expect(response.status).toBe(200);
    const page = response.text;
    expect(page).toContain('Federal Law No. 129-FZ');
    const perYear = chartSpec(page, 'law-per-year');
    expect(perYear.periods![0]).toBe('2015');
    expect(page).toMatch(/<th scope="row">Undesirable designation<\/th><td>\d+<\/td>/);
    expect(page).toContain('National Endowment for Democracy');
  });

  it('assets are served from this process: the stylesheet, the chart script and Chart.js itself', async () => {
    for (const [path, type] of [
      ['/assets/site.css', /^text\/css/],
      ['/assets/charts.js', /javascript/],
      ['/assets/vendor/chart.umd.min.js', /javascript/],
    ] as const) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(type);
    }
    expect((await get('/')).text).not.toMatch(/(src|href)="(https?:)?\/\/(?!www\.)/);
  });
});
