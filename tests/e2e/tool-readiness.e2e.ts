import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectToolDataIn } from '../../src/core/tool-data/project';
import { acceptReadiness } from '../../src/core/tools/readiness';
import { PRINT_SHOP } from '../../src/core/tools/readiness-example';
import { encodeToolState, decodeToolState } from '../../src/core/tools/state-codec';
import { accessibilityViolations } from './support/axe';
import { openPage, type PageOptions, useChromium } from './support/chromium';

const browser = useChromium();
const ADDRESS = '/tools/readiness-assessment';
const STORAGE_KEY = 'wcl.tools.readiness';

/** Each new page has its own browser context, so its own (empty) storage, unless one is given. */
const open = (address: string, options: PageOptions = {}) => openPage(browser(), address, options);

const answerOf = (page: Page, question: string, value: string) => page.locator(`fieldset[data-question="${question}"] input[type="radio"][value="${value}"]`);

async function fill(page: Page, answers: Record<string, unknown>): Promise<void> {
  for (const [question, value] of Object.entries(answers)) await answerOf(page, question, String(value)).check();
}

/** The factor table of the report: band and cells, row by row. */
const factorRows = (page: Page) =>
  page
    .locator('[data-testid="readiness-report"] tbody tr[data-factor]')
    .evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-band'), ...Array.from(row.children).map((cell) => cell.textContent?.trim() ?? '')]));

const stateInAddress = (page: Page) => decodeToolState(new URL(page.url()).search, (raw) => acceptReadiness(projectToolDataIn('en').readiness, raw));
const checkedCount = (page: Page) => page.locator('fieldset[data-question] input[type="radio"]:checked').count();

describe('the conversion readiness self-assessment', () => {
  it('scores the worked example, shares it by link, and downloads it as CSV and DOCX', async () => {
    const page = await open(ADDRESS);
    expect(await page.locator('[data-overall]').getAttribute('data-overall')).toBe('start');
    await page.getByLabel('Name of the business (optional)').fill('Print shop');
    await fill(page, PRINT_SHOP);

    expect(await factorRows(page)).toEqual([
      ['gap', "The owner's timeline and goals", '◐ Gap to close', '9 of 15 points', '0'],
      ['strength', 'Financial health', '● Strength', '10 of 15 points', '0'],
      ['barrier', 'Management depth', '○ Serious barrier', '2 of 15 points', '0'],
      ['unknown', 'Workforce interest', '? Needs more answers', '4 of 6 points', '3'],
      ['gap', 'Culture: trust, open information and participation', '◐ Gap to close', '7 of 12 points', '0'],
    ]);
    await expect(page.locator('[data-overall]').textContent()).resolves.toMatch(/^Overall picture: Not ready yet\./);
    await expect(page.getByText('Questions answered: 24 of 24.').count()).resolves.toBe(1);
    const firstGroup = page.locator('[data-testid="readiness-report"] [data-factor="management"] h5');
    await expect(firstGroup.textContent()).resolves.toBe('Management depth: Serious barrier');
    expect(await page.locator('[data-testid="readiness-report"] a[href$="/standards/CONV-06"]').count()).toBeGreaterThan(0);
    // Each standard the report lists shows its title after its ID.
    const standardLinks = await page.locator('[data-testid="readiness-report"] a[href*="/standards/"]').allTextContents();
    expect(standardLinks.length).toBeGreaterThan(3);
    for (const text of standardLinks) expect(text).toMatch(/^[A-Z]+-\d{2} \S/);
    expect(await page.locator('[data-testid="readiness-report"] a[href$="/curricula/conversion-practitioner/culture-after-close"]').count()).toBeGreaterThan(0);

    // The address holds the answers; a fresh browser (no remembered answers) opens the same report.
    await expect.poll(() => stateInAddress(page)).toEqual({ business: 'Print shop', date: '', answers: PRINT_SHOP });
    const shared = await open(page.url());
    await shared.locator('[data-overall="not-yet"]').waitFor();
    expect(await factorRows(shared)).toEqual(await factorRows(page));
    expect(await answerOf(shared, 'owner-role', '3').isChecked()).toBe(true);
    expect(await answerOf(shared, 'workforce-interest', 'unsure').isChecked()).toBe(true);

    const [csvDownload] = await Promise.all([shared.waitForEvent('download'), shared.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toBe('conversion-readiness.csv');
    const csvText = fs.readFileSync((await csvDownload.path())!, 'utf8');
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parse(csvText.slice(1), { relaxColumnCount: true });
    expect(rows[0]).toEqual(['Conversion readiness report', 'Print shop']);
    expect(rows[1]?.[0]).toBe('Overall picture');
    expect(rows[4]?.slice(0, 4)).toEqual(["The owner's timeline and goals", 'Gap to close', '9', '15']);
    expect(rows[6]?.slice(0, 4)).toEqual(['Management depth', 'Serious barrier', '2', '15']);
    expect(rows[6]?.[7]).toBe('Culture after close');
    expect(rows).toHaveLength(35);

    const [docxDownload] = await Promise.all([shared.waitForEvent('download'), shared.getByRole('button', { name: 'Download Word (DOCX)' }).click()]);
    expect(docxDownload.suggestedFilename()).toBe('conversion-readiness.docx');
    const { value: html } = await mammoth.convertToHtml({ buffer: fs.readFileSync((await docxDownload.path())!) });
    expect(html).toContain('Conversion readiness report: Print shop');
    expect(html.match(/<tr>/g)).toHaveLength(6);
    expect(html).toContain('Management depth: Serious barrier');
    expect(html).toContain('Map every task the owner does.');
    await Promise.all([page.close(), shared.close()]);
  });

  it('remembers the answers in this browser, and "start over" forgets them', async () => {
    const page = await open(ADDRESS);
    await fill(page, { 'owner-timeline': 0, 'finance-profit': 3 });
    await expect.poll(() => page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)).toContain('owner-timeline');

    // Come back to the bare address, with no answers in it: the remembered answers return.
    await open(ADDRESS, { page });
    await answerOf(page, 'owner-timeline', '0').waitFor();
    await expect.poll(() => answerOf(page, 'owner-timeline', '0').isChecked()).toBe(true);
    expect(await page.locator('tr[data-factor="owner"]').getAttribute('data-band')).toBe('barrier');

    await page.getByRole('button', { name: 'Start over' }).click();
    // Nothing is cleared until the reader confirms; the focus goes to the confirmation.
    expect(await checkedCount(page)).toBe(2);
    await page.waitForFunction(() => document.activeElement?.textContent === 'Yes, clear my answers');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'All answers are cleared.' }).waitFor();
    expect(await checkedCount(page)).toBe(0);
    expect(await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)).toBeNull();

    await open(ADDRESS, { page });
    await page.waitForTimeout(500);
    expect(await checkedCount(page)).toBe(0);
    expect(await page.locator('[data-overall]').getAttribute('data-overall')).toBe('start');
    await page.close();
  });

  it('announces a link whose answers cannot be read', async () => {
    const page = await open(`${ADDRESS}?s=1.damaged`);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/^The answers in this link could not be read\./);
    expect(await checkedCount(page)).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('works with the keyboard alone', async () => {
    const page = await open(ADDRESS);
    const active = () =>
      page.evaluate(() => ({
        type: document.activeElement?.getAttribute('type'),
        question: document.activeElement?.closest('fieldset')?.getAttribute('data-question'),
        text: document.activeElement?.textContent,
      }));
    for (let presses = 0; presses < 150 && (await active()).question !== 'owner-interest'; presses += 1) await page.keyboard.press('Tab');
    expect(await active()).toMatchObject({ type: 'radio', question: 'owner-interest' });
    await page.keyboard.press('Space'); // "Has not thought about it"
    await page.keyboard.press('ArrowRight'); // "Open to the idea"
    expect(await answerOf(page, 'owner-interest', '1').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect((await active()).question).toBe('owner-timeline');
    await page.keyboard.press('Space'); // "Less than 6 months": a key question at its lowest
    await page.locator('tr[data-factor="owner"][data-band="barrier"]').waitFor();

    for (let presses = 0; presses < 200 && (await active()).text !== 'Start over'; presses += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Yes, clear my answers');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // "Keep my answers": the focus returns to "Start over"
    await page.waitForFunction(() => document.activeElement?.textContent === 'Start over');
    expect(await checkedCount(page)).toBe(2);
    await page.close();
  });

  it('speaks Spanish on the Spanish page, with Spanish downloads', async () => {
    const page = await open(`/es${ADDRESS}`);
    await page.getByText('¿Cuánto falta para que el dueño quiera retirarse?').first().waitFor();
    await fill(page, { 'finance-profit': 0 });
    await expect(page.locator('tr[data-factor="finance"] td').first().textContent()).resolves.toBe('○ Barrera seria');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar CSV' }).click()]);
    const rows: string[][] = parse(fs.readFileSync((await download.path())!, 'utf8').slice(1), { relaxColumnCount: true });
    expect(rows[0]).toEqual(['Informe de preparación para la conversión']);
    expect(rows[5]?.slice(0, 2)).toEqual(['La salud financiera', 'Barrera seria']);
    expect(rows.find((row) => row[1] === 'En los últimos tres años, ¿cómo le ha ido al negocio?')?.[2]).toBe('Perdió dinero la mayoría de los años');
    await page.close();
  });

  const cases: Array<[string, string, number, 'light' | 'dark']> = [
    ['English, light', ADDRESS, 1280, 'light'],
    ['English, dark, on a phone', ADDRESS, 390, 'dark'],
    ['Spanish, light, on a phone', `/es${ADDRESS}`, 390, 'light'],
    ['Spanish, dark', `/es${ADDRESS}`, 1280, 'dark'],
  ];
  it.each(cases)('has no accessibility violation with a full report (%s)', async (_, address, width, colorScheme) => {
    const link = `${address}?s=${encodeToolState({ business: 'Print shop', date: '2026-03-02', answers: PRINT_SHOP })}`;
    const page = await open(link, { width, colorScheme });
    await page.locator('[data-overall="not-yet"]').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
