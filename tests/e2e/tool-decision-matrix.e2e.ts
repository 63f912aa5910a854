import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { openPage, type PageOptions, useChromium } from './support/chromium';

const browser = useChromium();
const ADDRESS = '/tools/decision-matrix';

const open = (address: string, options: PageOptions = {}) => openPage(browser(), address, options);

/** The shared link is rewritten a moment after each change: wait until it holds the latest state. */
async function settledUrl(page: Page): Promise<string> {
  let previous = '';
  for (;;) {
    await page.waitForTimeout(400);
    const current = page.url();
    if (current === previous && current.includes('?s=1.')) return current;
    previous = current;
  }
}

const names = (page: Page) => page.locator('main table tbody textarea[id*="-name-"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

describe('the decision matrix builder', () => {
  it('edits the matrix, cautions about reserved decisions, shares it by link and downloads it', async () => {
    const page = await open(ADDRESS);
    const startingNames = await names(page);
    expect(startingNames).toContain('Change the bylaws');
    expect(await page.getByText(/Check this one\./).count()).toBe(0);

    // Give a decision that law or bylaws usually keep for the members to the board: a caution appears.
    await page.getByLabel('Who decides: Change the bylaws', { exact: true }).selectOption('board');
    await page.getByText(/Check this one\. In most states, the law or the bylaws keep "Change the bylaws"/).waitFor();
    await expect(page.locator('main [aria-live="polite"]').first().textContent()).resolves.toMatch(/^Decisions to check: 1\./);

    // Add a decision with the keyboard only: the new name field takes the focus.
    await page.getByRole('button', { name: 'Add a decision' }).focus();
    await page.keyboard.press('Enter');
    const focusedId = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(focusedId).toMatch(/name-16$/);
    await page.keyboard.type('Change prices by more than 10%');
    await page.keyboard.press('Tab'); // the "kept for the members" checkbox
    await page.keyboard.press('Tab'); // who decides
    await page.keyboard.press('ArrowDown'); // the members -> the board
    await page.keyboard.press('Tab'); // who is asked first
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // nobody -> managers
    expect(
      await page
        .getByLabel('Who decides: Change prices by more than 10%', {
          exact: true,
        })
        .inputValue(),
    ).toBe('board');
    expect(
      await page
        .getByLabel('Who is asked first: Change prices by more than 10%', {
          exact: true,
        })
        .inputValue(),
    ).toBe('managers');
    expect(await names(page)).toEqual([...startingNames, 'Change prices by more than 10%']);

    // Move the new decision up one place with the keyboard; the focus stays on its button.
    await page.getByRole('button', { name: 'Move up: Change prices by more than 10%' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Move up: Change prices by more than 10%');
    const edited = await names(page);
    expect(edited.at(-2)).toBe('Change prices by more than 10%');

    // A fresh page from the shared link shows the same matrix.
    const link = await settledUrl(page);
    const shared = await open(link);
    expect(await names(shared)).toEqual(edited);
    expect(await shared.getByLabel('Who decides: Change the bylaws', { exact: true }).inputValue()).toBe('board');
    expect(
      await shared
        .getByLabel('Who is asked first: Change prices by more than 10%', {
          exact: true,
        })
        .inputValue(),
    ).toBe('managers');
    await shared.getByText(/Check this one\. In most states/).waitFor();

    // The CSV holds one row per decision, in order, with the choices in words.
    const [csvDownload] = await Promise.all([shared.waitForEvent('download'), shared.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toBe('decision-matrix.csv');
    const csvText = fs.readFileSync((await csvDownload.path())!, 'utf8');
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    expect(csvText).toContain('\r\n');
    const rows: string[][] = parse(csvText.slice(1));
    expect(rows[0]).toEqual(['Decision', 'Who decides', 'Who is asked first', 'Vote needed', 'Notes', 'Usually kept for the members']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(edited);
    expect(rows.find((row) => row[0] === 'Change the bylaws')).toEqual([
      'Change the bylaws',
      'Board',
      'Board',
      'Two-thirds',
      'Have a lawyer who knows co-ops read the change.',
      'Yes',
    ]);
    expect(rows.find((row) => row[0] === 'Change prices by more than 10%')).toEqual(['Change prices by more than 10%', 'Board', 'Managers', 'Majority', '', '']);

    // The DOCX holds the title, the table and the caution.
    const [docxDownload] = await Promise.all([shared.waitForEvent('download'), shared.getByRole('button', { name: 'Download Word (DOCX)' }).click()]);
    expect(docxDownload.suggestedFilename()).toBe('decision-matrix.docx');
    const { value: html } = await mammoth.convertToHtml({
      buffer: fs.readFileSync((await docxDownload.path())!),
    });
    expect(html).toContain('Decision-making matrix');
    expect(html).toContain('<table>');
    expect(html.match(/<tr>/g)).toHaveLength(edited.length + 1);
    expect(html).toContain('Change prices by more than 10%');
    expect(html).toContain('Review this matrix at least once a year');
    expect(html).toMatch(/Check this one\. In most states, the law or the bylaws keep (&quot;|")Change the bylaws/);
    await Promise.all([page.close(), shared.close()]);
  });

  it('starts in Spanish with the same decisions, in Spanish', async () => {
    const english = await open(ADDRESS);
    const spanish = await open(`/es${ADDRESS}`);
    const [en, es] = await Promise.all([names(english), names(spanish)]);
    expect(es).toHaveLength(en.length);
    expect(es).toContain('Cambiar los estatutos');
    await spanish.getByLabel('Quién decide: Cambiar los estatutos', { exact: true }).selectOption('managers');
    await spanish.getByText(/Revise esta\. En la mayoría de los estados/).waitFor();
    await Promise.all([english.close(), spanish.close()]);
  });

  const cases: Array<[string, string, number, 'light' | 'dark']> = [
    ['English', ADDRESS, 1280, 'light'],
    ['Spanish', `/es${ADDRESS}`, 1280, 'light'],
    ['English, on a phone, dark', ADDRESS, 390, 'dark'],
    ['Spanish, on a phone', `/es${ADDRESS}`, 390, 'light'],
  ];
  it.each(cases)('has no accessibility violation with a caution and an error showing (%s)', async (_, address, width, colorScheme) => {
    const page = await open(address, { width, colorScheme });
    const decides = page.locator('main table tbody select').first();
    // The third starting decision (the articles) is kept for the members: give it to the board.
    await page.locator('main table tbody tr select[id*="decides-3"]').selectOption('board');
    await page.locator('main table tbody textarea[id*="-name-1"]').first().fill('');
    await decides.focus();
    await page.locator('[role="alert"]').first().waitFor();
    await page.locator('[class*="warningRow"]').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows each decision as a card with visible labels on a phone', async () => {
    const page = await open(ADDRESS, { width: 390 });
    const box = await page.locator('main table tbody label[for$="-decides-1"]').boundingBox();
    expect(box?.width).toBeGreaterThan(40);
    const select = await page.locator('main table tbody select[id$="-decides-1"]').boundingBox();
    expect(select!.y).toBeGreaterThan(box!.y);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
