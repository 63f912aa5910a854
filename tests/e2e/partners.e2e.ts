/**
 * The pages for partners and the public: the audience pages, the case studies and their filters, the
 * directory with its filters and map, and the facts and figures, in English and Spanish, with the
 * keyboard, on a phone, and checked with axe.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { worksNationwide } from '../../src/core/public/directory-view';
import { accessibilityViolations } from './support/axe';
import { openHydrated, openPage, useChromium } from './support/chromium';
import { library } from './support/library';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const open = (address: string, width?: number) => openPage(browser(), address, { width });

const paths = (language: 'en' | 'es') => library.pages.filter((page) => page.kind === 'audience-path' && page.language === language);
const count = async (page: Page) => Number((await page.getByTestId('result-count').textContent())?.match(/\d+/)?.[0]);
const cards = (page: Page, attribute: string) => page.locator(`main [${attribute}]`).evaluateAll((items, name) => items.map((item) => item.getAttribute(name)), attribute);

describe('the audience pages', () => {
  it('has one page per audience in each language, each from the home page and the navbar', async () => {
    expect(
      paths('en')
        .map((page) => page.frontMatter.audience)
        .sort(),
    ).toEqual(['business-owner', 'government', 'lender', 'nonprofit', 'public', 'worker-owner']);
    expect(paths('es')).toHaveLength(paths('en').length);
    const home = await open('/');
    const linked = await home.locator('main [data-path] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(linked.sort()).toEqual(
      paths('en')
        .map((page) => `/${page.docId}`)
        .sort(),
    );
    // The navbar's menu opens from the keyboard and leads to each page.
    const menu = home.locator('.navbar').getByRole('button', { name: "Who it's for" });
    await menu.focus();
    await home.keyboard.press('Enter');
    const items = await home.locator('.navbar .dropdown__menu a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const page of paths('en')) expect(items).toContain(`/${page.docId}`);
    expect(items).toEqual(expect.arrayContaining(['/cases', '/directory', '/facts']));
    await home.close();
  });

  for (const path of paths('en')) {
    it(`starts from the reader's questions and cites its sources on /${path.docId}`, async () => {
      const page = await open(`/${path.docId}`);
      expect(await page.locator('main h1').textContent()).toBe(path.frontMatter.title);
      const questions = await page.locator('article h2').allTextContents();
      // Headings end with a hidden anchor link (a zero-width space).
      expect(
        questions.filter((heading) =>
          heading
            .replace(/\u200b/g, '')
            .trim()
            .endsWith('?'),
        ).length,
      ).toBeGreaterThan(2);
      const links = await page.locator('article a[href^="/"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      expect(links.some((href) => href.startsWith('/standards/'))).toBe(true);
      expect(links.some((href) => /^\/(cases|directory|facts|checklists|tools|curricula)/.test(href))).toBe(true);
      const sources = page.getByTestId('path-sources');
      const listed = await sources.locator('li').allTextContents();
      expect(listed).toHaveLength((path.frontMatter.sources as unknown[]).length);
      for (const source of listed) expect(source).toMatch(/Checked [A-Z][a-z]+ \d{1,2}, \d{4}\.$/);
      await page.close();
    });
  }

  it('speaks Spanish on the Spanish pages, with Spanish dates', async () => {
    for (const path of paths('es')) {
      const page = await open(`/es/${path.docId}`);
      expect(await page.getAttribute('html', 'lang')).toMatch(/^es\b/);
      expect(await page.locator('main h1').textContent()).toBe(path.frontMatter.title);
      expect(await page.getByTestId('path-sources').textContent()).toMatch(/el \d{1,2} de [a-z]+ de \d{4}/);
      await page.close();
    }
  });
});

describe('the case studies', () => {
  it('lists every case, and filters by pathway and community with the keyboard, keeping the filters in the address', async () => {
    const page = await open('/cases');
    expect(await cards(page, 'data-case')).toEqual(library.cases.map((item) => item.id));
    const conversions = library.cases.filter((item) => item.pathway === 'conversion').map((item) => item.id);
    const box = page.getByRole('checkbox', { name: 'Conversion' });
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/\?pathway=conversion$/);
    expect(await cards(page, 'data-case')).toEqual(conversions);
    expect(await count(page)).toBe(conversions.length);
    await page.getByRole('checkbox', { name: 'Conversion' }).uncheck();
    await page.getByRole('checkbox', { name: 'Black-led' }).check();
    await page.waitForURL(/\?community=black$/);
    expect(await cards(page, 'data-case')).toEqual(library.cases.filter((item) => item.communities.includes('black')).map((item) => item.id));
    await page.close();
  });

  it('covers start-ups and conversions, several sectors and regions, and immigrant-led and Black-led co-ops', () => {
    expect(library.cases.length).toBeGreaterThanOrEqual(12);
    expect(new Set(library.cases.map((item) => item.pathway))).toEqual(new Set(['startup', 'conversion']));
    expect(new Set(library.cases.map((item) => item.sector)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(library.cases.map((item) => item.state)).size).toBeGreaterThanOrEqual(6);
    for (const community of ['immigrant', 'black'] as const) expect(library.cases.some((item) => item.communities.includes(community))).toBe(true);
  });

  it('opens a shared filtered address with the same filters, in Spanish too', async () => {
    const sector = library.cases[0]!.sector;
    const page = await open(`/es/cases?sector=${sector}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Casos de estudio');
    expect(await cards(page, 'data-case')).toEqual(library.cases.filter((item) => item.sector === sector).map((item) => item.id));
    expect(await page.getByTestId('result-count').textContent()).toMatch(/^Se muestran \d+ de \d+ casos$/);
    await page.close();
  });

  it('shows a case with its story, the standards it shows and its sources, and each of those standards links back', async () => {
    const item = library.cases.find((entry) => entry.partners?.some((partner) => partner.directory)) ?? library.cases[0]!;
    const page = await open(`/cases/${item.id}`);
    expect(await page.locator('main h1').textContent()).toBe(item.name);
    const sources = await page.locator('#sources ~ ul > li').allTextContents();
    expect(sources).toHaveLength(item.sources.length);
    for (const source of sources) expect(source).toMatch(/Checked [A-Z][a-z]+ \d{1,2}, \d{4}\.$/);
    const standards = await page.locator('#standards + ul a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(standards).toEqual(item.standards.map((id) => `/standards/${id}`));
    const partner = item.partners?.find((entry) => entry.directory);
    if (partner) expect(await page.getByRole('link', { name: partner.name }).getAttribute('href')).toBe(`/directory#${partner.directory}`);
    const standard = await open(`/standards/${item.standards[0]}`);
    expect(await standard.locator('#cases + ul a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContain(`/cases/${item.id}`);
    await Promise.all([page.close(), standard.close()]);
  });
});

describe('the directory of support organizations', () => {
  const servingNewYork = library.organizations.filter((organization) => worksNationwide(organization) || organization.serves.includes('NY'));

  it('lists at least 30 organizations, and chooses a state on the map with the keyboard', async () => {
    expect(library.organizations.length).toBeGreaterThanOrEqual(30);
    const page = await open('/directory');
    expect(await cards(page, 'data-organization')).toHaveLength(library.organizations.length);
    const tile = page.locator('[data-state="NY"]');
    await tile.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?state=NY$/);
    expect(await tile.getAttribute('aria-pressed')).toBe('true');
    expect((await cards(page, 'data-organization')).sort()).toEqual(servingNewYork.map((organization) => organization.id).sort());
    expect(await page.locator('#filter-state').inputValue()).toBe('NY');
    // The map says how many organizations name each state, and every state is there.
    expect(await page.locator('[data-state]').count()).toBe(52);
    const named = library.organizations.filter((organization) => !worksNationwide(organization) && organization.serves.includes('NY')).length;
    expect(await page.getByRole('button', { name: `New York: ${named} organizations, besides those that work nationwide` }).count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.search === '');
    await page.close();
  });

  it('filters by state, service and language together', async () => {
    const page = await open('/directory');
    await page.locator('#filter-state').selectOption('NY');
    await page.getByRole('checkbox', { name: 'Loans' }).check();
    await page.waitForURL(/\?state=NY&service=lending$/);
    const expected = servingNewYork.filter((organization) => organization.services.includes('lending')).map((organization) => organization.id);
    expect((await cards(page, 'data-organization')).sort()).toEqual(expected.sort());
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await page.waitForURL((url) => url.search === '');
    const spanish = library.organizations.filter((organization) => organization.languages.includes('es')).map((organization) => organization.id);
    await page.getByRole('checkbox', { name: 'Spanish' }).check();
    expect((await cards(page, 'data-organization')).sort()).toEqual(spanish.sort());
    await page.close();
  });

  it('works on a phone: no sideways scrolling, and every state square is big enough to tap', async () => {
    const page = await open('/directory', 390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const sizes = await page.locator('[data-state]').evaluateAll((tiles) => tiles.map((tile) => tile.getBoundingClientRect().width));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    await page.close();
  });

  it('speaks Spanish: state names, services and the map', async () => {
    const page = await open('/es/directory?state=NC');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Directorio de organizaciones de apoyo');
    expect(await page.locator('#filter-state option:checked').textContent()).toBe('Carolina del Norte');
    expect(await page.getByRole('button', { name: /^Carolina del Norte: \d+ organizaciones/ }).count()).toBe(1);
    const expected = library.organizations.filter((organization) => worksNationwide(organization) || organization.serves.includes('NC'));
    expect(await cards(page, 'data-organization')).toHaveLength(expected.length);
    expect(await page.getByRole('checkbox', { name: 'Préstamos' }).count()).toBe(1);
    await page.close();
  });
});

describe('the facts and figures', () => {
  it('shows every figure with its year, its source and a chart where it has parts', async () => {
    const page = await open('/facts');
    for (const figure of library.figures) {
      const section = page.locator(`section#${figure.id}`);
      expect((await section.locator('h2').textContent())?.replace(/\u200b/g, '')).toBe(figure.label.en);
      expect(await section.textContent()).toContain(`Data for ${figure.year}`);
      if (figure.source.url) expect(await section.locator(`a[href="${figure.source.url}"]`).count()).toBe(1);
      if (figure.caution) expect(await section.textContent()).toContain(figure.caution.en);
      expect(await page.getByTestId(`chart-${figure.id}`).locator('li').count()).toBe(figure.breakdown?.length ?? 0);
    }
    await page.close();
  });
});

describe('titles in another language than the page', () => {
  it('marks English source titles on a Spanish page, and a French one on an English page', async () => {
    const item = library.cases[0]!;
    const spanish = await open(`/es/cases/${item.id}`);
    const langs = await spanish.locator('#sources ~ ul > li > a:first-child').evaluateAll((links) => links.map((link) => link.getAttribute('lang')));
    expect(langs).toEqual(item.sources.map((source) => source.language ?? 'en').map((language) => (language === 'es' ? null : language)));
    const french = library.figures.find((figure) => figure.source.language === 'fr')!;
    const facts = await open('/facts');
    expect(await facts.locator(`section#${french.id} a[href="${french.source.url}"]`).getAttribute('lang')).toBe('fr');
    await Promise.all([spanish.close(), facts.close()]);
  });
});

describe('search finds the new kinds of page', () => {
  it('finds a case study by name and offers the new kinds as facets', async () => {
    const item = library.cases[0]!;
    const page = await open(`/search?q=${encodeURIComponent(item.name)}`);
    await page.locator('main [data-search-result]').first().waitFor();
    const found = await page.locator('main [data-search-result]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(found).toContain(`/cases/${item.id}`);
    expect(await page.getByRole('checkbox', { name: /^Case study\b/ }).count()).toBe(1);
    await page.close();
  });
});

describe('accessibility of the pages for partners and the public', () => {
  const addresses = ['/cases', `/cases/${library.cases[0]!.id}`, '/directory', '/facts', '/paths/what-is-a-worker-co-op', '/paths/lenders'];
  for (const language of ['', '/es']) {
    for (const address of addresses) {
      it(`has no violation on ${language}${address}`, async () => {
        const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
        await openHydrated(page, `${baseUrl}${language}${address}`);
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }
  it('has no violation on the directory on a phone, with a state chosen', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 800 } });
    await openHydrated(page, `${baseUrl}/directory?state=CA&service=development`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
