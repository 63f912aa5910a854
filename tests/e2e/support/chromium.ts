/** Chromium for the browser tests: one per test file, and a way to open a page once React has taken it over. */
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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
  await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
  return response;
}
