import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { openHydrated, openPage, useChromium } from './support/chromium';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const open = (address: string) => openPage(browser(), address);

/** Each coming change as the page lists it: the day in its heading (or none) and the standard it links to. */
const listedChanges = (page: Page) =>
  page
    .getByTestId('coming-changes')
    .locator(':scope > li')
    .evaluateAll((items) =>
      items.map((item) => ({
        day: item.querySelector('h2 time')?.getAttribute('datetime') ?? null,
        standard: item.querySelector('a[href*="/standards/"]')?.getAttribute('href') ?? '',
      })),
    );

describe('facts that depend on a date', () => {
  it('shows the dates to watch on a standard page, with the source and when it was checked', async () => {
    const page = await open('/standards/CONV-04');
    const box = page.getByTestId('dated-facts');
    await expect.poll(() => box.getByRole('heading', { name: 'Dates to watch' }).count()).toBe(1);
    const text = (await box.textContent()) ?? '';
    expect(text).toContain('In effect from January 1, 2028');
    expect(text).toMatch(/Checked [A-Z][a-z]+ \d{1,2}, \d{4}\./);
    expect(text).toMatch(/Next review by [A-Z][a-z]+ \d{1,2}, \d{4}\./);
    // Every source at the foot of the page says when it was last checked.
    const sources = await page.locator('#sources + ul > li').allTextContents();
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(/Checked [A-Z][a-z]+ \d{1,2}, \d{4}\.$/);
    await page.close();
  });

  it('shows no dates box on a standard without dated facts', async () => {
    const page = await open('/standards/GOV-01');
    expect(await page.getByTestId('statement').count()).toBe(1);
    expect(await page.getByTestId('dated-facts').count()).toBe(0);
    await page.close();
  });

  it('lists every coming change soonest first, each leading to a standard that shows it', async () => {
    const page = await open('/standards/CONV-04');
    await page.getByRole('link', { name: 'Every coming change in the law that the standards follow' }).click();
    await page.waitForURL(/\/standards\/coming-changes$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Coming changes in the law');
    const changes = await listedChanges(page);
    expect(changes.length).toBeGreaterThan(3);
    const days = changes.map((change) => change.day ?? '9999-12-31');
    expect([...days].sort()).toEqual(days);
    expect(changes.some((change) => change.day === '2028-01-01' && change.standard.endsWith('/standards/CONV-04'))).toBe(true);
    const first = changes[0]!.standard;
    const standard = await open(first);
    expect(await standard.getByTestId('dated-facts').count()).toBe(1);
    await Promise.all([page.close(), standard.close()]);
  });

  it('speaks Spanish on the Spanish pages, with Spanish dates and links', async () => {
    const page = await open('/es/standards/coming-changes');
    expect(await page.getAttribute('html', 'lang')).toMatch(/^es\b/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cambios que vienen en la ley');
    const text = (await page.getByTestId('coming-changes').textContent()) ?? '';
    expect(text).toContain('Vigente desde el 1 de enero de 2028');
    expect(text).toMatch(/Revisada el \d{1,2} de [a-z]+ de \d{4}\./);
    for (const change of await listedChanges(page)) expect(change.standard).toMatch(/^\/es\/standards\/[A-Z]+-\d+$/);
    const standard = await open('/es/standards/CONV-04');
    expect(await standard.getByTestId('dated-facts').getByRole('heading', { name: 'Fechas que hay que vigilar' }).count()).toBe(1);
    await Promise.all([page.close(), standard.close()]);
  });

  it('is linked from the standards index', async () => {
    const page = await open('/standards');
    await page.getByRole('link', { name: 'See the coming changes in the law that the standards follow.' }).click();
    await page.waitForURL(/\/standards\/coming-changes$/);
    await page.close();
  });

  for (const language of ['', '/es']) {
    for (const path of ['/standards/coming-changes', '/standards/CONV-04']) {
      it(`has no accessibility violation on ${language}${path}`, async () => {
        const page = await browser().newPage();
        await openHydrated(page, `${baseUrl}${language}${path}`);
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }
});
