import { Browser, focusedElementId, launchBrowser, paintedPixels, saveScreenshot, tableCells } from './support/browser';
import { SeededServer, startSeededServer } from './support/seeded-server';

/** The points Chart.js holds for a figure's chart, read from the page (not from our spec). */
const DRAWN_POINTS = (figureId: string) => `(() => {
  const chart = Chart.getChart(document.querySelector('#${figureId} canvas'));
  return chart.data.datasets.flatMap((dataset) => dataset.data.map((point) => ({ series: dataset.label, ...point })));
})()`;

interface DrawnPoint {
  series: string;
  lane: string;
  date: string;
  x: number;
}

describe('a journalist searches "Amnesty" and reads its timeline', () => {
  let server: SeededServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startSeededServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reaches the search box by keyboard, finds Amnesty, and its timeline chart shows the 2022 and 2025 Russian events', async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.waitForSelector('#designations-per-year[data-chart-drawn="true"]');
    expect(await paintedPixels(page, '#designations-per-year')).toBeGreaterThan(1000);
    await saveScreenshot(page, 'home');

    // The first Tab lands on the skip link; a few more reach the search box through the navigation.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus').textContent()).resolves.toBe('Skip to content');
    for (let presses = 0; presses < 10 && (await focusedElementId(page)) !== 'search-q'; presses++)
      await page.keyboard.press('Tab');
    await page.keyboard.type('Amnesty');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=Amnesty$/);
    const results = await page.locator('ol.results h3').allTextContents();
    expect(results.slice(0, 3)).toEqual([
      'Amnesty International',
      'Amnesty International Limited',
      'Amnesty International India',
    ]);
    await saveScreenshot(page, 'search-amnesty');

    await page.getByRole('link', { name: 'Amnesty International', exact: true }).first().click();
    await page.waitForURL(/\/organizations\/amnesty-international$/);
    await page.waitForSelector('#organization-timeline[data-chart-drawn="true"]');

    expect(await tableCells(page, '#organization-timeline tbody tr')).toEqual(
      expect.arrayContaining([
        ['2022-04-08', 'Russia', 'Decided', 'Registration revoked: Amnesty International Limited (Moscow office)'],
        ['2025-05-19', 'Russia', 'Decided', 'Undesirable designation: Amnesty International Limited'],
      ]),
    );
    const drawn = await page.evaluate<DrawnPoint[]>(DRAWN_POINTS('organization-timeline'));
    const russian = drawn.filter((point) => point.lane === 'Russia').map((point) => [point.date, Math.floor(point.x)]);
    expect(russian).toEqual(
      expect.arrayContaining([
        ['2022-04-08', 2022],
        ['2025-05-19', 2025],
      ]),
    );
    expect(await paintedPixels(page, '#organization-timeline')).toBeGreaterThan(1000);
    // Drawn, the chart takes the data table's place; the table stays one click away.
    expect(await page.locator('#organization-timeline details.chart-data').getAttribute('open')).toBeNull();
    await saveScreenshot(page, 'organization-amnesty-international');

    expect(problems).toEqual([]);
  });
});
