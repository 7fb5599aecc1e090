import { Browser, launchBrowser, saveScreenshot } from './support/browser';
import { SeededServer, startSeededServer } from './support/seeded-server';

describe('the API docs page', () => {
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

  it('renders every operation under the site Content-Security-Policy, with no violation', async () => {
    const { page, problems } = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${server.baseUrl}/api/docs`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForSelector('.opblock-summary-path');
    const paths = await page.locator('.opblock-summary-path').allTextContents();
    expect(paths).toEqual(expect.arrayContaining(['/designations', '/designations.csv', '/feed.atom']));
    // Opening an operation shows its parameters and responses, 429 included.
    await page.locator('#operations-designations-listDesignations .opblock-summary').click();
    await page.waitForSelector('#operations-designations-listDesignations .responses-table');
    expect(
      await page.locator('#operations-designations-listDesignations .response-col_status').allTextContents(),
    ).toEqual(expect.arrayContaining(['200', '400', '414', '429']));
    await saveScreenshot(page, 'api-docs');
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});
