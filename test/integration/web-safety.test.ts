import request from 'supertest';
import type { Express } from 'express';
import { HOSTILE_NAME, HOSTILE_SLUG, importHostileDesignation } from '../e2e/support/hostile-organization';
import { buildTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { createSeededTestDatabase } from '../support/seed-fixture';

describe('web pages escape what they show and fail as pages', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => {
    testDb = await createSeededTestDatabase();
    await importHostileDesignation(testDb.db);
    app = buildTestApp(testDb.db);
  });
  afterAll(() => testDb.destroy());

  const get = (path: string) => request(app).get(path).set('Accept', 'text/html');

  it.each([
    ['organization', `/organizations/${HOSTILE_SLUG}`],
    ['search', `/search?q=${encodeURIComponent(HOSTILE_NAME)}`],
    ['explore', '/explore?q=script%20alert'],
    ['jurisdiction', '/jurisdictions/RU'],
  ])('the %s page shows an organization named <script>alert(1)</script> as text', async (_page, path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The only script elements are the page's own: the assets, and chart data as inert JSON.
    const scripts = response.text.match(/<script[^>]*>/g) ?? [];
    for (const tag of scripts)
      expect(tag).toMatch(/^<script (src="\/assets\/[\w./-]+" defer|type="application\/json" id="[\w-]+")>$/);
    expect(response.text).not.toMatch(/<(img|iframe|b|i)[ >]/);
  });

  it('chart data keeps markup inert inside its script element', async () => {
    const response = await get(`/organizations/${HOSTILE_SLUG}`);
    const json = /<script type="application\/json" id="organization-timeline-spec">(.*?)<\/script>/.exec(
      response.text,
    )![1];
    expect(json).not.toContain('<');
    expect(JSON.parse(json).title).toContain(HOSTILE_NAME);
  });

  it('an unknown organization, law or jurisdiction is a 404 page', async () => {
    for (const path of ['/organizations/no-such-org', '/laws/no-such-law', '/jurisdictions/XX']) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('<h1>Page not found</h1>');
    }
  });

  it('a browser asking for a page that does not exist gets an HTML 404; an API client still gets problem+json', async () => {
    const page = await get('/no-such-page');
    expect(page.status).toBe(404);
    expect(page.text).toContain('There is no page at /no-such-page.');
    const api = await request(app).get('/no-such-page');
    expect(api.status).toBe(404);
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('a bad search is a 400 page with the reason', async () => {
    const response = await get('/search?q=%21%21%21');
    expect(response.status).toBe(400);
    expect(response.text).toContain('q: must contain at least one letter or digit');
  });
});
