/**
 * Offline reading (src/plugins/offline): after one visit, a reader with no network still opens the
 * standards, the glossary, the checklists and the lessons of that language, pages they had not opened
 * included; a download fetched once opens again; the page says it is a saved copy; and when a newer
 * build is saved, the page offers to show it. These tests let the service worker run (the others block it).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { openHydrated, useChromium } from './support/chromium';
import { library } from './support/library';
import { goOffline, savedFiles } from './support/offline';
import { listFiles } from '../../src/core/releases/checksummed-folder';
import { isSavedForOffline } from '../../src/plugins/offline/saved-pages';

const baseUrl = inject('baseUrl');
const buildDir = inject('buildDir');
const browser = useChromium();
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A fresh reader's first visit: opens the address and waits until the saved copies are complete. */
async function firstVisit(address: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  context = await browser().newContext({ serviceWorkers: 'allow', viewport: { width: 390, height: 844 }, colorScheme });
  const page = await context.newPage();
  await openHydrated(page, `${baseUrl}${address}`);
  // The worker becomes active only once it has saved every file on its list.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(`${baseUrl}${address.startsWith('/es/') ? '/es/' : '/'}`);
  return page;
}

const NOTICE = {
  en: /^(?:No connection\. You are reading a copy saved on this device\.|The network did not answer in time, so this page is the copy saved on this device\.)/,
  es: /^(?:Sin conexión\. Está leyendo una copia guardada en este dispositivo\.|La red no respondió a tiempo, así que esta página es la copia guardada en este dispositivo\.)/,
};

/** The heading of a page as the build wrote it. */
function builtHeading(file: string): string {
  const html = fs.readFileSync(path.join(buildDir, file), 'utf8');
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return heading
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .trim();
}

const standards = library.standards.filter((standard) => standard.status !== 'retired');
const lessons = (language: string) =>
  fs
    .readdirSync(path.join(buildDir, language === 'en' ? '' : 'es', 'curricula', 'developer-fundamentals'))
    .filter((name) => name.endsWith('.html') && name !== 'print.html')
    .map((name) => `curricula/developer-fundamentals/${name.replace(/\.html$/, '')}`);

describe.each([
  ['en', ''],
  ['es', '/es'],
])('offline reading in %s', (language, prefix) => {
  it('opens pages not yet visited with no network, and says they are saved copies', async () => {
    // One language in the light theme, the other in the dark, so the notice is checked in both.
    const page = await firstVisit(`${prefix}/standards/${standards[0]!.id}`, language === 'en' ? 'light' : 'dark');
    await goOffline(context!);
    // The page already open says at once that the connection is gone, readably.
    await expect(page.getByTestId('saved-copy-notice').innerText()).resolves.toMatch(language === 'en' ? /^No connection\./ : /^Sin conexión\./);
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    // At the end of the page the notice stands below the footer, never over its last lines.
    const covered = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      const footer = document.querySelector('footer')!.getBoundingClientRect();
      const notice = document.querySelector('[data-testid="saved-copy-notice"]')!.getBoundingClientRect();
      return footer.bottom - notice.top;
    });
    expect(covered).toBeLessThanOrEqual(1);
    const folder = language === 'en' ? '' : 'es/';
    const unvisited = [`standards/${standards.at(-1)!.id}`, 'glossary', `checklists/${library.checklists[0]!.id}`, lessons(language).at(-1)!, 'standards'];
    for (const address of unvisited) {
      const response = await page.goto(`${baseUrl}${prefix}/${address}`);
      expect(response?.status(), address).toBe(200);
      await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
      await expect(page.locator('h1').first().innerText(), address).resolves.toBe(builtHeading(`${folder}${address}.html`));
      const notice = page.getByTestId('saved-copy-notice');
      // Which of the two words the page uses depends on whether the browser already knows the connection is gone.
      await expect(notice.innerText(), address).resolves.toMatch(NOTICE[language as 'en' | 'es']);
    }
    // The menus still work: the router opens another part of the site from the saved scripts.
    await page.goto(`${baseUrl}${prefix}/glossary`);
    await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
    await page
      .locator(`a[href="${new URL(baseUrl).pathname.replace(/\/$/, '')}${prefix}/standards/${standards[1]!.id}"]`)
      .first()
      .click();
    await page.waitForURL(`**${prefix}/standards/${standards[1]!.id}`);
    await expect(page.getByTestId('statement').innerText()).resolves.not.toBe('');
  });

  it('says nothing about saved copies while the network answers', async () => {
    const page = await firstVisit(`${prefix}/glossary`);
    await page.goto(`${baseUrl}${prefix}/standards/${standards[2]!.id}`);
    await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
    await page.waitForTimeout(300);
    await expect(page.getByTestId('saved-copy-notice').count()).resolves.toBe(0);
  });
});

describe('what each language saves', () => {
  it.each(['', 'es'])('lists in the worker every file of the build that is to be saved, and no other (%s)', (language) => {
    const folder = path.join(buildDir, language);
    const languages = fs.readdirSync(buildDir).filter((name) => /^[a-z]{2}$/.test(name));
    const wanted = listFiles(folder).filter((file) => !languages.some((other) => file.startsWith(`${other}/`)) && isSavedForOffline(file));
    const saved = savedFiles(folder);
    expect(wanted).toContain('404.html');
    expect(wanted.filter((file) => file.startsWith('standards/')).length).toBeGreaterThan(library.standards.length);
    expect([...saved].sort()).toEqual(wanted);
  });
});

describe('downloads and updates, offline', () => {
  it('keeps a download once fetched, and opens it again with no network', async () => {
    const page = await firstVisit(`/checklists/${library.checklists[0]!.id}`);
    // The second page load is controlled by the worker, so its fetches pass through it.
    await openHydrated(page, `${baseUrl}/checklists/${library.checklists[0]!.id}`);
    const link = await page.locator('a[href*="/downloads/"][href$=".csv"]').first().getAttribute('href');
    expect(link).toMatch(/\/downloads\/.+\.csv$/);
    const read = (address: string) =>
      page.evaluate(async (url) => {
        const response = await fetch(url);
        return { status: response.status, text: await response.text() };
      }, address);
    const online = await read(link!);
    expect(online.status).toBe(200);
    await goOffline(context!);
    const offline = await read(link!);
    expect(offline).toEqual(online);
    // A download never fetched is not invented.
    await expect(read(link!.replace(/\.csv$/, '.json'))).rejects.toThrow();
  });

  it('offers to show a newer version once it is saved', async () => {
    const page = await firstVisit('/glossary');
    await openHydrated(page, `${baseUrl}/glossary`);
    // A new build brings a new worker. The browser fetches the worker itself, past any test route, so the
    // served file gains a line for the length of this test; the other test files block service workers.
    const worker = path.join(buildDir, 'sw.js');
    const original = fs.readFileSync(worker);
    fs.writeFileSync(worker, `${original}\n// a newer build\n`);
    try {
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const popup = page.getByTestId('new-version-ready');
      await popup.waitFor({ timeout: 30_000 });
      await expect(popup.innerText()).resolves.toMatch(/^A newer version of the library is ready on this device\./);
      await expect(accessibilityViolations(page)).resolves.toEqual([]);
      await Promise.all([page.waitForEvent('load'), popup.getByRole('button', { name: 'Show the new version' }).click()]);
      await expect(page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).resolves.toBe(false);
      await expect(page.getByTestId('new-version-ready').count()).resolves.toBe(0);
    } finally {
      fs.writeFileSync(worker, original);
    }
  });
});
