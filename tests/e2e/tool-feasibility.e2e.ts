import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectToolDataIn } from '../../src/core/tool-data/project';
import { acceptFeasibilityForm } from '../../src/core/tools/feasibility';
import { decodeToolState } from '../../src/core/tools/state-codec';
import { accessibilityViolations } from './support/axe';
import { openPage, type PageOptions, useChromium } from './support/chromium';

const browser = useChromium();
const PAGE = '/tools/feasibility-worksheet';

const open = (address: string, options: PageOptions = {}) => openPage(browser(), address, options);

const rate = (page: Page, criterion: string, rating: string) =>
  page
    .getByRole('group', { name: `Rating: ${criterion}`, exact: true })
    .getByRole('radio', { name: rating, exact: true })
    .check();
const outcome = (page: Page) => page.locator('[data-testid="feasibility-outcome"]').textContent();
const breakEvenText = (page: Page) => page.locator('[data-testid="break-even-result"]').textContent();
/** The worksheet kept in the page address, once the tool has written it. */
const formInAddress = (page: Page) => decodeToolState(new URL(page.url()).search, (raw) => acceptFeasibilityForm(projectToolDataIn('en').feasibility, raw));

async function download(page: Page, name: string): Promise<{ file: string; path: string }> {
  const [event] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { file: event.suggestedFilename(), path: (await event.path())! };
}

/** The worked example on the page: the lunch co-op's first meeting. */
async function fillExample(page: Page): Promise<void> {
  await page.getByLabel('Name of your group or co-op').fill('Lunch Box Co-op');
  for (const criterion of ['Market demand and customers', "Founding members' commitment and skills", 'Pricing and break-even', 'Risks and backup plans'])
    await rate(page, criterion, 'Ready');
  await rate(page, 'Management and business skills', 'Needs work');
  await rate(page, 'Legal form, licenses and permits', 'Needs work');
  await rate(page, 'Start-up capital and financing', 'Not ready');
  await page.getByLabel('What the study found: Start-up capital and financing').fill('$12,000 of $45,000 promised in writing');
  await page.getByLabel('Fixed costs each month (dollars)').fill('18,400');
  await page.getByLabel('Price of one unit (dollars)').fill('14');
  await page.getByLabel('Variable cost of one unit (dollars)').fill('5.80');
  await page.getByLabel('Units you expect to sell each month (optional)').fill('2600');
  await page.getByRole('radio', { name: 'Revisit: decide again by a set date' }).check();
  await page.getByLabel('Date of the meeting').fill('2026-04-18');
  await page.getByLabel('Decide again by', { exact: true }).fill('2026-06-15');
  await page.getByLabel('Who was present').fill('Ana\nLuis\nMarta\nSam\nRosa (developer)');
  await page.getByLabel('Votes for').fill('4');
  await page.getByLabel('Votes against').fill('0');
  await page.getByLabel('Abstentions').fill('0');
  await page.getByLabel('Conditions and next steps').fill('Ana and Luis: apply to the loan fund by May 15.');
}

describe('the feasibility go/no-go worksheet', () => {
  it('rates the criteria, checks break-even, records the decision, shares it by link and downloads it', async () => {
    const page = await open(PAGE);
    await expect(outcome(page)).resolves.toContain('Not finished');
    await fillExample(page);

    // Capital is a must-have rated "Not ready": the result is "Not yet".
    await expect(outcome(page)).resolves.toMatch(/Not yet.*Must-haves that are not ready\s*Start-up capital and financing/);
    // $18,400 ÷ ($14 − $5.80) = 2,243.9 lunches, rounded up to 2,244 (see feasibility-break-even.test.ts).
    const breakEven = await breakEvenText(page);
    expect(breakEven).toContain('Each unit adds $8.20 to pay the fixed costs');
    // Member pay that follows sales is a variable cost; the check says so beside the costs it asks for.
    expect(await page.getByTestId('break-even-member-pay').textContent()).toContain('Then their pay is a variable cost');
    expect(breakEven).toContain('Units to break even: 2,244 a month (2,243.9 before rounding up). Sales to break even: $31,414.64 a month.');
    expect(breakEven).toContain('That is 86.3% of the units you expect.');
    expect(breakEven).toContain('the month ends $2,920.00 ahead');
    await expect(page.locator('main').textContent()).resolves.toContain('One name on each line. The count: 5.');

    // Going ahead against a "Not yet" shows a caution; the example goes back to "Revisit".
    await page.getByRole('radio', { name: 'Go: start the co-op' }).check();
    await page.locator('[data-caution="goAgainstResult"]').waitFor();
    await page.getByRole('radio', { name: 'Revisit: decide again by a set date' }).check();
    expect(await page.locator('[data-caution]').count()).toBe(0);

    // A fresh page from the shared link shows the same worksheet.
    // The address follows the form a moment later: wait until it holds the last choice (Revisit), not only the conditions typed before it.
    await expect
      .poll(async () => {
        const decision = (await formInAddress(page))?.decision;
        return decision && [decision.choice, decision.revisitDate, decision.conditions];
      })
      .toEqual(['revisit', '2026-06-15', 'Ana and Luis: apply to the loan fund by May 15.']);
    const saved = formInAddress(page)!;
    expect(saved.criteria.capital).toEqual({ rating: 'not-ready', mustHave: true, bar: '', evidence: '$12,000 of $45,000 promised in writing' });
    expect(saved.breakEven).toEqual({ unit: '', fixedCosts: '18,400', price: '14', variableCost: '5.80', expectedUnits: '2600' });
    const shared = await open(page.url());
    await expect(outcome(shared)).resolves.toMatch(/^\W*Not yet/);
    expect(await shared.getByRole('group', { name: 'Rating: Start-up capital and financing' }).getByRole('radio', { name: 'Not ready', exact: true }).isChecked()).toBe(true);
    expect(await shared.getByLabel('Decide again by', { exact: true }).inputValue()).toBe('2026-06-15');
    await expect(breakEvenText(shared)).resolves.toContain('2,244 a month');

    // The CSV: the title, the criteria table, then the result, the break-even check and the decision.
    const csv = await download(shared, 'Download CSV');
    expect(csv.file).toBe('feasibility-worksheet.csv');
    const text = fs.readFileSync(csv.path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parse(text.slice(1), { relax_column_count: true, skip_empty_lines: true });
    expect(rows[0]).toEqual(['Lunch Box Co-op']);
    expect(rows[1]).toEqual(['Criterion', 'Standards', 'Must-have', 'Rating', 'What must be true', 'What the study found']);
    expect(rows.find((row) => row[0] === 'Start-up capital and financing')).toEqual([
      'Start-up capital and financing',
      'FEAS-05, FIN-05',
      'Yes',
      'Not ready',
      '',
      '$12,000 of $45,000 promised in writing',
    ]);
    expect(rows).toContainEqual(['Result', 'Not yet']);
    expect(rows).toContainEqual(['Units each month to break even', '2244']);
    expect(rows).toContainEqual(['Sales each month to break even (dollars)', '31414.64']);
    expect(rows).toContainEqual(['Decision', 'Revisit: decide again by a set date']);
    expect(rows).toContainEqual(['Date of the meeting', '2026-04-18']);
    expect(rows).toContainEqual(['Who was present', 'Ana; Luis; Marta; Sam; Rosa (developer)']);
    expect(rows).toContainEqual(['Votes for', '4']);

    // The DOCX: the title, the tables and the rules.
    const docx = await download(shared, 'Download Word (DOCX)');
    expect(docx.file).toBe('feasibility-worksheet.docx');
    const { value: html } = await mammoth.convertToHtml({ buffer: fs.readFileSync(docx.path) });
    expect(html).toContain('Lunch Box Co-op');
    expect(html.match(/<table>/g)).toHaveLength(4);
    expect(html).toContain('Decide again by');
    expect(html).toContain('How the result is worked out');
    await Promise.all([page.close(), shared.close()]);
  });

  it('announces errors, ties them to their fields, and clears them when fixed', async () => {
    const page = await open(PAGE);
    const fixed = page.getByLabel('Fixed costs each month (dollars)');
    await fixed.fill('24000,50');
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toBe('Enter an amount in dollars, like 24000 or 24,000.00.');
    expect(await fixed.getAttribute('aria-invalid')).toBe('true');
    expect((await fixed.getAttribute('aria-describedby'))?.split(' ')).toContain(await alert.getAttribute('id'));
    await fixed.fill('24,000.50');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await fixed.getAttribute('aria-invalid')).toBeNull();

    // A price below the variable cost has no break-even.
    await page.getByLabel('Price of one unit (dollars)').fill('4');
    await page.getByLabel('Variable cost of one unit (dollars)').fill('5');
    await expect(breakEvenText(page)).resolves.toContain('No break-even');

    // More votes than people present, and a date to decide again before the meeting.
    await page.getByLabel('Who was present').fill('Ana\nLuis');
    await page.getByLabel('Votes for').fill('3');
    await page.getByRole('alert').filter({ hasText: 'There are more votes (3) than people present (2).' }).waitFor();
    expect(await page.getByLabel('Votes for').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Abstentions').getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('radio', { name: 'Revisit: decide again by a set date' }).check();
    await page.getByRole('alert').filter({ hasText: 'Enter the date by which the group will decide again.' }).waitFor();
    await page.getByLabel('Date of the meeting').fill('2026-04-18');
    await page.getByLabel('Decide again by', { exact: true }).fill('2026-04-01');
    await page.getByRole('alert').filter({ hasText: 'Choose a date after the date of the meeting.' }).waitFor();
    await page.close();
  });

  it('works with the keyboard alone', async () => {
    const page = await open(PAGE);
    const active = () =>
      page.evaluate(() => ({
        name: document.activeElement?.getAttribute('name') ?? '',
        type: document.activeElement?.getAttribute('type') ?? '',
        id: document.activeElement?.id ?? '',
        text: document.activeElement?.textContent ?? '',
      }));
    for (let presses = 0; presses < 200 && !(await active()).name.endsWith('market-rating'); presses += 1) await page.keyboard.press('Tab');
    expect((await active()).type).toBe('radio');
    // From "Not rated yet" (the last choice) the arrow wraps to "Ready", then on to "Not ready".
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('section[data-rating="ready"]').count()).resolves.toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(outcome(page)).resolves.toMatch(/^\W*Not yet/);
    // The must-have box is next: unchecking it turns one "Not ready" into an open result.
    await page.keyboard.press('Tab');
    expect((await active()).type).toBe('checkbox');
    await page.keyboard.press('Space');
    await expect(outcome(page)).resolves.toContain('Not finished');

    for (let presses = 0; presses < 300 && (await active()).text !== 'Download CSV'; presses += 1) await page.keyboard.press('Tab');
    const [event] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const rows: string[][] = parse(fs.readFileSync((await event.path())!, 'utf8').slice(1), { relax_column_count: true, skip_empty_lines: true });
    expect(rows.find((row) => row[0] === 'Market demand and customers')?.slice(2, 4)).toEqual(['No', 'Not ready']);
    await page.close();
  });

  it('speaks Spanish on the Spanish page, with Spanish words in the CSV', async () => {
    const page = await open(`/es${PAGE}`);
    await page.getByRole('group', { name: 'Calificación: Capital inicial y financiamiento', exact: true }).getByRole('radio', { name: 'No está listo', exact: true }).check();
    await expect(outcome(page)).resolves.toMatch(/Todavía no/);
    await page.getByLabel('Costos fijos cada mes (dólares)').fill('18,400');
    await page.getByLabel('Precio de una unidad (dólares)').fill('14');
    await page.getByLabel('Costo variable de una unidad (dólares)').fill('5.80');
    await expect(breakEvenText(page)).resolves.toContain('2,244');
    const csv = await download(page, 'Descargar CSV');
    const rows: string[][] = parse(fs.readFileSync(csv.path, 'utf8').slice(1), { relax_column_count: true, skip_empty_lines: true });
    expect(rows[0]).toEqual(['Hoja de decisión de seguir o no seguir']);
    expect(rows[1]?.[0]).toBe('Criterio');
    expect(rows).toContainEqual(['Resultado', 'Todavía no']);
    await page.close();
  });

  const cases: Array<[string, string, number, 'light' | 'dark']> = [
    ['English, light', PAGE, 1280, 'light'],
    ['English, on a phone, dark', PAGE, 390, 'dark'],
    ['Spanish, light', `/es${PAGE}`, 1280, 'light'],
    ['Spanish, dark', `/es${PAGE}`, 1280, 'dark'],
  ];
  it.each(cases)('has no accessibility violation with ratings, an error and a caution showing (%s)', async (_, address, width, colorScheme) => {
    const page = await open(address, { width, colorScheme });
    const groups = page.locator('main fieldset').filter({ has: page.locator('input[type="radio"][value="ready"]') });
    await groups.nth(0).locator('input[value="ready"]').check();
    await groups.nth(1).locator('input[value="needs-work"]').check();
    await groups.nth(3).locator('input[value="not-ready"]').check();
    await page.locator('input[id$="-fixed"]').fill('abc');
    await page.locator('input[type="radio"][value="go"]').check();
    await page.locator('[role="alert"]').first().waitFor();
    await page.locator('[data-caution="goAgainstResult"]').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
