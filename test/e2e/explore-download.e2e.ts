import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { vocabularyLabel } from '../../src/web/templates/labels';
import { Browser, launchBrowser, paintedPixels, saveScreenshot, tableCells } from './support/browser';
import { SeededServer, startSeededServer } from './support/seeded-server';

interface ApiDesignation {
  id: string;
  organization: { name: string };
  unit: string | null;
  measure: string;
  decided_on: string;
}

const FILTER = 'from=2015-06&to=2025&jurisdiction=RU';

/** A designation as the Explore table shows it: decided, organization (unit), measure. */
const asTableRow = (designation: ApiDesignation) => [
  designation.decided_on,
  designation.unit === null ? designation.organization.name : `${designation.organization.name} (${designation.unit})`,
  vocabularyLabel(designation.measure),
];

async function downloadedCsv(page: Page, linkName: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName, exact: true }).click(),
  ]);
  return fs.readFileSync(await download.path());
}

describe('a researcher explores Russia 2015-06 to 2025 and downloads it', () => {
  let server: SeededServer;
  let browser: Browser;
  let api: ApiDesignation[];
  beforeAll(async () => {
    server = await startSeededServer();
    browser = await launchBrowser();
    const response = await fetch(`${server.baseUrl}/api/v1/designations?${FILTER}&limit=500`);
    api = ((await response.json()) as { items: ApiDesignation[] }).items;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the form puts the filter in the URL, and the table, page after page, holds the API rows', async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${server.baseUrl}/explore`);
    await page.getByLabel('Decided from').fill('2015-06');
    await page.getByLabel('Decided to').fill('2025');
    await page.getByRole('checkbox', { name: 'Russia' }).check();
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await page.waitForURL(`${server.baseUrl}/explore?${FILTER}`);
    await page.waitForSelector('#explore-periods[data-chart-drawn="true"]');
    expect(await paintedPixels(page, '#explore-periods')).toBeGreaterThan(1000);
    await saveScreenshot(page, 'explore-russia-2015-06-to-2025');

    // The period chart counts exactly the listed rows: none of them is too coarse to place.
    const chartTotals = (await tableCells(page, '#explore-periods tbody tr')).map((cells) =>
      Number(cells[cells.length - 1]),
    );
    expect(chartTotals.reduce((sum, count) => sum + count, 0)).toBe(api.length);

    const shown: string[][] = [];
    for (let pages = 1; ; pages++) {
      shown.push(
        ...(await tableCells(page, 'table.designations tbody tr')).map((cells) => [cells[0], cells[1], cells[3]]),
      );
      const next = page.getByRole('link', { name: 'Next page' });
      if ((await next.count()) === 0) break;
      expect(pages).toBeLessThan(10);
      await next.click();
      await page.waitForLoadState();
    }
    expect(api.length).toBeGreaterThan(50);
    expect(shown).toEqual(api.map(asTableRow));
    expect(problems).toEqual([]);
  });

  it('"Download CSV" and "Download for Excel" hold the API rows for exactly that filter', async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${server.baseUrl}/explore?${FILTER}`);
    expect(await page.getByRole('link', { name: 'Download CSV', exact: true }).getAttribute('href')).toBe(
      `/api/v1/designations.csv?${FILTER}`,
    );

    const csv = await downloadedCsv(page, 'Download CSV');
    const rows = parse<{ id: string }>(csv, { columns: true });
    expect(rows.map((row) => row.id)).toEqual(api.map((designation) => designation.id));

    const excel = await downloadedCsv(page, 'Download for Excel (CSV with BOM)');
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.subarray(3).equals(csv)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('a filter the API would reject shows its problem next to the form, with a 400', async () => {
    const { page, problems } = await browser.newPage();
    const response = await page.goto(`${server.baseUrl}/explore?from=2015-13&jurisdiction=RU`);
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('from');
    expect(await page.getByLabel('Decided from').getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'explore-invalid-filter');
    // The 400 itself is the one console error a browser reports here.
    expect(problems.filter((problem) => !problem.includes('400'))).toEqual([]);
  });
});
