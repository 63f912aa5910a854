/**
 * Finds the system's Chromium (never a downloaded one) and launches it headless. Free of vitest, so the
 * benchmark uses it too. With no Chromium, it fails and says how to install it.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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

/**
 * Chromium with the site's service worker blocked in every page and context, unless one asks for it
 * (`serviceWorkers: 'allow'`, as the offline tests do): otherwise each fresh context would spend its time
 * saving the site for offline reading, and pages would come from saved copies instead of the build.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  browser.newPage = (options = {}) => newPage({ serviceWorkers: 'block', ...options });
  return browser;
}
