/**
 * What a page loads is kept to what it shows: the code highlighter and each tool travel with the pages
 * that show them, not in the script every page loads (src/plugins/lean-client, src/plugins/mdx-safety).
 */
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/chromium';

const baseUrl = inject('baseUrl');
const browser = useChromium();

/**
 * The text of every script the browser loads to show a page, by address, until the network is quiet.
 * What it fetches ahead for the pages the links lead to (`<link rel="prefetch">`) is left out.
 */
async function scriptsLoadedBy(address: string): Promise<Map<string, string>> {
  const page = await browser().newPage();
  const scripts = new Map<string, Promise<string>>();
  page.on('response', (response) => {
    const headers = response.request().headers();
    const prefetch = /prefetch/i.test(headers['sec-purpose'] ?? headers.purpose ?? '');
    if (response.url().endsWith('.js') && !prefetch) scripts.set(response.url(), response.text());
  });
  await page.goto(`${baseUrl}${address}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
  const loaded = new Map(await Promise.all([...scripts].map(async ([url, text]) => [url, await text] as const)));
  await page.close();
  return loaded;
}

// Strings only Prism's code holds: a hook of its tokenizer, and the name of its core in its language map.
const PRISM = ['before-tokenize', 'prism-core'];
// Test IDs that the forms of two tools carry, as the bundler writes them into the tools' code.
const PATRONAGE = '"data-testid":"patronage-calculator"';
const BUY_IN = '"data-testid":"buy-in-schedule"';

const holding = (scripts: Map<string, string>, marker: string) => [...scripts].filter(([, code]) => code.includes(marker)).map(([url]) => url);

describe('the scripts a page loads', () => {
  it("hold a tool's code on the page of that tool, and no other tool's", async () => {
    const scripts = await scriptsLoadedBy('/tools/patronage-calculator');
    expect(holding(scripts, PATRONAGE)).toHaveLength(1);
    expect(holding(scripts, BUY_IN)).toEqual([]);
  });

  it("hold no tool's code and no code highlighter on a lesson page that shows neither", async () => {
    const scripts = await scriptsLoadedBy('/curricula/conversion-practitioner/engaging-owners');
    expect(scripts.size).toBeGreaterThan(2);
    for (const marker of [PATRONAGE, BUY_IN, ...PRISM]) expect(holding(scripts, marker), marker).toEqual([]);
  });

  it('hold no code highlighter on the home page and a standard page, in either language', async () => {
    for (const address of ['/', '/es/', '/standards/GOV-01', '/es/standards/GOV-01']) {
      const scripts = await scriptsLoadedBy(address);
      expect(scripts.size, address).toBeGreaterThan(1);
      for (const marker of PRISM) expect(holding(scripts, marker), `${address}: ${marker}`).toEqual([]);
    }
  });
});

describe('fetching ahead the pages that links lead to', () => {
  it('still happens, once the page is idle', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/curricula/conversion-practitioner/engaging-owners`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelectorAll('link[rel="prefetch"]').length > 0, undefined, { timeout: 10_000 });
    const prefetched = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]'), (link) => link.href));
    expect(prefetched.every((href) => href.endsWith('.js'))).toBe(true);
    await page.close();
  });
});

describe('the phone menu', () => {
  const LESSON = '/curricula/conversion-practitioner/engaging-owners';

  async function phonePage(address: string) {
    const page = await browser().newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${baseUrl}${address}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
    return page;
  }

  it('is not drawn as the page starts, and opens with the page sidebar and the site links when the button is pressed', async () => {
    const page = await phonePage(LESSON);
    expect(await page.locator('.navbar-sidebar').count()).toBe(0);
    const button = page.locator('button.navbar__toggle');
    await button.click();
    await page.locator('.navbar-sidebar').waitFor({ state: 'visible' });
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const menu = page.locator('.navbar-sidebar');
    expect(await menu.locator(`a[href="${LESSON}"]`).first().isVisible()).toBe(true);
    await menu.getByRole('button', { name: /main menu/i }).click();
    expect(await menu.locator('a[href="/standards"]').first().isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('.navbar-sidebar__close').click();
    await page.waitForFunction(() => !document.querySelector('.navbar-sidebar--show'));
    expect(await page.locator('.navbar-sidebar').count()).toBe(1);
    await page.close();
  });

  it('opens from the keyboard, in Spanish too', async () => {
    const page = await phonePage(`/es${LESSON}`);
    await page.locator('button.navbar__toggle').focus();
    await page.keyboard.press('Enter');
    const menu = page.locator('.navbar-sidebar');
    await menu.waitFor({ state: 'visible' });
    expect(await menu.locator(`a[href="/es${LESSON}"]`).first().isVisible()).toBe(true);
    await page.close();
  });
});

describe('a doc page as it starts', () => {
  it('writes its last-updated date in words in each language, and never makes the browser get its language rules ready', async () => {
    for (const [address, words] of [
      ['/curricula/conversion-practitioner/engaging-owners', /Last updated on [A-Z][a-z]+ \d{1,2}, \d{4}/],
      ['/es/curricula/conversion-practitioner/engaging-owners', /Última actualización el \d{1,2} de [a-z]+ de \d{4}/],
    ] as const) {
      // A phone, so that the phone's page sidebar is made too.
      const page = await browser().newPage({ viewport: { width: 390, height: 800 } });
      // Counts the uses of the browser's language rules by the page's own scripts: date, number and
      // sorting formats, and comparing text by language. The first use costs a slow phone about 0.1 s.
      await page.addInitScript(() => {
        const uses: string[] = [];
        Object.assign(window, { languageRuleUses: uses });
        for (const name of ['DateTimeFormat', 'NumberFormat', 'Collator'] as const) {
          const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
          (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Original, {
            construct(target, args: unknown[]) {
              uses.push(name);
              return new target(...args);
            },
          });
        }
        const compare = String.prototype.localeCompare;
        String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof compare>) {
          uses.push('localeCompare');
          return compare.apply(this, args);
        };
      });
      await page.goto(`${baseUrl}${address}`, { waitUntil: 'networkidle' });
      await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
      await page.waitForTimeout(500);
      expect(await page.locator('.theme-last-updated').textContent(), address).toMatch(words);
      expect(await page.evaluate(() => (window as unknown as { languageRuleUses: string[] }).languageRuleUses), address).toEqual([]);
      await page.close();
    }
  });
});

describe('the bar shown while the next page loads', () => {
  it('shows while a slow next page loads, and goes once that page is shown', async () => {
    const page = await browser().newPage();
    // A phone that saves data: Docusaurus fetches nothing ahead, so the next page's code is not there yet.
    await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { effectiveType: '2g', saveData: true } }));
    await page.goto(`${baseUrl}/curricula`, { waitUntil: 'networkidle' });
    await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
    // A slow connection from now on: every script comes a second late.
    await page.route('**/assets/js/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    const loading = () => page.evaluate(() => document.documentElement.classList.contains('page-loading'));
    const barHeight = () => page.evaluate(() => getComputedStyle(document.documentElement, '::before').height);
    await page.locator('main a[href="/curricula/conversion-practitioner"]').first().click();
    await page.waitForTimeout(600);
    const seen = [await loading(), await barHeight()];
    await page.waitForURL(/conversion-practitioner\/?$/);
    await page
      .locator('h1')
      .filter({ hasText: /conversion/i })
      .waitFor();
    await expect.poll(loading).toBe(false);
    expect(seen).toEqual([true, '3px']);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement, '::before').content)).toBe('none');
    await page.close();
  });
});
