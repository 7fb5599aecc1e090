import request from 'supertest';
import type { Express } from 'express';
import { seededTestApp } from '../support/app';
import { TestDatabase } from '../support/database';

/** The rows of the table whose caption starts with `caption`, each as its cells' text (tags dropped, spaces collapsed). */
function tableRows(page: string, caption: string): string[][] {
  const table = new RegExp(`<table class="coverage[^"]*">\\s*<caption>${caption}[\\s\\S]*?</table>`).exec(page);
  if (!table) throw new Error(`no table captioned ${caption}`);
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(table[0])![1];
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
      cell[1]
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
}

describe('the coverage page', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => ({ testDb, app } = await seededTestApp()));
  afterAll(() => testDb.destroy());

  it('per jurisdiction and measure: held, active, ended, first and latest, and the number of known totals', async () => {
    const response = await request(app).get('/coverage');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const page = response.text;
    expect(page).toContain('<h1>How complete is the record?</h1>');
    expect(page).toContain('<a href="/coverage" aria-current="page">Coverage</a>');
    expect(page).toMatch(
      /<strong>Share<\/strong> is the number of designations held that compare with a known total, divided by that total/,
    );
    expect(page).toContain('<em>at most</em>');
    expect(page).toContain('<h2 id="coverage-RU" tabindex="-1"><a href="/jurisdictions/RU">Russia</a>');
    expect(page).toContain(
      '95 designations held (95 active, 0 ended), decided 2013-06-25 to 2025-11-10; 14 known totals.',
    );
    expect(tableRows(page, 'Designations held in Russia, by measure')).toEqual([
      ['Undesirable designation', '67', '67', '0', '2015-07-28 to 2025-11-10', '7'],
      ['Registration revoked', '13', '13', '0', 'on 2022-04-08', '0'],
      ['Foreign agent designation', '12', '12', '0', '2014 to 2023-11', '6'],
      ['Liquidation', '2', '2', '0', '2021-12-28 to 2021-12-29', '0'],
      ['Suspension', '1', '1', '0', 'on 2013-06-25', '0'],
      ['Other', '0', '0', '0', '—', '1'],
    ]);
  });

  it('each known total with its count as stated, date, held then, share and source; other scopes with no share', async () => {
    const page = (await request(app).get('/coverage?jurisdiction=RU,NI')).text;
    const agents = tableRows(page, 'Foreign agent designation in Russia');
    expect(agents.map((row) => row.slice(1, 5))).toEqual([
      ['29', '2014', '2 (decided in 2014)', '6.9%'],
      ['81', '2015', '1 (decided in 2015)', '1.2%'],
      ['30', '2014-12-31', '2 (in force on 2014-12-31)', '6.7%'],
      ['103', '2016-12-31', '5 (in force on 2016-12-31)', '4.9%'],
      ['30', '2014-12-31', '2 (decided by 2014-12-31)', '6.7%'],
      ['154', '2016-12-31', '5 (decided by 2016-12-31)', '3.2%'],
    ]);
    expect(tableRows(page, 'Other in Russia')[0].slice(1, 5)).toEqual(['170', '2024-02-02', 'not comparable', '—']);
    const revoked = tableRows(page, 'Registration revoked in Nicaragua');
    expect(revoked[0].slice(1, 5)).toEqual([
      'at least 87',
      '2022-03-17',
      '0 (decided from 2018-12 to 2022-03-17)',
      'at most 0.0%',
    ]);
    expect(page).toContain(
      '<a href="https://www.laprensagrafica.com/internacional/Ortega-cancela-25-ONG-defensoras-de-ambientalistas-mujeres-y-periodistas-20220317-0017.html" rel="external noopener noreferrer">La Prensa Grafica (EFE)</a>',
    );
    // Several URLs in one cell: each its own link.
    expect(page).toContain('rel="external noopener noreferrer">source 2</a>');
    // Scopes and notes are escaped like every other value.
    expect(page).toContain('declared undesirable by the Prosecutor General&#39;s Office from 1 Jan 2022');
    expect(page).toContain('actions against many organizations at once');
    expect(page).not.toContain('<h2 id="coverage-CN"');
  });

  it('on a phone every cell carries its label (the rows become labelled blocks, as designation rows do)', async () => {
    const page = (await request(app).get('/coverage?jurisdiction=RU')).text;
    const cells = [...page.matchAll(/<td([^>]*)>/g)].map((match) => match[1]);
    expect(cells.length).toBeGreaterThan(50);
    expect(cells.every((attributes) => /data-label="[^"]+"/.test(attributes))).toBe(true);
    const css = (await request(app).get('/assets/site.css')).text;
    expect(css).toMatch(/@media \(max-width: 40rem\)[\s\S]*table\.coverage tr \{ display: block;/);
  });

  it('is linked from the home page; a bad filter is a 400 page naming it', async () => {
    expect((await request(app).get('/')).text).toContain('<a href="/coverage">How complete is the record?</a>');
    const bad = await request(app).get('/coverage?jurisdiction=XX');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('jurisdiction: &quot;XX&quot; is not an ISO 3166-1 alpha-2 code');
    const empty = await request(app).get('/coverage?jurisdiction=FR');
    expect(empty.status).toBe(200);
    expect(empty.text).toContain('Nothing is recorded for these jurisdictions');
  });
});
