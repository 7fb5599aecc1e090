import { Browser, launchBrowser, saveScreenshot } from './support/browser';
import { SeededServer, startSeededServer } from './support/seeded-server';

describe('a journalist asks whether what happened to Human Rights Watch in Russia has happened before', () => {
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

  it('the precedents form answers with the case in brief and the ranked precedents of the API, each with its sources', async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${server.baseUrl}/precedents`);
    await page.getByLabel('Organization', { exact: true }).fill('Human Rights Watch');
    await page.getByLabel('Acted against by').selectOption({ label: 'Russia' });
    await page.getByRole('button', { name: 'Find precedents' }).click();
    await page.waitForURL(`${server.baseUrl}/precedents?organization=Human%20Rights%20Watch&jurisdiction=RU`);

    const brief = (await page.locator('.in-brief').textContent())!.replace(/\s+/g, ' ');
    expect(brief).toMatch(
      /The case: Human Rights Watch: undesirable designation by Russia on \d{4}-\d{2}-\d{2}, under Undesirable organizations law\./,
    );
    expect(brief).toMatch(
      new RegExp(
        String.raw`Human Rights Watch was the \d+\w\w organization acted against under Russia's Undesirable organizations law; ` +
          'the first was National Endowment for Democracy',
      ),
    );

    const api = (await (
      await fetch(`${server.baseUrl}/api/v1/precedents?organization=Human%20Rights%20Watch&jurisdiction=RU`)
    ).json()) as {
      precedents: { explanation: string }[];
    };
    const shown = (await page.locator('ol.precedents .explanation').allTextContents()).map((text) => text.trim());
    expect(shown).toEqual(api.precedents.map((precedent) => precedent.explanation));
    expect(shown[0]).toContain("Human Rights Watch's Moscow office had its registration revoked");
    expect(await page.locator('ol.precedents > li').first().locator('.precedent-sources a').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'precedents-human-rights-watch-russia');
    expect(problems).toEqual([]);
  });

  it('a name shared by several organizations asks which one is meant', async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${server.baseUrl}/precedents?organization=Amnesty&jurisdiction=RU`);
    await page.getByRole('link', { name: 'Amnesty International Limited' }).click();
    await page.waitForURL(/organization=amnesty-international-limited&jurisdiction=RU$/);
    expect((await page.locator('.in-brief').textContent())!.replace(/\s+/g, ' ')).toContain(
      'undesirable designation by Russia on 2025-05-19',
    );
    await saveScreenshot(page, 'precedents-amnesty-chosen');
    expect(problems).toEqual([]);
  });
});
