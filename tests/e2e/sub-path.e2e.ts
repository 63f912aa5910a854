/**
 * The site published under a base path, as on a GitHub Pages project address (https://<org>.github.io/<repo>/):
 * `npm run build:sub-path` builds it under /library/, and these checks run a sample of what a reader does
 * there. Every address the pages use stays under the path and answers; search, downloads, feeds and the
 * offline worker work under it; the kept pages of past releases lead back into it.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openHydrated, useChromium } from './support/chromium';
import { library } from './support/library';
import { goOffline } from './support/offline';

const siteUrl = inject('subPathUrl');
const browser = useChromium();
const base = siteUrl ? new URL(siteUrl).pathname : '';
const origin = siteUrl ? new URL(siteUrl).origin : '';
const standard = library.standards.find((item) => item.status !== 'retired')!;
const newest = library.snapshots.at(-1)!.version;
const profile = library.checklists[0]!;

beforeAll(() => {
  if (!siteUrl) throw new Error('There is no build under a base path to test. Run "npm run build:sub-path" first (npm test does it for you).');
});

/** The addresses of the site that a page uses: links, scripts, styles, pictures and forms, without their fragment. */
async function addressesOn(page: Page): Promise<string[]> {
  const found = await page.evaluate(() =>
    Array.from(document.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')).map(
      (element) => (element as HTMLAnchorElement).href || (element as HTMLScriptElement).src || (element as HTMLFormElement).action,
    ),
  );
  return found.map((address) => address.replace(/#.*$/, '')).filter((address) => address.startsWith(origin));
}

describe('the site under a base path', () => {
  const pages = [
    '/',
    '/standards',
    `/standards/${standard.id}`,
    '/glossary',
    `/checklists/${profile.id}`,
    '/curricula',
    '/es/standards',
    `/es/standards/${standard.id}`,
    `/releases/${newest}`,
    `/standards/${newest}`,
    `/es/standards/${newest}/${standard.id}`,
  ];
  const checked = new Map<string, number>();
  let page: Page;
  // The service worker runs, as for a reader: its registration is one of the requests checked.
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext({ serviceWorkers: 'allow' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
  });

  it.each(pages)('keeps every address of %s under the base path, and each one answers', async (address) => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const response = await openHydrated(page, `${siteUrl}${address}`);
    expect(response?.status()).toBe(200);
    const addresses = await addressesOn(page);
    expect(addresses.length).toBeGreaterThan(5);
    expect(
      addresses.filter((found) => !new URL(found).pathname.startsWith(base)),
      address,
    ).toEqual([]);
    for (const found of new Set(addresses)) {
      if (!checked.has(found)) checked.set(found, (await fetch(found, { method: 'HEAD' })).status);
      expect(checked.get(found), `${found} on ${address}`).toBe(200);
    }
    // No script, style or request was refused (by the server or the Content-Security-Policy).
    expect(errors, address).toEqual([]);
    page.removeAllListeners('console');
  });

  it('searches, and the results open under the base path', async () => {
    await openHydrated(page, `${siteUrl}/search?q=${encodeURIComponent(standard.title.split(' ')[0]!)}`);
    const results = page.locator('main [data-search-result]');
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !href.startsWith(base))).toEqual([]);
    await results.first().click();
    await page.waitForURL((url) => url.pathname !== `${base}/search`);
    expect(new URL(page.url()).pathname.startsWith(base)).toBe(true);
    await expect(page.locator('h1').first().innerText()).resolves.not.toBe('');
  });

  it("serves a checklist's downloads from under the base path", async () => {
    await openHydrated(page, `${siteUrl}/checklists/${profile.id}`);
    const downloads = await page.locator('a[href*="/downloads/"]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(downloads.length).toBeGreaterThanOrEqual(5);
    for (const address of downloads) {
      expect(new URL(address).pathname.startsWith(`${base}/downloads/`), address).toBe(true);
      const response = await fetch(address);
      expect(response.status, address).toBe(200);
      expect((await response.arrayBuffer()).byteLength, address).toBeGreaterThan(100);
    }
    // A released pack is served as it was cut, so its own links keep the address of the cut.
    const json = await (await fetch(downloads.find((address) => address.endsWith('.en.json'))!)).json();
    expect(json.id).toBe(profile.id);
  });

  it('publishes feeds whose links lead to the site under its base path', async () => {
    for (const feed of ['/feeds/releases.json', '/es/feeds/releases.json']) {
      const json = await (await fetch(`${siteUrl}${feed}`)).json();
      const urls: string[] = [json.home_page_url, json.feed_url, ...json.items.map((item: { url: string }) => item.url)];
      expect(
        urls.filter((url) => !new URL(url).pathname.startsWith(`${base}/`)),
        feed,
      ).toEqual([]);
    }
    const atom = await (await fetch(`${siteUrl}/feeds/releases.atom`)).text();
    const links = [...atom.matchAll(/<link[^>]*href="([^"]+)"/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(1);
    expect(links.filter((url) => !new URL(url).pathname.startsWith(`${base}/`))).toEqual([]);
  });

  it('saves the pages for offline reading under the base path', async () => {
    const context = await browser().newContext({ serviceWorkers: 'allow' });
    const reader = await context.newPage();
    await openHydrated(reader, `${siteUrl}/glossary`);
    await expect(reader.evaluate(async () => (await navigator.serviceWorker.ready).scope)).resolves.toBe(`${siteUrl}/`);
    await goOffline(context);
    const other = library.standards.filter((item) => item.status !== 'retired').at(-1)!;
    const response = await reader.goto(`${siteUrl}/standards/${other.id}`);
    expect(response?.status()).toBe(200);
    await reader.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
    await expect(reader.getByTestId('statement').innerText()).resolves.toBe(other.statement);
    await context.close();
  });
});
