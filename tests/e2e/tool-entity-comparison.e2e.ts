import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectToolDataIn } from '../../src/core/tool-data/project';
import { acceptChoices, comparisonRows, type ComparisonChoices } from '../../src/core/tools/entity-comparison';
import { decodeToolState } from '../../src/core/tools/state-codec';
import { accessibilityViolations } from './support/axe';
import { openPage, type PageOptions, useChromium } from './support/chromium';

// The words the page shows come from tool-data/entity-comparison.yaml and its Spanish translation.
const DATA = { en: projectToolDataIn('en').entityComparison, es: projectToolDataIn('es').entityComparison };
const CAUTION = { en: DATA.en.caution, es: DATA.es.caution };

const browser = useChromium();
const ADDRESS = '/tools/entity-comparison';
const EN_LABELS = { topic: 'Topic', form: 'Legal form', summary: 'In short', point: 'Point', bears: 'Matters for your choices', sources: 'Sources', caution: 'Note' };

const open = (address: string, options: PageOptions = {}) => openPage(browser(), address, options);

const table = (page: Page) => page.getByTestId('entity-comparison-table');
const columnNames = (page: Page) =>
  table(page)
    .locator('thead th')
    .evaluateAll((cells) => cells.slice(1).map((cell) => cell.textContent?.trim() ?? ''));
const rowNames = (page: Page) =>
  table(page)
    .locator('tbody th')
    .evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));
const choicesInAddress = (page: Page) => decodeToolState(new URL(page.url()).search, acceptChoices);

describe('the entity choice comparison', () => {
  it('compares the chosen forms, marks what bears on a priority, shares it by link and downloads it', async () => {
    const page = await open(ADDRESS);
    await expect(page.getByTestId('entity-comparison-caution').textContent()).resolves.toContain(CAUTION.en);
    expect(await columnNames(page)).toEqual([DATA.en.forms.coop.name, DATA.en.forms.llc.name]);
    expect(await rowNames(page)).toHaveLength(5);
    expect(await page.locator('[data-marked]').count()).toBe(0);

    await page.getByLabel(DATA.en.forms.corp.name, { exact: true }).check();
    await page.getByLabel(DATA.en.topicNames.cost, { exact: true }).uncheck();
    await page.getByLabel(DATA.en.priorityNames.payroll, { exact: true }).check();
    await expect.poll(() => columnNames(page)).toEqual([DATA.en.forms.coop.name, DATA.en.forms.llc.name, DATA.en.forms.corp.name]);
    expect(await rowNames(page)).toEqual([DATA.en.topicNames.tax, DATA.en.topicNames.workers, DATA.en.topicNames.capital, DATA.en.topicNames.governance]);

    const highlights = page.getByTestId('entity-comparison-highlights');
    await highlights.getByRole('heading', { name: DATA.en.priorityNames.payroll }).waitFor();
    await expect(highlights.textContent()).resolves.toMatch(/Revenue Ruling 69-184/);
    expect(await table(page).locator('[data-marked]').count()).toBeGreaterThan(5);
    await expect(table(page).locator('[data-marked]').first().textContent()).resolves.toContain(`Matters for: ${DATA.en.priorityNames.payroll}`);

    // A source link leads to its entry in the numbered list.
    const firstLink = table(page).locator('a[aria-label="Source 1"]').first();
    const target = (await firstLink.getAttribute('href'))!.slice(1);
    await expect(page.locator(`[id="${target}"]`).textContent()).resolves.toContain('26 U.S. Code Section 1381');

    const expected: ComparisonChoices = { forms: ['coop', 'llc', 'corp'], topics: ['tax', 'workers', 'capital', 'governance'], priorities: ['payroll'] };
    await expect.poll(() => choicesInAddress(page)).toEqual(expected);
    const shared = await open(page.url());
    await expect.poll(() => columnNames(shared)).toEqual(await columnNames(page));
    expect(await shared.getByLabel(DATA.en.topicNames.cost, { exact: true }).isChecked()).toBe(false);
    expect(await shared.getByLabel(DATA.en.priorityNames.payroll, { exact: true }).isChecked()).toBe(true);

    const [download] = await Promise.all([shared.waitForEvent('download'), shared.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('entity-comparison.csv');
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const rows: string[][] = parse(text.slice(1));
    expect(rows).toEqual(comparisonRows(expected, DATA.en, EN_LABELS));
    expect(rows.at(-1)).toEqual(['Note', '', '', CAUTION.en, '', '']);
    await Promise.all([page.close(), shared.close()]);
  });

  it('announces an error when no form is chosen, marks the boxes invalid, and hides the table', async () => {
    const page = await open(ADDRESS);
    await page.getByLabel(DATA.en.forms.coop.name, { exact: true }).uncheck();
    await page.getByLabel(DATA.en.forms.llc.name, { exact: true }).uncheck();
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toBe('Choose at least one legal form to see the table.');
    const box = page.getByLabel(DATA.en.forms.llc.name, { exact: true });
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
    for (let presses = 0; presses < 150 && (await activeLabel()) !== DATA.en.priorityNames.investors; presses += 1) await page.keyboard.press('Tab');
    expect(await activeLabel()).toBe(DATA.en.priorityNames.investors);
    await page.keyboard.press('Space');
    await page.getByTestId('entity-comparison-highlights').getByRole('heading', { name: DATA.en.priorityNames.investors }).waitFor();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    expect(await page.getByLabel(DATA.en.priorityNames.payroll, { exact: true }).isChecked()).toBe(true);
    await expect.poll(() => choicesInAddress(page)?.priorities).toEqual(['payroll', 'investors']);
    await page.close();
  });

  it('speaks Spanish on the Spanish page, with a Spanish CSV', async () => {
    const page = await open(`/es${ADDRESS}`);
    expect(await columnNames(page)).toEqual([DATA.es.forms.coop.name, DATA.es.forms.llc.name]);
    await page.getByLabel(DATA.es.priorityNames.payroll, { exact: true }).check();
    await expect(page.getByTestId('entity-comparison-highlights').textContent()).resolves.toMatch(/Resolución 69-184 del IRS/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar CSV' }).click()]);
    const rows: string[][] = parse(fs.readFileSync((await download.path())!, 'utf8').slice(1));
    expect(rows[0]).toEqual(['Tema', 'Forma legal', 'En pocas palabras', 'Punto', 'Importa para sus opciones', 'Fuentes']);
    expect(rows[1]![0]).toBe(DATA.es.topicNames.tax);
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
    await expect(formName.textContent()).resolves.toBe(DATA.en.forms.coop.name);
    expect((await formName.boundingBox())?.width).toBeGreaterThan(40);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
