import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { openHydrated, openPage, useChromium } from './support/chromium';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const PAGE = '/tools/patronage-calculator';

const open = (address: string, context?: BrowserContext) => openPage(browser(), address, { context });

const memberRows = (page: Page) => page.getByTestId('patronage-members').locator('tbody tr');
const rowTexts = (page: Page) => memberRows(page).evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => cell.textContent?.trim())));

/** The page address is rewritten a moment after each change; wait until it holds the latest inputs. */
async function settledUrl(page: Page): Promise<string> {
  await page.waitForFunction(() => new URLSearchParams(window.location.search).get('s')?.startsWith('1.'));
  await page.waitForTimeout(500);
  return page.url();
}

// Worked by hand: $50,000 margin, 20% to the reserve → $40,000 allocated. Half by hours, half by wages:
// Ana 0.5 × 50% + 0.5 × 50% = 50% → $20,000; Luis 0.5 × 37.5% + 0.5 × 30% = 33.75% → $13,500;
// Mei 0.5 × 12.5% + 0.5 × 20% = 16.25% → $6,500. Cash at 30%: $6,000, $4,050, $1,950; retained $14,000, $9,450, $4,550.
async function fillExample(page: Page): Promise<void> {
  await page.getByLabel('Net margin for the year ($)', { exact: true }).fill('50,000');
  await page.getByLabel('Share to the collective reserve (%)', { exact: true }).fill('20');
  await page.getByLabel('Part paid in cash (%)', { exact: true }).fill('30');
  await page.getByLabel('Both, mixed').check();
  await page.getByLabel('Part shared by hours (%)', { exact: true }).fill('50');
  await page.getByLabel('Hours of member 2', { exact: true }).fill('1500');
  await page.getByLabel('Wages of member 2', { exact: true }).fill('30000');
}

const expectedRows = [
  ['Ana', '50%', '$20,000.00', '$6,000.00', '$14,000.00'],
  ['Luis', '33.75%', '$13,500.00', '$4,050.00', '$9,450.00'],
  ['Mei', '16.25%', '$6,500.00', '$1,950.00', '$4,550.00'],
];

describe('the patronage calculator', () => {
  it('computes the allocation, and a shared link shows the same result', async () => {
    const page = await open(PAGE);
    await fillExample(page);
    await expect.poll(() => rowTexts(page)).toEqual(expectedRows);
    const summary = await page.getByTestId('patronage-summary').textContent();
    expect(summary).toContain('$40,000.00');
    expect(summary).toContain('$10,000.00');

    const shared = await open(await settledUrl(page));
    await expect.poll(() => rowTexts(shared)).toEqual(expectedRows);
    expect(await shared.getByLabel('Net margin for the year ($)', { exact: true }).inputValue()).toBe('50,000');
    expect(await shared.getByLabel('Both, mixed').isChecked()).toBe(true);
    await Promise.all([page.close(), shared.close()]);
  });

  it('downloads the result as CSV, with the ledger', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await open(PAGE, context);
    await fillExample(page);
    await expect.poll(() => rowTexts(page)).toEqual(expectedRows);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('patronage.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['Net margin,50000.00', 'To the collective reserve,10000.00', 'Allocated to members,40000.00']);
    expect(lines).toContain('Member,Hours,Wages ($),Share (%),Allocation,Cash,Retained');
    expect(lines).toContain('Luis,1500,30000,33.75,13500.00,4050.00,9450.00');
    expect(lines).toContain('Total,4000,100000,100,40000.00,12000.00,28000.00');
    expect(lines).toContain('Year,Member,Opening balance,Retained,Paid out,Closing balance');
    // Year 1 for Ana: $1,000 at the start + $14,000 retained = $15,000.
    expect(lines).toContain('Year 1,Ana,1000.00,14000.00,0.00,15000.00');
    await context.close();
  });

  it('estimates the tax the co-op pays on what it keeps, at the rate the group enters', async () => {
    const page = await open(PAGE);
    const summary = page.getByTestId('patronage-summary');
    // The example: $100,000 margin, 30% to the reserve = $30,000, taxed at 21% = $6,300.
    await expect.poll(() => summary.textContent()).toContain('Estimated tax for the co-op on what it keeps (21%)$6,300.00');
    await page.getByLabel('Tax rate on what the co-op keeps (%)', { exact: true }).fill('25');
    await expect.poll(() => summary.textContent()).toContain('Estimated tax for the co-op on what it keeps (25%)$7,500.00');
    // Under 20% in cash the notices are nonqualified: lawful, and the retained $63,000 is taxed to the co-op too.
    await page.getByLabel('Part paid in cash (%)', { exact: true }).fill('10');
    await expect.poll(() => page.getByTestId('patronage-warnings').textContent()).toContain('the written notices would be nonqualified. That is allowed.');
    await expect.poll(() => summary.textContent()).toContain('(25%)$23,250.00');
    await page.close();
  });

  it('warns when the ledger still pays members out in a loss year', async () => {
    const page = await open(PAGE);
    await expect.poll(() => page.getByTestId('patronage-ledger').count()).toBe(1);
    expect(await page.getByTestId('patronage-loss-payouts').count()).toBe(0);
    // Paid out after 2 years: in year 3 the $56,000 kept in year 1 comes due, though the year lost money.
    await page.getByLabel('Net margin in year 3', { exact: true }).fill('-5000');
    await expect.poll(() => page.getByTestId('patronage-loss-payouts').textContent()).toContain('(Year 3: $56,000.00)');
    await page.close();
  });

  it('announces an error for a value it cannot use, and ties it to the field', async () => {
    const page = await open(PAGE);
    const cash = page.getByLabel('Part paid in cash (%)', { exact: true });
    await cash.fill('120');
    const alert = page.getByRole('alert').filter({ hasText: 'Please fix' });
    await expect.poll(() => alert.textContent()).toContain('Enter a percent from 0 to 100.');
    expect(await cash.getAttribute('aria-invalid')).toBe('true');
    const described = (await cash.getAttribute('aria-describedby'))!.split(' ');
    const descriptions = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(descriptions).toContain('Enter a percent from 0 to 100.');
    expect(await page.getByTestId('patronage-result').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await cash.fill('10');
    await page.getByTestId('patronage-warnings').getByText('under 20%').waitFor();
    await page.close();
  });

  it('adds and removes a member with the keyboard only', async () => {
    const page = await open(PAGE);
    await page.getByLabel('Starting balance of member 3', { exact: true }).focus();
    await page.keyboard.press('Tab'); // the Remove button of member 3
    await page.keyboard.press('Tab'); // Add a member
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add a member');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent === 'Name of member 4');
    await page.keyboard.type('Kwame');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1000');
    await expect.poll(async () => (await rowTexts(page)).map((row) => row[0])).toEqual(['Ana', 'Luis', 'Mei', 'Kwame']);
    // 1,000 of 5,000 hours: 20% of the $70,000 allocated.
    await expect.poll(async () => (await rowTexts(page))[3]?.slice(1, 3)).toEqual(['20%', '$14,000.00']);

    await page.keyboard.press('Tab'); // wages
    await page.keyboard.press('Tab'); // starting balance
    await page.keyboard.press('Tab'); // Remove member 4
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Kwame');
    await page.keyboard.press('Enter');
    await expect.poll(() => memberRows(page).count()).toBe(3);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add a member');
    await page.close();
  });

  for (const [language, theme] of [
    ['', 'light'],
    ['/es', 'light'],
    ['', 'dark'],
    ['/es', 'dark'],
  ] as const) {
    it(`has no accessibility violation (${language ? 'Spanish' : 'English'}, ${theme})`, async () => {
      const page = await browser().newPage({ colorScheme: theme });
      await openHydrated(page, `${baseUrl}${language}${PAGE}`);
      await page.getByLabel(language ? 'Parte pagada en efectivo (%)' : 'Part paid in cash (%)', { exact: true }).fill('15');
      await page.getByTestId('patronage-warnings').locator('.alert').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('speaks Spanish on the Spanish page, in the table and in the CSV', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await open(`/es${PAGE}`, context);
    await page.getByLabel('Margen neto del año ($)', { exact: true }).fill('100000');
    await expect
      .poll(() => rowTexts(page))
      .toEqual([
        ['Ana', '50%', '$35,000.00', '$7,000.00', '$28,000.00'],
        ['Luis', '37.5%', '$26,250.00', '$5,250.00', '$21,000.00'],
        ['Mei', '12.5%', '$8,750.00', '$1,750.00', '$7,000.00'],
      ]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar CSV' }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Socio o socia,Horas,Salarios ($),Parte (%),Asignación,Efectivo,Retenido\r\n');
    expect(csv).toContain('Año,Socio o socia,Saldo inicial,Retenido,Pagado,Saldo final\r\n');
    await context.close();
  });
});
