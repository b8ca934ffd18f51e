// What a browser test needs from Chromium: where it is (Debian's /usr/bin/chromium, or
// $CASEFILE_CHROMIUM), why the test is skipped without it, and a headless page with errors recorded.
import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";

export const CHROMIUM = process.env.CASEFILE_CHROMIUM || "/usr/bin/chromium";
export const SKIP = existsSync(CHROMIUM)
  ? false
  : `no Chromium at ${CHROMIUM}: apt-get install chromium to run the browser tests`;

export interface BrowserPage {
  browser: Browser;
  page: Page;
  /** Errors thrown in the page. */
  errors: string[];
  /** Opens a hash route of the app at `origin` and waits until its view is drawn. */
  open(origin: string, hash: string): Promise<void>;
}

export async function launchPage(): Promise<BrowserPage> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return {
    browser,
    page,
    errors,
    async open(origin, hash) {
      await page.goto(`${origin}/${hash}`);
      await page.waitForSelector('#view[data-state="ready"]');
    },
  };
}
