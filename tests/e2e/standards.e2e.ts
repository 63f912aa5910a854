import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { allLabels } from '../../src/core/vocabulary';
import { openHydrated, useChromium } from './support/chromium';
import { library } from './support/library';

const baseUrl = inject('baseUrl');
const ROOT = path.resolve(__dirname, '..', '..');
const browser = useChromium();

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser().newPage({ viewport });
  const response = await openHydrated(page, `${baseUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

const visibleIds = (page: Page) => page.locator('[data-standard-id]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-standard-id')));

describe('the home page', () => {
  it('says what the library is and routes each kind of user', async () => {
    const page = await open('/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Worker Co-op Development Library');
    const routes = await page.locator('[data-route]').evaluateAll((items) => items.map((item) => item.getAttribute('data-route')));
    expect(routes).toEqual(['developers', 'trainers', 'partners', 'contributors']);
    const navbar = await page.locator('.navbar__items--left .navbar__link, .navbar__items .navbar__link').allTextContents();
    for (const label of ['Standards', 'Curricula', 'Tools', 'Checklists']) expect(navbar).toContain(label);
    await page.close();
  });
});

describe('the standards index', () => {
  it('lists every standard, grouped by domain', async () => {
    const page = await open('/standards');
    const inDomain = (domain: string) => library.standards.filter((standard) => standard.domain === domain).map((standard) => standard.id);
    expect(await visibleIds(page)).toEqual(library.domains.flatMap((domain) => inDomain(domain.id)));
    // Each heading links to its domain and says how many of its standards are shown (standards-index.e2e.ts).
    const headings = await page.locator('main section h2 > a:first-child').allTextContents();
    expect(headings).toEqual(library.domains.map((domain) => domain.title));
    await page.close();
  });

  it('filters by level and keeps the filter in a link that can be shared', async () => {
    const page = await open('/standards');
    await page.getByRole('checkbox', { name: 'Core' }).check();
    await page.waitForURL(/level=core/);
    const core = library.standards.filter((standard) => standard.level === 'core').map((standard) => standard.id);
    expect((await visibleIds(page))?.sort()).toEqual([...core].sort());
    await expect(page.getByTestId('result-count').textContent()).resolves.toBe(`Showing ${core.length} of ${library.standards.length} standards`);

    const shared = await browser().newPage();
    await openHydrated(shared, page.url());
    expect((await visibleIds(shared))?.sort()).toEqual([...core].sort());
    expect(await shared.getByRole('checkbox', { name: 'Core' }).isChecked()).toBe(true);
    await Promise.all([page.close(), shared.close()]);
  });

  it('combines facets: any value within one, all facets together', async () => {
    const page = await open('/standards?level=core,advanced&audience=lender');
    const expected = library.standards.filter((standard) => ['core', 'advanced'].includes(standard.level) && standard.audiences.includes('lender')).map((standard) => standard.id);
    expect((await visibleIds(page))?.sort()).toEqual([...expected].sort());
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await page.waitForURL((url) => url.search === '');
    expect(await visibleIds(page)).toHaveLength(library.standards.length);
    await page.close();
  });
});

describe('a standard page', () => {
  const standard = library.standards.find((item) => item.related.length > 0) ?? library.standards[0]!;

  it('opens by its permalink and shows the whole standard', async () => {
    const page = await open(`/standards/${standard.id}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(`${standard.id} ${standard.title}`);
    await expect(page.getByTestId('statement').textContent()).resolves.toBe(standard.statement);
    for (const heading of ['Why it matters', 'How to meet it', 'Evidence a reviewer looks for', 'Related standards', 'Lessons that teach it', 'Sources']) {
      await expect(page.getByRole('heading', { name: heading, level: 2 }).count()).resolves.toBe(1);
    }
    // The citation names the newest release that holds this text, its date, and that release's permanent address.
    const newest = library.snapshots.at(-1)!.version;
    const date = library.releases.find((release) => release.version === newest)!.date;
    await expect(page.getByTestId('citation').textContent()).resolves.toMatch(
      new RegExp(`^${library.meta.name} ${newest}, ${standard.id}, ${date}, https?://.+/standards/${newest}/${standard.id}$`),
    );
    await expect(page.locator('main').textContent()).resolves.toMatch(/Last updated [A-Z][a-z]+ \d{1,2}, \d{4}/);
    const edit = await page.getByRole('link', { name: 'Edit this file' }).getAttribute('href');
    expect(edit).toBe(`${library.meta.repository.url}/edit/${library.meta.repository.branch}/${standard.file}`);
    await page.close();
  });

  it('links to its related standards', async () => {
    const page = await open(`/standards/${standard.id}`);
    const related = standard.related[0]!;
    await page.locator('#related + ul a').first().click();
    await page.waitForURL(`**/standards/${related}`);
    // The address changes first; the new page renders once its data has loaded.
    await page.locator('h1').filter({ hasText: related }).waitFor();
    await expect(page.getByTestId('statement').textContent()).resolves.toBe(library.standards.find((item) => item.id === related)!.statement);
    await page.close();
  });

  it('switches to Spanish from the language menu', async () => {
    const page = await open(`/standards/${standard.id}`);
    await page.locator('.navbar__items--right .dropdown').filter({ hasText: 'English' }).hover();
    await page.getByRole('link', { name: 'Español' }).click();
    await page.waitForURL(`**/es/standards/${standard.id}`);
    const spanish = library.translations.es?.get(standard.id);
    expect(spanish, `a Spanish translation of ${standard.id}`).toBeDefined();
    await expect(page.locator('h1').textContent()).resolves.toBe(`${standard.id} ${spanish?.title}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es-US');
    await expect(page.getByRole('link', { name: 'Editar este archivo' }).count()).resolves.toBe(1);
    await page.close();
  });
});

describe('on a phone', () => {
  it('shows the standards first, with the filters behind a button until asked for', async () => {
    const page = await open('/standards', { width: 360, height: 740 });
    await expect(page.getByRole('checkbox', { name: 'Core' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByRole('dialog', { name: 'Filters', exact: true }).getByRole('checkbox', { name: 'Core' }).check();
    await page.waitForURL(/level=core/);
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('keeps the list where it is as the page comes to life: the page from the server already hides the filters', async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    await page.goto(`${baseUrl}/standards`);
    await expect(page.getByRole('button', { name: 'Filters', exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'Core' }).isVisible()).resolves.toBe(false);
    const before = await page.getByTestId('result-count').boundingBox();
    await page.close();
    const live = await open('/standards', { width: 360, height: 740 });
    await expect(live.getByRole('checkbox', { name: 'Core' }).isVisible()).resolves.toBe(false);
    expect((await live.getByTestId('result-count').boundingBox())?.y).toBe(before?.y);
    await live.close();
  });

  it('shows the filters at once beside the list on a wide screen, before and after the page comes to life', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    await page.goto(`${baseUrl}/standards`);
    await expect(page.getByRole('checkbox', { name: 'Core' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Filters', exact: true }).isVisible()).resolves.toBe(false);
    await page.close();
    const live = await open('/standards', { width: 1280, height: 900 });
    await expect(live.getByRole('checkbox', { name: 'Core' }).isVisible()).resolves.toBe(true);
    await expect(live.getByRole('button', { name: 'Filters', exact: true }).isVisible()).resolves.toBe(false);
    await live.close();
  });

  for (const path of ['/', '/standards', `/standards/${library.standards[0]!.id}`, `/es/standards/domains/${library.domains[0]!.id}`]) {
    it(`fits ${path} in the width of the screen`, async () => {
      const page = await open(path, { width: 360, height: 740 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });
  }
});

describe('the glossary', () => {
  it('defines every term in each language and links to the standards it names', async () => {
    for (const language of ['en', 'es'] as const) {
      const page = await open(language === 'en' ? '/glossary' : '/es/glossary');
      const terms = await page.locator('dl dt').allTextContents();
      expect([...terms].sort()).toEqual(library.glossary.map((term) => term.term[language]).sort());
      const withStandard = library.glossary.find((term) => (term.standards ?? []).length > 0)!;
      await page.locator(`[id="${withStandard.id}"] a[href*="/standards/"]`).first().click();
      await page.waitForURL(`**/standards/${withStandard.standards![0]}`);
      await page.close();
    }
  });
});

describe('published data', () => {
  it('serves every JSON Schema under /schemas/', async () => {
    const { SCHEMA_DOCUMENTS } = await import('../../src/core/schemas');
    for (const [name, schema] of Object.entries(SCHEMA_DOCUMENTS)) {
      const response = await fetch(`${baseUrl}/schemas/${name}`);
      expect(response.status, name).toBe(200);
      expect(await response.json()).toEqual(schema);
    }
  });
});

describe('every standard', () => {
  it('has a page in each language, titled in that language', async () => {
    for (const standard of library.standards) {
      for (const [prefix, title] of [
        ['', standard.title],
        ['/es', library.translations.es?.get(standard.id)?.title ?? standard.title],
      ] as const) {
        const response = await fetch(`${baseUrl}${prefix}/standards/${standard.id}`);
        expect(response.status, `${prefix}/standards/${standard.id}`).toBe(200);
        const html = await response.text();
        const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '');
        expect(heading).toBe(`${standard.id} ${title}`.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;'));
      }
    }
  });
});

describe('the Spanish site', () => {
  it('titles every section of a standard page in Spanish', async () => {
    // The headings are the site's interface text or the vocabulary's words, in Spanish.
    const spanish = [
      ...Object.values(JSON.parse(fs.readFileSync(path.join(ROOT, 'i18n/es/code.json'), 'utf8')) as Array<{ message: string }>).map((entry) => entry.message),
      ...allLabels().map(({ words }) => words.es),
    ];
    const page = await open(`/es/standards/${library.standards[0]!.id}`);
    const headings = (await page.locator('main h2').allTextContents()).map((text) => text.replace(/\u200b/g, ''));
    expect(headings.length).toBeGreaterThan(5);
    for (const heading of headings) expect(spanish).toContain(heading);
    await page.close();
  });

  it('shows the interface and the standards in Spanish', async () => {
    const page = await open('/es/standards');
    await expect(page.locator('h1').textContent()).resolves.toBe('Estándares');
    const navbar = await page.locator('.navbar__items .navbar__link').allTextContents();
    expect(navbar).toEqual(expect.arrayContaining(['Estándares', 'Planes de estudios', 'Herramientas', 'Listas de verificación']));
    const translatedTitles = library.standards.flatMap((standard) => library.translations.es?.get(standard.id)?.title ?? []);
    const cards = await page.locator('[data-standard-id] h3').allTextContents();
    for (const title of translatedTitles) expect(cards.some((card) => card.endsWith(title))).toBe(true);
    await page.close();
  });
});
