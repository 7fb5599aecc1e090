import request from 'supertest';
import type { Express } from 'express';
import { buildTestApp } from '../support/app';
import { TestDatabase } from '../support/database';
import { createRealSeededTestDatabase } from '../support/seed-fixture';

// On the real seed (seeds/data), loaded once: the maps and families only show across its 27 jurisdictions.
describe('the world map and the law family pages on the real seed', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => {
    testDb = await createRealSeededTestDatabase();
    app = buildTestApp(testDb.db);
  }, 120_000);
  afterAll(() => testDb.destroy());

  const get = (path: string) => request(app).get(path);

  it('the home page holds an inline SVG map whose shaded countries link to /jurisdictions/{code}, with the counts beside it', async () => {
    const page = (await get('/')).text;
    const jurisdictions: { code: string; name: string; designation_count: number }[] = (
      await get('/api/v1/jurisdictions')
    ).body.items;
    const map = /<figure class="world-map" id="designations-map">[\s\S]*?<\/figure>/.exec(page)![0];
    expect(map).toContain(
      '<svg class="world-map-svg" viewBox="0 0 960 470" role="group" aria-labelledby="designations-map-caption">',
    );
    const links = [...map.matchAll(/<a href="\/jurisdictions\/([A-Z]{2})" aria-label="([^"]+)">(<path|<circle)/g)];
    expect(links.map((link) => link[1]).sort()).toEqual(jurisdictions.map((jurisdiction) => jurisdiction.code).sort());
    const russia = jurisdictions.find((jurisdiction) => jurisdiction.code === 'RU')!;
    expect(links.find((link) => link[1] === 'RU')!.slice(2)).toEqual([
      `Russia: ${russia.designation_count} designations`,
      '<path',
    ]);
    expect(links.find((link) => link[1] === 'HK')![3]).toBe('<circle');
    expect(map).toContain(
      `<tr><th scope="row"><a href="/jurisdictions/RU">Russia</a></th><td>${russia.designation_count}</td></tr>`,
    );
    expect(map).toContain('<ul class="map-legend"');
    expect(map).not.toContain('(not on the map)');
    expect(page).toContain('<a href="/law-families">How restrictive laws spread</a>');
  });

  it('/law-families lists every family with its first use', async () => {
    const response = await get('/law-families');
    expect(response.status).toBe(200);
    expect(response.text).toContain('<a href="/law-families/foreign_agent">Foreign agent laws</a>');
    expect(response.text).toContain('<a href="/law-families" aria-current="page">Law families</a>');
  });

  it('/law-families/foreign_agent: the diffusion chart and table, Russia first, and a map of the family', async () => {
    const response = await get('/law-families/foreign_agent');
    expect(response.status).toBe(200);
    const page = response.text;
    expect(page).toContain('<h1>Foreign agent laws</h1>');
    const spec = JSON.parse(
      /<script type="application\/json" id="law-family-diffusion-spec">(.*?)<\/script>/.exec(page)![1],
    );
    expect(spec.kind).toBe('timeline');
    expect(spec.lanes.slice(0, 4)).toEqual(['Russia', 'Nicaragua', 'Kyrgyzstan', 'Georgia']);
    expect(
      spec.points.find(
        (point: { series: string; lane: string }) => point.series === 'First use' && point.lane === 'Russia',
      ).date,
    ).toBe('2013-06-25');
    const rows = [
      ...page.matchAll(
        /<td data-label="#">(\d+|–)<\/td>\s*<td data-label="Jurisdiction"><a href="\/jurisdictions\/([A-Z]{2})">/g,
      ),
    ].map((match) => [match[1], match[2]]);
    expect(rows).toEqual([
      ['1', 'RU'],
      ['2', 'NI'],
      ['3', 'KG'],
      ['4', 'GE'],
      ['–', 'SV'],
    ]);
    const map = /<figure class="world-map" id="law-family-map">[\s\S]*?<\/figure>/.exec(page)![0];
    expect(
      [...map.matchAll(/<a href="\/jurisdictions\/([A-Z]{2})" aria-label/g)].map((match) => match[1]).sort(),
    ).toEqual(['GE', 'KG', 'NI', 'RU', 'SV']);
    expect(page).toContain('href="/explore?law_family=foreign_agent"');
  });

  it('an unknown family is a 404 page; the law page names its family', async () => {
    const unknown = await get('/law-families/no_such_family').set('accept', 'text/html');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^text\/html/);
    const law = await get('/laws/kg-foreign-representatives-law');
    expect(law.text).toContain(
      '<dt>Law family</dt><dd><a href="/law-families/foreign_agent">Foreign agent laws</a></dd>',
    );
  });

  it('Explore filters by law family', async () => {
    const response = await get('/explore?law_family=extremism');
    expect(response.status).toBe(200);
    expect(response.text).toMatch(/<input type="checkbox" id="[^"]+" name="law_family" value="extremism" checked>/);
  });
});
