/**
 * The standards index as a reader meets it: the list first at the size of a phone and of a laptop, in
 * both languages; the filters beside the list or behind a button; each value's count, checked against
 * the library's own data; the chosen filters above the list, kept in the address.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { FACETS, VOCABULARY, type Facet } from '../../src/core/filters';
import { vocabularyIn } from '../../src/core/vocabulary';
import { accessibilityViolations } from './support/axe';
import { openHydrated, useChromium } from './support/chromium';
import { library } from './support/library';

const baseUrl = inject('baseUrl');
const browser = useChromium();

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const SIZES = { phone: PHONE, laptop: LAPTOP } as const;
const LANGUAGES = { en: '', es: '/es' } as const;

type Filters = Partial<Record<Facet, string[]>>;
type Standard = (typeof library.standards)[number];
/** The list is grouped by domain, in the domains' order: it opens with the first standard of the first domain that has one. */
const FIRST_SHOWN = library.domains.flatMap((domain) => library.standards.filter((standard) => standard.domain === domain.id))[0]!;

const valuesOf = (standard: Standard, facet: Facet): readonly string[] =>
  ({ domain: [standard.domain], level: [standard.level], stage: standard.stages, pathway: standard.pathways, audience: standard.audiences })[facet];
/** Whether a standard passes every facet's filter but `except`'s: any value within a facet, every facet. */
const passes = (standard: Standard, filters: Filters, except?: Facet) =>
  FACETS.every((facet) => facet === except || !filters[facet]?.length || valuesOf(standard, facet).some((value) => filters[facet]!.includes(value)));
/** What a value's count should be: the standards with that value among those the other facets' filters let through. */
const expectedCount = (filters: Filters, facet: Facet, value: string) =>
  library.standards.filter((standard) => passes(standard, filters, facet) && valuesOf(standard, facet).includes(value)).length;
const ALL_VALUES: Record<Facet, readonly string[]> = { ...VOCABULARY, domain: library.domains.map((domain) => domain.id) };
const search = (filters: Filters) =>
  FACETS.filter((facet) => filters[facet]?.length)
    .map((facet) => `${facet}=${filters[facet]!.join(',')}`)
    .join('&');

async function open(address: string, viewport: { width: number; height: number } = LAPTOP, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser().newPage({ viewport, colorScheme });
  const response = await openHydrated(page, `${baseUrl}${address}`);
  expect(response?.status(), address).toBe(200);
  return page;
}

/** The count each checkbox shows, by facet and value. */
const shownCounts = (page: Page) =>
  page.locator('input[type="checkbox"]:visible').evaluateAll((inputs) =>
    inputs.map((input) => ({
      facet: input.getAttribute('name') ?? '',
      value: input.getAttribute('value') ?? '',
      count: Number(input.closest('label')?.querySelector('[data-count]')?.getAttribute('data-count')),
    })),
  );

describe('the standards index, before any scrolling', () => {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const [language, prefix] of Object.entries(LANGUAGES)) {
      it(`shows the whole first standard on a ${size} (${language}), before and after the page comes to life`, async () => {
        const server = await browser().newPage({ viewport, javaScriptEnabled: false });
        await server.goto(`${baseUrl}${prefix}/standards`);
        const before = await server.locator('[data-standard-id]').first().boundingBox();
        await server.close();
        const page = await open(`${prefix}/standards`, viewport);
        const card = page.locator('[data-standard-id]').first();
        await expect(card.getAttribute('data-standard-id')).resolves.toBe(FIRST_SHOWN.id);
        const box = await card.boundingBox();
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
        // The page from the server is laid out as the live one: the list does not move as React takes over.
        expect(box!.y).toBe(before!.y);
        await page.close();
      });
    }
  }
});

describe('the domain headings', () => {
  it('name each domain with the number of its standards shown', async () => {
    const filters: Filters = { level: ['core'] };
    for (const address of ['/standards', `/standards?${search(filters)}`]) {
      const page = await open(address);
      const shown = address.includes('?') ? library.standards.filter((standard) => passes(standard, filters)) : library.standards;
      const expected = library.domains
        .map((domain) => ({ title: domain.title, count: String(shown.filter((standard) => standard.domain === domain.id).length) }))
        .filter(({ count }) => count !== '0');
      const headings = await page
        .locator('main section h2')
        .evaluateAll((items) =>
          items.map((heading) => ({ title: heading.querySelector('a')?.textContent, count: heading.querySelector('[data-testid="domain-count"]')?.textContent })),
        );
      expect(headings.map(({ title, count }) => ({ title, count: count?.replace(/[()]/g, '') }))).toEqual(expected);
      await page.close();
    }
  });
});

describe('the count of each filter value', () => {
  const states: Filters[] = [{}, { level: ['core'] }, { level: ['core', 'advanced'], audience: ['lender'] }, { domain: [library.domains[0]!.id], stage: ['plan', 'operate'] }];
  for (const filters of states) {
    it(`is what the data gives, under ${search(filters) || 'no filter'}`, async () => {
      const page = await open(`/standards${search(filters) ? `?${search(filters)}` : ''}`);
      const counts = await shownCounts(page);
      expect(counts.map(({ facet, value }) => `${facet}:${value}`)).toEqual(FACETS.flatMap((facet) => ALL_VALUES[facet].map((value) => `${facet}:${value}`)));
      for (const { facet, value, count } of counts) expect(count, `${facet}=${value}`).toBe(expectedCount(filters, facet as Facet, value));
      await page.close();
    });
  }

  it('keeps a value that would show nothing, dimmed', async () => {
    // A filter under which some value counts 0, found in the data rather than assumed.
    const filters = ALL_VALUES.domain
      .map((domain): Filters => ({ domain: [domain] }))
      .find((candidate) => FACETS.some((facet) => ALL_VALUES[facet].some((value) => expectedCount(candidate, facet, value) === 0)));
    expect(filters, 'a domain under which some value has no standard').toBeDefined();
    const page = await open(`/standards?${search(filters!)}`);
    const empty = page.locator('label:has([data-count="0"])').first();
    const full = page.locator('label:has([data-count]:not([data-count="0"]))').first();
    await expect(empty.isVisible()).resolves.toBe(true);
    await expect(empty.locator('input').isEnabled()).resolves.toBe(true);
    const colour = (label: typeof empty) => label.evaluate((element) => getComputedStyle(element).color);
    expect(await colour(empty)).not.toBe(await colour(full));
    await page.close();
  });
});

describe('the chosen filters above the list', () => {
  const domain = library.domains[1]!;

  it('appear as buttons that remove them, with one that removes them all', async () => {
    const page = await open('/standards');
    await page.getByRole('checkbox', { name: 'Core', exact: false }).check();
    await page.getByRole('checkbox', { name: domain.title }).check();
    await page.waitForURL((url) => url.search === `?domain=${domain.id}&level=core`);
    const chips = page.getByRole('list', { name: 'Active filters' }).getByRole('button');
    await expect(chips.evaluateAll((buttons) => buttons.map((button) => button.textContent))).resolves.toEqual([
      `Remove filter: Domain: ${domain.title}×`,
      'Remove filter: Level: Core×',
    ]);
    await expect(page.getByRole('button', { name: 'Remove filter: Level: Core', exact: true }).isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Remove filter: Level: Core' }).click();
    await page.waitForURL((url) => url.search === `?domain=${domain.id}`);
    await expect(page.getByRole('checkbox', { name: 'Core' }).isChecked()).resolves.toBe(false);
    // The removed filter's button took the keyboard with it: it went to the one left.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(`Remove filter: Domain: ${domain.title}×`);
    const inDomain = library.standards.filter((standard) => standard.domain === domain.id);
    await expect(page.getByTestId('result-count').textContent()).resolves.toBe(`Showing ${inDomain.length} of ${library.standards.length} standards`);

    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await page.waitForURL((url) => url.search === '');
    await expect(chips.count()).resolves.toBe(0);
    await expect(page.locator('[data-standard-id]').count()).resolves.toBe(library.standards.length);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('result-count');
    await page.close();
  });

  it('come back from the address when the page is loaded again', async () => {
    const filters: Filters = { level: ['core', 'advanced'], audience: ['lender'] };
    const page = await open(`/es/standards?${search(filters)}`);
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
    const words = vocabularyIn('es');
    const names = await page
      .getByRole('list', { name: 'Filtros activos' })
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((button) => button.textContent));
    expect(names).toEqual([
      `Quitar filtro: ${words.facet.level}: ${words.level.core}×`,
      `Quitar filtro: ${words.facet.level}: ${words.level.advanced}×`,
      `Quitar filtro: ${words.facet.audience}: ${words.audience.lender}×`,
    ]);
    const expected = library.standards.filter((standard) => passes(standard, filters)).map((standard) => standard.id);
    const ids = await page.locator('[data-standard-id]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-standard-id')));
    expect([...ids].sort()).toEqual([...expected].sort());
    await expect(page.getByTestId('result-count').textContent()).resolves.toBe(`Se muestran ${expected.length} de ${library.standards.length} estándares`);
    await page.close();
  });
});

describe('the filters on a phone', () => {
  it('open from a button that says how many are chosen, and close again', async () => {
    const page = await open('/standards?level=core', PHONE);
    const button = page.getByRole('button', { name: 'Filters (1)' });
    await expect(page.getByTestId('filters-sidebar').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('checkbox', { name: 'Core' }).count()).resolves.toBe(0);
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Filters' });
    await expect(dialog.isVisible()).resolves.toBe(true);
    await expect(dialog.getByRole('checkbox', { name: 'Core' }).isChecked()).resolves.toBe(true);
    const core = library.standards.filter((standard) => standard.level === 'core').length;
    await dialog.getByRole('button', { name: `Show ${core} standards` }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('filters-button');
    await page.close();
  });

  it('work with the keyboard: Enter opens, the focus goes in, Space chooses, Escape closes and gives the focus back', async () => {
    const page = await open('/es/standards', PHONE);
    await page.getByTestId('filters-button').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Filtros' });
    await expect(dialog.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.closest('dialog') !== null)).resolves.toBe(true);
    await expect(page.getByTestId('filters-button').getAttribute('aria-expanded')).resolves.toBe('true');
    // The first checkbox is the first domain's, after the Close button.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).resolves.toBe(library.domains[0]!.id);
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.search === `?domain=${library.domains[0]!.id}`);
    await expect(page.evaluate(() => document.activeElement?.closest('dialog') !== null)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('filters-button');
    await expect(page.getByTestId('filters-button').textContent()).resolves.toBe('Filtros (1)');
    await expect(page.getByTestId('filters-button').getAttribute('aria-expanded')).resolves.toBe('false');
    await page.close();
  });

  it('give each control a target of at least 24 pixels, and never scroll sideways at 320 pixels', async () => {
    const page = await open(`/es/standards?domain=${library.domains.map((domain) => domain.id).join(',')}&stage=plan`, { width: 320, height: 640 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await page.getByTestId('filters-button').click();
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    const small = await page
      .locator('dialog label, dialog button, main [aria-label] button, [data-testid="filters-button"]')
      .evaluateAll((targets) => targets.map((target) => target.getBoundingClientRect()).filter((box) => box.height < 24 || box.width < 24));
    expect(small).toEqual([]);
    await page.close();
  });
});

describe('accessibility of the index with its filters open (axe-core, WCAG 2.2 AA)', () => {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const [language, prefix] of Object.entries(LANGUAGES)) {
      for (const theme of ['light', 'dark'] as const) {
        it(`has no violation on a ${size} (${language}, ${theme})`, async () => {
          const page = await open(`${prefix}/standards?level=core,advanced&audience=lender`, viewport, theme);
          if (size === 'phone') {
            await page.getByTestId('filters-button').click();
            await page.getByRole('dialog').waitFor();
          }
          expect(await accessibilityViolations(page)).toEqual([]);
          await page.close();
        });
      }
    }
  }
});
