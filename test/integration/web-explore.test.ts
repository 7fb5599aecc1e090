import request from 'supertest';
import type { Express } from 'express';
import { seededTestApp } from '../support/app';
import { TestDatabase } from '../support/database';

describe('the Explore page', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => ({ testDb, app } = await seededTestApp()));
  afterAll(() => testDb.destroy());

  const get = (path: string) => request(app).get(path);

  it('turns a submitted form (repeated checkboxes, blank fields) into the clean URL of its filter', async () => {
    const response = await get('/explore?q=&from=2015&to=&jurisdiction=RU&jurisdiction=IN&measure=liquidation&status=');
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/explore?from=2015&jurisdiction=RU,IN&measure=liquidation');
  });

  it('lists what the API lists for the filter, links the downloads of exactly that filter, and pages on', async () => {
    const filter = 'jurisdiction=RU&from=2015-06&to=2025';
    const api = (await get(`/api/v1/designations?${filter}&limit=50`)).body;
    const response = await get(`/explore?${filter}`);
    expect(response.status).toBe(200);
    const page = response.text;
    expect(page).toContain(`${api.total} designations match`);
    expect(page).toContain(
      `<a href="/api/v1/designations.csv?${filter.replace(/&/g, '&amp;')}" download>Download CSV</a>`,
    );
    expect(page).toContain(
      `<a href="/api/v1/designations.csv?${filter.replace(/&/g, '&amp;')}&amp;bom=1" download>Download for Excel (CSV with BOM)</a>`,
    );
    const rows = page.match(/<td data-label="Decided">/g) ?? [];
    expect(rows).toHaveLength(api.items.length);
    expect(page).toContain(
      `href="/explore?${filter.replace(/&/g, '&amp;')}&amp;cursor=${encodeURIComponent(api.next_cursor)}" rel="next">Next page</a>`,
    );
    // The form shows the filter it holds.
    expect(page).toMatch(/<input type="checkbox" id="filter-jurisdiction-\d+" name="jurisdiction" value="RU" checked>/);
    expect(page).toContain('name="from" type="text" value="2015-06"');

    const second = await get(`/explore?${filter}&cursor=${encodeURIComponent(api.next_cursor)}`);
    expect(second.status).toBe(200);
    expect(second.text).toContain(`<a href="/explore?${filter.replace(/&/g, '&amp;')}">First page</a>`);
    // Downloads hold the whole filter, whichever page they are clicked on.
    expect(second.text).toContain(
      `<a href="/api/v1/designations.csv?${filter.replace(/&/g, '&amp;')}" download>Download CSV</a>`,
    );
  });

  it('a filter the API rejects is a 400 page naming each problem beside its field, not a crash', async () => {
    const response = await get('/explore?from=2015-13&measure=banned&organization=no-such-org');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const page = response.text;
    expect(page).toContain('role="alert"');
    expect(page).toContain('&quot;2015-13&quot; is not a valid partial date');
    expect(page).toContain('unknown measure &quot;banned&quot;');
    expect(page).toContain('<a href="#filter-from">Decided from</a>');
    expect(page).toMatch(/id="filter-from"[^>]*aria-invalid="true"/);
    expect(page).not.toContain('Download CSV');
  });

  it('an organization or law that does not exist is a problem with the filter too', async () => {
    const response = await get('/explore?organization=no-such-org');
    expect(response.status).toBe(400);
    expect(response.text).toContain('no organization has this slug');
  });

  it('picks months for a short date range and says what it could not place', async () => {
    const response = await get('/explore?from=2021-01&to=2021-12');
    expect(response.status).toBe(200);
    expect(response.text).toContain('Designations per month for this filter, by jurisdiction');
    // The Insider was designated in 2021, month unknown: counted apart, never in January.
    expect(response.text).toMatch(/Not drawn: 1 designation dated too coarsely to place in one month: 2021 \(1\)\./);
  });
});
