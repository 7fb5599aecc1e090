import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { seedDatabase } from '../../src/services/seed/seed-database';
import { buildTestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { Browser, launchBrowser, paintedPixels, saveScreenshot, SCREENSHOTS_DIR } from './support/browser';

const PHONE = { width: 375, height: 812 };

/** The app on the real seed (seeds/data): the maps and law families only show across its 27 jurisdictions. */
async function startRealSeedServer(): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const testDb: TestDatabase = await createTestDatabase();
  await seedDatabase(testDb.db);
  const server: Server = await new Promise((resolve) => {
    const listening = buildTestApp(testDb.db).listen(0, '127.0.0.1', () => resolve(listening));
  });
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await testDb.destroy();
    },
  };
}

describe('the world map and the law family pages in a browser', () => {
  let server: Awaited<ReturnType<typeof startRealSeedServer>>;
  let browser: Browser;
  beforeAll(async () => {
    server = await startRealSeedServer();
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the home map: shaded countries and small states are links; the keyboard reaches one and Enter opens its page', async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${server.baseUrl}/`);
    const map = page.locator('#designations-map');
    await map.scrollIntoViewIfNeeded();
    expect(await map.locator('svg a').count()).toBeGreaterThanOrEqual(27);
    expect(await map.locator('svg a[href="/jurisdictions/HK"] circle').count()).toBe(1);
    // Its accessible name is what a screen reader announces for the link.
    expect(await page.getByRole('link', { name: /^Russia: \d+ designations$/ }).count()).toBe(1);
    await saveScreenshot(page, 'home-world-map');
    await map.screenshot({ path: path.join(SCREENSHOTS_DIR, 'home-world-map-only.png') });

    let focused: { inMap: boolean; label: string | null; href: string | null } = {
      inMap: false,
      label: null,
      href: null,
    };
    for (let presses = 0; presses < 80 && !focused.inMap; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate<typeof focused>(`(() => {
        const element = document.activeElement;
        return {
          inMap: !!element && !!element.closest('#designations-map svg'),
          label: element && element.getAttribute('aria-label'),
          href: element && element.getAttribute('href'),
        };
      })()`);
    }
    expect(focused.inMap).toBe(true);
    expect(focused.label).toMatch(/^Russia: \d+ designations$/);
    await saveScreenshot(page, 'home-world-map-focused');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.baseUrl}${focused.href}`);
    expect(await page.locator('h1').textContent()).toBe('Russia (RU)');
    expect(problems).toEqual([]);
  });

  it('a small state on the map is a marker that a click follows', async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.locator('#designations-map a[href="/jurisdictions/HK"] circle').click();
    await page.waitForURL(`${server.baseUrl}/jurisdictions/HK`);
    expect(await page.locator('h1').textContent()).toBe('Hong Kong (HK)');
    expect(problems).toEqual([]);
  });

  it('the foreign agent family page draws the diffusion timeline, Russia first, and maps the family', async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${server.baseUrl}/law-families/foreign_agent`);
    await page.waitForSelector('#law-family-diffusion[data-chart-drawn="true"]');
    expect(await paintedPixels(page, '#law-family-diffusion')).toBeGreaterThan(1000);
    expect(await page.locator('table.law-family tbody tr').first().locator('td').nth(1).textContent()).toBe('Russia');
    expect(await page.locator('#law-family-map svg a').count()).toBe(5);
    await saveScreenshot(page, 'law-family-foreign-agent');
    await page
      .locator('#law-family-diffusion')
      .screenshot({ path: path.join(SCREENSHOTS_DIR, 'law-family-foreign-agent-diffusion.png') });
    await page.getByRole('link', { name: /^Kyrgyzstan: \d+ designations?$/ }).click();
    await page.waitForURL(`${server.baseUrl}/jurisdictions/KG`);
    expect(problems).toEqual([]);
  });

  it.each([
    ['home', '/'],
    ['law-families', '/law-families'],
    ['law-family', '/law-families/ngo_registration'],
  ])('the %s page fits a 375px wide phone with its map: no sideways scrolling', async (name, path) => {
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

  it('without JavaScript the map is the same, and the diffusion chart is its data table', async () => {
    const { page } = await browser.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${server.baseUrl}/law-families/foreign_agent`);
    expect(await page.locator('#law-family-map svg a').count()).toBe(5);
    expect(await page.locator('#law-family-diffusion table').isVisible()).toBe(true);
    await saveScreenshot(page, 'law-family-without-javascript');
  });
});
