import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { openHydrated, useChromium } from './support/chromium';

const baseUrl = inject('baseUrl');
// The build under test: build/, or the folder named by BUILD_DIR (see support/serve-build.ts).
const BUILD = inject('buildDir');
const browser = useChromium();

async function open(address: string, page?: Page): Promise<Page> {
  const target = page ?? (await browser().newPage({ viewport: { width: 1280, height: 900 } }));
  const response = await openHydrated(target, `${baseUrl}${address}`);
  expect(response?.status(), address).toBe(200);
  return target;
}

const navbarInput = (page: Page) => page.locator('.navbar input[type="search"]');
const navbarResults = (page: Page) => page.locator('.navbar [data-search-result]');
const pageResults = (page: Page) => page.locator('main [data-search-result]');
const hrefs = (page: Page, selector: string) => page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href')));

describe('the search box in the navbar', () => {
  it('opens with Ctrl+K, shows results as you type, and moves through them with the arrow keys', async () => {
    const page = await open('/standards');
    await page.keyboard.press('Control+k');
    expect(await navbarInput(page).evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('patronage');
    await navbarResults(page).first().waitFor();
    const shown = await hrefs(page, '.navbar [data-search-result]');
    expect(shown.length).toBeGreaterThan(2);
    expect(shown.slice(0, 3)).toContain('/glossary#patronage');
    await expect(page.locator('.navbar [role="status"]').textContent()).resolves.toMatch(/^\d+ results/);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe(shown[1]);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(shown[0]);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === shown[0]);
    await page.close();
  });

  it('offers the word the reader meant under the navbar box once a misspelled word is typed out', async () => {
    const page = await open('/es/standards');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('estatuots ');
    const suggestion = page.locator('.navbar [data-testid="search-suggestion"]');
    await expect(suggestion.getByRole('link').textContent()).resolves.toBe('estatutos');
    expect((await hrefs(page, '.navbar [data-search-result]')).length).toBeGreaterThan(0);
    await suggestion.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/es/search' && url.searchParams.get('q') === 'estatutos');
    await page.close();
  });

  it('takes an exact standard ID straight to that standard with Enter', async () => {
    const page = await open('/');
    await page.keyboard.press('/');
    await page.keyboard.type('gov03');
    await navbarResults(page).first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/standards/GOV-03`);
    await page.locator('main h1', { hasText: 'GOV-03' }).waitFor();
    await page.close();
  });

  it('sends other queries to the full results page with Enter, and closes with Escape', async () => {
    const page = await open('/');
    await navbarInput(page).fill('capital account');
    await navbarResults(page).first().waitFor();
    await page.keyboard.press('Escape');
    expect(await navbarResults(page).first().isVisible()).toBe(false);
    await navbarInput(page).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=capital%20account$/);
    await pageResults(page).first().waitFor();
    await page.close();
  });

  it('searches Spanish pages from a Spanish page, without accents', async () => {
    const page = await open('/es/');
    await navbarInput(page).fill('decision');
    await navbarResults(page).first().waitFor();
    const shown = await hrefs(page, '.navbar [data-search-result]');
    expect(shown.every((href) => href?.startsWith('/es/'))).toBe(true);
    const marked = await page.locator('.navbar [data-search-result] mark').allTextContents();
    expect(marked.map((word) => word.toLowerCase())).toContain('decisiones');
    await page.close();
  });
});

describe('the search page', () => {
  it('filters by facets, keeps them in the address, and a shared address shows the same results', async () => {
    const page = await open('/search?q=capital%20account');
    await pageResults(page).first().waitFor();
    const status = async () => Number((await page.locator('main [role="status"]').textContent())?.match(/^\d+/)?.[0]);
    const before = await status();
    expect((await hrefs(page, 'main [data-search-result]')).some((href) => !href?.startsWith('/standards/'))).toBe(true);
    await page.getByRole('checkbox', { name: /^Standard\b/ }).check();
    await page.waitForURL(/type=standard/);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('main [data-search-result]')).every((link) => link.getAttribute('href')?.startsWith('/standards/')));
    const standards = await hrefs(page, 'main [data-search-result]');
    expect(standards.length).toBeGreaterThan(0);
    expect(await status()).toBeLessThan(before);

    const shared = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    await pageResults(shared).first().waitFor();
    expect(await hrefs(shared, 'main [data-search-result]')).toEqual(standards);
    expect(await shared.getByRole('checkbox', { name: /^Standard\b/ }).isChecked()).toBe(true);
    await Promise.all([page.close(), shared.close()]);
  });

  it('searches one language by default and both on request', async () => {
    const page = await open('/es/search?q=patronage');
    await pageResults(page).first().waitFor();
    expect((await hrefs(page, 'main [data-search-result]')).every((href) => href?.startsWith('/es/'))).toBe(true);
    await page.getByRole('checkbox', { name: /También buscar/ }).check();
    await page.waitForURL(/lang=all/);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('main [data-search-result]')).some((link) => !link.getAttribute('href')?.startsWith('/es/')));
    await page.close();
  });

  it.each([
    ['', 'memebrship', 'membership'],
    ['/es', 'conversoin', 'conversión'],
  ])('finds pages for a misspelled word and offers what the reader meant (%s)', async (prefix, typed, meant) => {
    const page = await open(`${prefix}/search?q=${encodeURIComponent(typed)}`);
    await pageResults(page).first().waitFor();
    const suggestion = page.getByTestId('search-suggestion');
    await expect(suggestion.getByRole('button').textContent()).resolves.toBe(meant);
    await suggestion.getByRole('button').click();
    await page.waitForURL((url) => url.searchParams.get('q') === meant);
    await expect(page.locator('main input[type="search"]').inputValue()).resolves.toBe(meant);
    await page.getByTestId('search-suggestion').waitFor({ state: 'detached' });
    await page.close();
  });

  it('lands on the heading of a section result', async () => {
    const page = await open('/search?q=quorum%20enough%20people');
    await pageResults(page).first().waitFor();
    const withAnchor = (await hrefs(page, 'main [data-search-result]')).find((href) => href?.includes('#'));
    expect(withAnchor).toBeDefined();
    await pageResults(page)
      .and(page.locator(`[href="${withAnchor}"]`))
      .first()
      .click();
    await page.waitForURL((url) => url.hash === `#${withAnchor!.split('#')[1]}`);
    // The address changes a moment before the new page renders: wait for the heading itself.
    const heading = page.locator(`[id="${decodeURIComponent(withAnchor!.split('#')[1]!)}"]`);
    await heading.waitFor({ state: 'attached' });
    await expect(heading.count()).resolves.toBe(1);
    await page.close();
  });

  it('keeps working with the network cut after the page has loaded', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await open('/search?q=patronage', page);
    await pageResults(page).first().waitFor();
    const indexFiles = fs.readdirSync(path.join(BUILD, 'search-index')).length;
    await page.waitForFunction((count) => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/search-index/')).length >= count, indexFiles);
    await context.setOffline(true);
    await page.getByLabel(/standard's ID/).fill('quorum');
    await page.waitForFunction(() => Array.from(document.querySelectorAll('main [data-search-result]')).some((link) => link.getAttribute('href') === '/glossary#quorum'));
    await navbarInput(page).fill('interpreters');
    await navbarResults(page).first().waitFor();
    await context.close();
  });

  for (const language of ['', '/es']) {
    for (const theme of ['light', 'dark'] as const) {
      it(`has no accessibility violation with results and the navbar list open (${language ? 'Spanish' : 'English'}, ${theme})`, async () => {
        const page = await browser().newPage({ colorScheme: theme });
        await open(`${language}/search?q=${language ? 'asamblea' : 'general%20meeting'}`, page);
        await pageResults(page).first().waitFor();
        await navbarInput(page).fill(language ? 'socios' : 'members');
        await navbarResults(page).first().waitFor();
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }
});

describe('the built site', () => {
  it('holds a search index for each language', () => {
    for (const folder of ['search-index', 'es/search-index']) {
      const manifest = JSON.parse(fs.readFileSync(path.join(BUILD, folder, 'manifest.json'), 'utf8'));
      expect(manifest.documents).toBeGreaterThan(100);
      expect(fs.readdirSync(path.join(BUILD, folder)).length).toBeGreaterThan(manifest.shards.length);
    }
  });

  it('never holds the Algolia admin key, or a reference to it', () => {
    const secret = process.env.ALGOLIA_ADMIN_KEY;
    const offending: string[] = [];
    for (const entry of fs.readdirSync(BUILD, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(js|html|json|css|txt|xml)$/.test(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      const text = fs.readFileSync(file, 'utf8');
      if (text.includes('ALGOLIA_ADMIN_KEY') || /adminKey/i.test(text) || (secret && text.includes(secret))) offending.push(path.relative(BUILD, file));
    }
    expect(offending).toEqual([]);
  });
});
