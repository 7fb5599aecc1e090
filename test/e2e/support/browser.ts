import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

/** Where every browser test leaves a screenshot of the page it checked (gitignored; CI prints the path). */
export const SCREENSHOTS_DIR = path.resolve(__dirname, '../../../test-artifacts/screenshots');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Quiet, self-contained chromium: no sandbox (CI runs as root), no GPU, and none of the background
// traffic (updates, sync, field trials) that would reach past the loopback interface.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  /** A new tab that records every console error and uncaught exception into `problems`. */
  newPage(): Promise<{ page: Page; problems: string[] }>;
  close(): Promise<void>;
}

/** Debian's chromium through playwright-core, with a fresh profile that is deleted afterwards. */
export async function launchBrowser(): Promise<Browser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ngo-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  // CI shares two cores between chromium, the app and the database: allow slow pages, not hung ones.
  context.setDefaultTimeout(60_000);
  return {
    context,
    async newPage() {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      return { page, problems };
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}

// The little of the DOM that paintedPixels uses: the type checker runs without the DOM library.
interface CanvasElement {
  width: number;
  height: number;
  getContext(
    kind: '2d',
  ): { getImageData(x: number, y: number, width: number, height: number): { data: ArrayLike<number> } } | null;
}

/** How many pixels of a figure's canvas are painted: 0 means the chart never drew. */
export function paintedPixels(page: Page, figureSelector: string): Promise<number> {
  return page.locator(`${figureSelector} canvas`).evaluate((canvas) => {
    const element = canvas as unknown as CanvasElement;
    const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
    let painted = 0;
    for (let alpha = 3; alpha < data.length; alpha += 4) if (data[alpha] !== 0) painted++;
    return painted;
  });
}

/** The id of the element that has the keyboard focus. */
export async function focusedElementId(page: Page): Promise<string> {
  return String(await page.evaluate('document.activeElement ? document.activeElement.id : ""'));
}

/** Each row of the table (the rows `rowSelector` matches) as the text of its cells. */
export async function tableCells(page: Page, rowSelector: string): Promise<string[][]> {
  const rows = await page.locator(rowSelector).all();
  return Promise.all(rows.map(async (row) => (await row.locator('td').allTextContents()).map((text) => text.trim())));
}
