/**
 * Finds the system's Chromium (never a downloaded one) and launches it headless for the tests.
 * With no Chromium, the suite fails and says how to install it.
 */
import fs from 'node:fs';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(candidates: readonly string[] = CANDIDATES): string {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) {
    if (!fs.existsSync(fromEnvironment)) throw new Error(`CHROMIUM_PATH is set to ${fromEnvironment}, but there is no file there.`);
    return fromEnvironment;
  }
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      'The browser tests need Chromium, and none was found.\n' +
        'Install it on Debian or Ubuntu with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or set CHROMIUM_PATH to the path of a Chromium or Chrome binary.',
    );
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

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
