import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { acceptChoices, CAUTION, comparisonRows, LEGAL_FORMS, PRIORITY_NAMES, TOPIC_NAMES, type ComparisonChoices } from '../../src/core/tools/entity-comparison';
import { decodeToolState } from '../../src/core/tools/state-codec';
import { accessibilityViolations } from './support/axe';
import { openPage, type PageOptions, useChromium } from './support/chromium';

const browser = useChromium();
const ADDRESS = '/tools/entity-comparison';
const EN_LABELS = { topic: 'Topic', form: 'Legal form', summary: 'In short', point: 'Point', bears: 'Matters for your choices', sources: 'Sources', caution: 'Note' };

const open = (address: string, options: PageOptions = {}) => openPage(browser(), address, options);

const table = (page: Page) => page.getByTestId('entity-comparison-table');
const columnNames = (page: Page) => table(page).locator('thead th').evaluateAll((cells) => cells.slice(1).map((cell) => cell.textContent?.trim() ?? ''));
const rowNames = (page: Page) => table(page).locator('tbody th').evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));
const choicesInAddress = (page: Page) => decodeToolState(new URL(page.url()).search, acceptChoices);

describe('the entity choice comparison', () => {
  it('compares the chosen forms, marks what bears on a priority, shares it by link and downloads it', async () => {
    const page = await open(ADDRESS);
    await expect(page.getByTestId('entity-comparison-caution').textContent()).resolves.toContain(CAUTION.en);
    expect(await columnNames(page)).toEqual([LEGAL_FORMS.coop.name.en, LEGAL_FORMS.llc.name.en]);
    expect(await rowNames(page)).toHaveLength(5);
    expect(await page.locator('[data-marked]').count()).toBe(0);

    await page.getByLabel(LEGAL_FORMS.corp.name.en, { exact: true }).check();
    await page.getByLabel(TOPIC_NAMES.cost.en, { exact: true }).uncheck();
    await page.getByLabel(PRIORITY_NAMES.payroll.en, { exact: true }).check();
    await expect.poll(() => columnNames(page)).toEqual([LEGAL_FORMS.coop.name.en, LEGAL_FORMS.llc.name.en, LEGAL_FORMS.corp.name.en]);
    expect(await rowNames(page)).toEqual([TOPIC_NAMES.tax.en, TOPIC_NAMES.workers.en, TOPIC_NAMES.capital.en, TOPIC_NAMES.governance.en]);

    const highlights = page.getByTestId('entity-comparison-highlights');
    await highlights.getByRole('heading', { name: PRIORITY_NAMES.payroll.en }).waitFor();
    await expect(highlights.textContent()).resolves.toMatch(/Revenue Ruling 69-184/);
    expect(await table(page).locator('[data-marked]').count()).toBeGreaterThan(5);
    await expect(table(page).locator('[data-marked]').first().textContent()).resolves.toContain(`Matters for: ${PRIORITY_NAMES.payroll.en}`);

    // A source link leads to its entry in the numbered list.
    const firstLink = table(page).locator('a[aria-label="Source 1"]').first();
    const target = (await firstLink.getAttribute('href'))!.slice(1);
    await expect(page.locator(`[id="${target}"]`).textContent()).resolves.toContain('26 U.S. Code Section 1381');

    const expected: ComparisonChoices = { forms: ['coop', 'llc', 'corp'], topics: ['tax', 'workers', 'capital', 'governance'], priorities: ['payroll'] };
    await expect.poll(() => choicesInAddress(page)).toEqual(expected);
    const shared = await open(page.url());
    await expect.poll(() => columnNames(shared)).toEqual(await columnNames(page));
    expect(await shared.getByLabel(TOPIC_NAMES.cost.en, { exact: true }).isChecked()).toBe(false);
    expect(await shared.getByLabel(PRIORITY_NAMES.payroll.en, { exact: true }).isChecked()).toBe(true);

    const [download] = await Promise.all([shared.waitForEvent('download'), shared.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('entity-comparison.csv');
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const rows: string[][] = parse(text.slice(1));
    expect(rows).toEqual(comparisonRows(expected, 'en', EN_LABELS));
    expect(rows.at(-1)).toEqual(['Note', '', '', CAUTION.en, '', '']);
    await Promise.all([page.close(), shared.close()]);
  });

  it('announces an error when no form is chosen, marks the boxes invalid, and hides the table', async () => {
    const page = await open(ADDRESS);
    await page.getByLabel(LEGAL_FORMS.coop.name.en, { exact: true }).uncheck();
    await page.getByLabel(LEGAL_FORMS.llc.name.en, { exact: true }).uncheck();
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toBe('Choose at least one legal form to see the table.');
    const box = page.getByLabel(LEGAL_FORMS.llc.name.en, { exact: true });
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await box.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));
    expect(await table(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Download CSV' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await box.check();
    await table(page).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await box.getAttribute('aria-invalid')).toBeNull();
    await page.close();
  });

  it('works with the keyboard alone', async () => {
    const page = await open(ADDRESS);
    const activeLabel = () => page.evaluate(() => (document.activeElement?.id ? document.querySelector(`label[for="${document.activeElement.id}"]`)?.textContent : '') ?? '');
    for (let presses = 0; presses < 150 && (await activeLabel()) !== PRIORITY_NAMES.investors.en; presses += 1) await page.keyboard.press('Tab');
    expect(await activeLabel()).toBe(PRIORITY_NAMES.investors.en);
    await page.keyboard.press('Space');
    await page.getByTestId('entity-comparison-highlights').getByRole('heading', { name: PRIORITY_NAMES.investors.en }).waitFor();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    expect(await page.getByLabel(PRIORITY_NAMES.payroll.en, { exact: true }).isChecked()).toBe(true);
    await expect.poll(() => choicesInAddress(page)?.priorities).toEqual(['payroll', 'investors']);
    await page.close();
  });

  it('speaks Spanish on the Spanish page, with a Spanish CSV', async () => {
    const page = await open(`/es${ADDRESS}`);
    expect(await columnNames(page)).toEqual([LEGAL_FORMS.coop.name.es, LEGAL_FORMS.llc.name.es]);
    await page.getByLabel(PRIORITY_NAMES.payroll.es, { exact: true }).check();
    await expect(page.getByTestId('entity-comparison-highlights').textContent()).resolves.toMatch(/Resolución 69-184 del IRS/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar CSV' }).click()]);
    const rows: string[][] = parse(fs.readFileSync((await download.path())!, 'utf8').slice(1));
    expect(rows[0]).toEqual(['Tema', 'Forma legal', 'En pocas palabras', 'Punto', 'Importa para sus opciones', 'Fuentes']);
    expect(rows[1]![0]).toBe(TOPIC_NAMES.tax.es);
    expect(rows.at(-1)).toEqual(['Nota', '', '', CAUTION.es, '', '']);
    await page.close();
  });

  const cases: Array<[string, string, number, 'light' | 'dark']> = [
    ['English', ADDRESS, 1280, 'light'],
    ['Spanish, dark', `/es${ADDRESS}`, 1280, 'dark'],
    ['English, on a phone, dark', ADDRESS, 390, 'dark'],
    ['Spanish, on a phone', `/es${ADDRESS}`, 390, 'light'],
  ];
  it.each(cases)('has no accessibility violation with points marked (%s)', async (_, address, width, colorScheme) => {
    const page = await open(address, { width, colorScheme });
    await page.locator('input[type="checkbox"][value="corp"]').check();
    await page.locator('input[type="checkbox"][value="payroll"]').check();
    await page.locator('[data-marked]').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows each cell as a card with its form name on a phone, with no sideways scrolling', async () => {
    const page = await open(ADDRESS, { width: 390 });
    const formName = table(page).locator('tbody td').first().locator('span[aria-hidden="true"]').first();
    await expect(formName.textContent()).resolves.toBe(LEGAL_FORMS.coop.name.en);
    expect((await formName.boundingBox())?.width).toBeGreaterThan(40);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
