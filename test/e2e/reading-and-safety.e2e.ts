import { Browser, launchBrowser, paintedPixels, saveScreenshot } from './support/browser';
import { HOSTILE_NAME, HOSTILE_SLUG, importHostileDesignation } from './support/hostile-organization';
import { SeededServer, startSeededServer } from './support/seeded-server';

const PHONE = { width: 375, height: 812 };

const PAGES: [name: string, path: string][] = [
  ['home', '/'],
  ['search', '/search?q=Memorial'],
  ['organization', '/organizations/amnesty-international-limited'],
  ['jurisdiction', '/jurisdictions/RU'],
  ['law', '/laws/ru-undesirable-organizations-law'],
  ['explore', '/explore?jurisdiction=RU,IN&from=2020&to=2022'],
];

describe('reading on a phone, without JavaScript, and safely', () => {
  let server: SeededServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startSeededServer((testDb) => importHostileDesignation(testDb.db));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(PAGES)('the %s page fits a 375px wide phone: no sideways scrolling', async (name, path) => {
    const { page, problems } = await browser.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${server.baseUrl}${path}`);
    await page.waitForLoadState('networkidle');
    const widths = await page.evaluate<{ page: number; screen: number }>(
      '({ page: document.documentElement.scrollWidth, screen: document.documentElement.clientWidth })',
    );
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    await saveScreenshot(page, `phone-${name}`);
    expect(problems).toEqual([]);
  });

  it.each([
    ['jurisdiction-russia', '/jurisdictions/RU', 'jurisdiction-per-year'],
    ['law-undesirable-organizations', '/laws/ru-undesirable-organizations-law', 'law-per-year'],
  ])('the %s page draws its designations per year, by measure', async (name, path, figureId) => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${server.baseUrl}${path}`);
    await page.waitForSelector(`#${figureId}[data-chart-drawn="true"]`);
    expect(await paintedPixels(page, `#${figureId}`)).toBeGreaterThan(1000);
    expect(await page.locator(`#${figureId} thead th`).allTextContents()).toContain('Undesirable designation');
    await saveScreenshot(page, name);
    expect(problems).toEqual([]);
  });

  it('without JavaScript, a chart is its data table', async () => {
    const { page } = await browser.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${server.baseUrl}/organizations/amnesty-international-limited`);
    expect(await page.locator('#organization-timeline table').isVisible()).toBe(true);
    expect(await page.locator('#organization-timeline .chart-canvas').isVisible()).toBe(false);
    expect(await page.locator('#organization-timeline tbody tr').count()).toBe(2);
    await saveScreenshot(page, 'organization-without-javascript');
  });

  it('an organization named <script>alert(1)</script> shows as text on every page that names it, and no dialog opens', async () => {
    const { page, problems } = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`${server.baseUrl}/organizations/${HOSTILE_SLUG}`);
    await page.waitForSelector('#organization-timeline[data-chart-drawn="true"]');
    expect(await page.locator('h1').textContent()).toBe(HOSTILE_NAME);
    expect(await page.title()).toContain(HOSTILE_NAME);
    await saveScreenshot(page, 'hostile-organization');

    await page.goto(`${server.baseUrl}/search?q=${encodeURIComponent(HOSTILE_NAME)}`);
    expect(await page.locator('ol.results h3').first().textContent()).toBe(HOSTILE_NAME);
    await page.goto(`${server.baseUrl}/explore?q=${encodeURIComponent('script alert')}`);
    expect(await page.locator('table.designations tbody td[data-label="Organization"] a').first().textContent()).toBe(
      HOSTILE_NAME,
    );
    await saveScreenshot(page, 'hostile-explore');

    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
});
