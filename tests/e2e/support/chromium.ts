/** Chromium for the browser tests: one per test file, and a way to open a page once React has taken it over. */
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from './launch-chromium';

export { findChromium, launchChromium } from './launch-chromium';

/** Starts one Chromium for the test file and closes it at the end; call the result to get it. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium has not started yet: use the browser inside a test.');
    return browser;
  };
}

/** Opens a page and waits until React has taken it over, so clicks reach the app and not only the HTML. */
export async function openHydrated(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  // An archived page of a past release is plain HTML that no script takes over (no data-has-hydrated, no <script>).
  const archived = await page.evaluate(() => !document.documentElement.hasAttribute('data-has-hydrated') && document.scripts.length === 0);
  if (!archived) await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
  return response;
}

export interface PageOptions {
  width?: number;
  colorScheme?: 'light' | 'dark';
  /** Open the address in this page instead of a new one. */
  page?: Page;
  /** Open a new page in this context (to share its storage) instead of a fresh one. */
  context?: BrowserContext;
}

/**
 * Opens an address of the built site (or a full URL) in a new page, waits until React has taken it
 * over, and checks that it answered 200.
 */
export async function openPage(browser: Browser, address: string, options: PageOptions = {}): Promise<Page> {
  const page =
    options.page ??
    (options.context
      ? await options.context.newPage()
      : await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light', acceptDownloads: true }));
  const response = await openHydrated(page, address.startsWith('http') ? address : `${inject('baseUrl')}${address}`);
  expect(response?.status(), address).toBe(200);
  return page;
}
