import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { acceptBuyInForm, DEFAULT_BUY_IN_FORM } from '../../src/core/tools/buy-in-form';
import { decodeToolState } from '../../src/core/tools/state-codec';
import { accessibilityViolations } from './support/axe';
import { openHydrated, openPage, useChromium } from './support/chromium';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const PAGE = '/tools/buy-in-plan';

const open = (address: string) => openPage(browser(), address);

/** The cells of the schedule, row by row, as shown. */
const scheduleRows = (page: Page) =>
  page.locator('[data-testid="buy-in-schedule"] tbody tr').evaluateAll((rows) => rows.map((row) => Array.from(row.children).map((cell) => cell.textContent?.trim() ?? '')));

/** The form kept in the page address, once the tool has written it. */
const formInAddress = (page: Page) => decodeToolState(new URL(page.url()).search, acceptBuyInForm);

async function downloadCsv(page: Page, name: string | RegExp, press?: 'Enter'): Promise<string[]> {
  const button = page.getByRole('button', { name });
  const [download] = await Promise.all([page.waitForEvent('download'), press ? button.press(press) : button.click()]);
  expect(download.suggestedFilename()).toBe('buy-in-plan.csv');
  return fs.readFileSync((await download.path())!, 'utf8').split('\r\n');
}

// $5,000 buy-in, $500 down, 26 deductions every two weeks from Friday, January 9, 2026:
// 25 x $173.08 and a last one of $173.00 (see src/core/tools/buy-in.test.ts).
const EXAMPLE = { buyIn: '5000', downPayment: '500', frequency: 'biweekly', given: 'periods', periods: '26', payment: DEFAULT_BUY_IN_FORM.payment, start: '2026-01-09' } as const;

async function fillExample(page: Page): Promise<void> {
  await page.getByLabel('Buy-in amount (dollars)').fill('5000');
  await page.getByLabel('Down payment (dollars)').fill('500');
  await page.getByLabel('How often workers are paid').selectOption('biweekly');
  await page.getByLabel('Number of pay periods', { exact: true }).fill('26');
  await page.getByLabel('Date of the first deduction (optional)').fill('2026-01-09');
}

describe('the member buy-in plan', () => {
  it('shows the schedule, keeps it in a link that opens the same plan, and downloads it as CSV', async () => {
    const page = await open(PAGE);
    await fillExample(page);
    const rows = await scheduleRows(page);
    expect(rows).toHaveLength(27);
    expect(rows[0]).toEqual(['Down payment', '', '$500.00', '$500.00', '$4,500.00']);
    expect(rows[1]).toEqual(['1', 'Jan 9, 2026', '$173.08', '$673.08', '$4,326.92']);
    expect(rows[2]).toEqual(['2', 'Jan 23, 2026', '$173.08', '$846.16', '$4,153.84']);
    expect(rows[26]).toEqual(['26', 'Dec 25, 2026', '$173.00', '$5,000.00', '$0.00']);
    await expect(page.locator('caption').textContent()).resolves.toBe('Payment schedule for a buy-in of $5,000.00');

    await expect.poll(() => formInAddress(page)).toEqual(EXAMPLE);
    const shared = await open(page.url());
    await shared.locator('[data-testid="buy-in-schedule"] tbody tr').nth(26).waitFor();
    expect(await scheduleRows(shared)).toEqual(rows);
    expect(await shared.getByLabel('Buy-in amount (dollars)').inputValue()).toBe('5000');

    const csv = await downloadCsv(page, 'Download CSV');
    expect(csv).toHaveLength(29);
    expect(csv[0]).toBe('\uFEFFPayment number,Date,Payment,Total paid,Balance left');
    expect(csv[1]).toBe('Down payment,,500.00,500.00,4500.00');
    expect(csv[2]).toBe('1,2026-01-09,173.08,673.08,4326.92');
    expect(csv[27]).toBe('26,2026-12-25,173.00,5000.00,0.00');
    expect(csv[28]).toBe('');
    await Promise.all([page.close(), shared.close()]);
  });

  it('finds the number of paychecks from the deduction, and warns about a long plan', async () => {
    const page = await open(PAGE);
    await page.getByLabel('Down payment (dollars)').fill('500');
    await page.getByRole('radio', { name: /deduction per pay period/ }).check();
    await page.getByLabel('Deduction per pay period (dollars)', { exact: true }).fill('100');
    // $4,500 / $100 = 45 deductions, plus the down payment row.
    await page.locator('[data-testid="buy-in-schedule"] tbody tr').nth(45).waitFor();
    expect(await scheduleRows(page)).toHaveLength(46);
    expect(await page.locator('[data-warning]').count()).toBe(0);

    await page.getByLabel('How often workers are paid').selectOption('weekly');
    await page.getByLabel('Deduction per pay period (dollars)', { exact: true }).fill('25');
    // $4,500 / $25 = 180 weeks, about 3.5 years.
    await expect(page.locator('[data-warning="longPlan"]').textContent()).resolves.toContain('about 3.5 years');

    await page.getByLabel('Down payment (dollars)').fill('6000');
    await expect(page.locator('[data-warning="downPaymentOverBuyIn"]').textContent()).resolves.toContain('$1,000.00 more than the buy-in');
    expect(await page.locator('[data-testid="buy-in-schedule"]').count()).toBe(0);
    await page.close();
  });

  it('announces an error on a wrong amount, ties it to the field, and hides the result until it is fixed', async () => {
    const page = await open(PAGE);
    const buyIn = page.getByLabel('Buy-in amount (dollars)');
    await buyIn.fill('5000,50');
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toBe('Enter an amount in dollars, like 5000 or 5,000.00.');
    expect(await buyIn.getAttribute('aria-invalid')).toBe('true');
    const alertId = await alert.getAttribute('id');
    expect((await buyIn.getAttribute('aria-describedby'))?.split(' ')).toContain(alertId);
    expect(await page.locator('[data-testid="buy-in-schedule"]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Download CSV' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await buyIn.fill('5,000.50');
    await page.locator('[data-testid="buy-in-schedule"]').waitFor();
    expect(await buyIn.getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('works with the keyboard alone', async () => {
    const page = await open(PAGE);
    const active = () =>
      page.evaluate(() => ({ tag: document.activeElement?.tagName, name: document.activeElement?.getAttribute('name'), type: document.activeElement?.getAttribute('type') }));
    for (let presses = 0; presses < 80 && (await active()).name !== 'buyIn'; presses += 1) await page.keyboard.press('Tab');
    expect((await active()).name).toBe('buyIn');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1200');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Tab');
    expect((await active()).name).toBe('frequency');
    // From every two weeks (the default) to twice a month, then once a month.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    // The date field has a stop for each part of the date; pass them all to reach the choice.
    for (let presses = 0; presses < 6 && (await active()).type !== 'radio'; presses += 1) await page.keyboard.press('Tab');
    expect((await active()).type).toBe('radio');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect((await active()).name).toBe('payment');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('100');
    // $1,200 at $100 a month = 12 deductions, with no down payment row.
    await page.locator('[data-testid="buy-in-schedule"] tbody tr').nth(11).waitFor();
    const rows = await scheduleRows(page);
    expect(rows).toHaveLength(12);
    expect(rows[11]).toEqual(['12', '$100.00', '$1,200.00', '$0.00']);

    for (let presses = 0; presses < 10 && !(await page.evaluate(() => document.activeElement?.textContent === 'Download CSV')); presses += 1) await page.keyboard.press('Tab');
    const csv = await downloadCsv(page, 'Download CSV', 'Enter');
    expect(csv.slice(0, 2)).toEqual(['\uFEFFPayment number,Payment,Total paid,Balance left', '1,100.00,100.00,1100.00']);
    await page.close();
  });

  it('speaks Spanish on the Spanish page, with Spanish columns in the CSV', async () => {
    const page = await open(`/es${PAGE}`);
    await page.getByLabel('Cuota de ingreso (dólares)').fill('5000');
    await page.getByLabel('Pago inicial (dólares)').fill('500');
    await page.getByLabel('Fecha del primer descuento (opcional)').fill('2026-01-09');
    const rows = await scheduleRows(page);
    expect(rows[0]?.[0]).toBe('Pago inicial');
    expect(rows[26]?.[0]).toBe('26');
    expect(rows[26]?.[4]).toBe('$0.00');
    const csv = await downloadCsv(page, 'Descargar CSV');
    expect(csv[0]).toBe('\uFEFFNúmero de pago,Fecha,Pago,Total pagado,Saldo pendiente');
    expect(csv[27]).toBe('26,2026-12-25,173.00,5000.00,0.00');
    await page.close();
  });

  for (const language of ['', '/es']) {
    for (const theme of ['light', 'dark'] as const) {
      it(`has no accessibility violation with a schedule and a warning (${language ? 'Spanish' : 'English'}, ${theme})`, async () => {
        const page = await browser().newPage({ colorScheme: theme });
        await openHydrated(page, `${baseUrl}${language}${PAGE}`);
        await page.locator('input[name="start"]').fill('2026-01-09');
        await page.locator('input[name="periods"]').fill('100');
        await page.locator('[data-warning="longPlan"]').waitFor();
        await page.locator('[data-testid="buy-in-schedule"]').waitFor();
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }
});
