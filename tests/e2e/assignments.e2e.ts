import ICAL from 'ical.js';
import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { openHydrated, useChromium } from './support/chromium';
import { library } from './support/library';

const baseUrl = inject('baseUrl');
const browser = useChromium();

const foundations = library.lessons.filter((lesson) => lesson.language === 'en' && lesson.docId.startsWith('curricula/worker-owner-foundations/'));
const minutesOf = (docId: string) => {
  const lesson = library.lessons.find((item) => item.docId === docId && item.language === 'en')!;
  return lesson.frontMatter.duration.teaching + lesson.frontMatter.duration.activity;
};

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await openHydrated(page, path.startsWith('http') ? path : `${baseUrl}${path}`);
  expect(response?.status()).toBe(200);
  Object.assign(page, { errors });
  return page;
}

/** Builds an assignment of three Worker-Owner Foundations lessons in Spanish and returns its link. */
async function buildAssignment(context: BrowserContext): Promise<string> {
  const page = await open(context, '/assign');
  await page.getByLabel('Cohort name').fill('Tuesday cohort');
  await page.getByLabel('Message to the group').fill('Read before each session.');
  await page.getByLabel('Language of the lessons').selectOption('es');
  await page.getByLabel('Curriculum').selectOption('worker-owner-foundations');
  for (const lesson of foundations.slice(0, 3)) {
    await page.locator(`[data-catalog-lesson="${lesson.docId}"] button`).click();
  }
  const chosen = page.locator('[data-chosen]');
  await expect(chosen.count()).resolves.toBe(3);
  await chosen.nth(0).getByLabel('Due date').fill('2026-12-01');
  await chosen.nth(0).getByLabel('Note (optional)').fill('Bring your questions');
  await chosen.nth(1).getByLabel('Due date').fill('2026-12-01');
  await chosen.nth(2).getByLabel('Due date').fill('2026-12-08');
  // Put the third lesson first.
  await chosen
    .nth(2)
    .getByRole('button', { name: /Move up/ })
    .click();
  await chosen
    .nth(1)
    .getByRole('button', { name: /Move up/ })
    .click();
  const link = await page.getByTestId('assignment-link').inputValue();
  await page.close();
  return link;
}

describe('the assignment builder and the shared link', () => {
  it('builds an assignment whose link opens in a fresh browser with everything in order', async () => {
    const trainer = await browser().newContext();
    const link = await buildAssignment(trainer);
    expect(link).toMatch(/\/es\/assignment#1\./);
    expect(link.length).toBeLessThan(2000);
    await trainer.close();

    const learner = await browser().newContext({ acceptDownloads: true });
    const page = await open(learner, link);
    await expect(page.locator('h1').textContent()).resolves.toBe('Tuesday cohort');
    const order = [foundations[2]!, foundations[0]!, foundations[1]!].map((lesson) => lesson.docId);
    const rows = await page.locator('[data-assignment-item]').evaluateAll((items) => items.map((item) => item.getAttribute('data-assignment-item')));
    expect(rows).toEqual(order);
    const hrefs = await page.locator('[data-assignment-item] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(order.map((docId) => `/es/${docId}`));
    const total = order.reduce((sum, docId) => sum + minutesOf(docId), 0);
    await expect(page.getByTestId('assignment-total').textContent()).resolves.toBe(`${total} minutos`);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar calendario' }).click()]);
    const calendar = fs.readFileSync((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(calendar)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.startDate.toString())).toEqual(['2026-12-01', '2026-12-08']);
    expect(events[0]?.description).toContain('Bring your questions');
    await learner.close();
  });

  it('prints a clean one-page syllabus', async () => {
    const trainer = await browser().newContext();
    const link = await buildAssignment(trainer);
    const page = await open(trainer, link.replace('/es/', '/'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav.navbar').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Print syllabus' }).isVisible()).resolves.toBe(false);
    const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    await trainer.close();
  });

  it('says clearly when a link is damaged, changed by hand, or empty, and never crashes', async () => {
    const context = await browser().newContext();
    const good = (await buildAssignment(context)).split('#')[1]!;
    for (const [hash, problem] of [
      ['', 'empty'],
      ['hello', 'corrupt'],
      [`7${good.slice(1)}`, 'version'],
      [`${good.slice(0, 20)}`, 'corrupt'],
      // Longer than any real assignment: refused before it is unpacked.
      [`${good}${'A'.repeat(16_001)}`, 'too-long'],
    ] as const) {
      const page = await open(context, `/assignment${hash ? `#${hash}` : ''}`);
      await expect(page.getByTestId('assignment-problem').getAttribute('data-problem')).resolves.toBe(problem);
      expect((await page.getByRole('alert').textContent())?.length).toBeGreaterThan(40);
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      await page.close();
    }
    await context.close();
  });

  it('marks a lesson that is no longer in the library, and keeps the rest', async () => {
    const { encodeAssignment } = await import('../../src/core/assignment/codec');
    const code = encodeAssignment({
      cohort: 'Old link',
      message: '',
      language: 'en',
      view: 'learner',
      items: [{ lesson: 'curricula/retired-course/old-lesson' }, { lesson: foundations[0]!.docId }],
    });
    const context = await browser().newContext();
    const page = await open(context, `/assignment#${code}`);
    await expect(page.getByTestId('missing-lesson').textContent()).resolves.toContain('old-lesson');
    await expect(page.locator('[data-assignment-item] a').count()).resolves.toBe(1);
    await context.close();
  });
});

describe('"Add to assignment" on a lesson page', () => {
  it('adds the lesson to the draft, shows the count, and the builder lists it', async () => {
    const context = await browser().newContext();
    const lesson = foundations[3]!;
    const page = await open(context, `/${lesson.docId}`);
    await expect(page.getByTestId('draft-count').textContent()).resolves.toBe('Assignment draft: 0 lessons');
    await page.getByRole('button', { name: 'Add to assignment' }).click();
    await expect(page.getByTestId('draft-count').textContent()).resolves.toBe('Assignment draft: 1 lesson');
    await expect(page.getByRole('button', { name: 'In your assignment' }).isDisabled()).resolves.toBe(true);
    const builder = await open(context, '/assign');
    await expect(builder.locator('[data-chosen]').getAttribute('data-chosen')).resolves.toBe(lesson.docId);
    await context.close();
  });
});

describe('accessibility of the assignment pages (axe-core, WCAG 2.2 AA)', () => {
  it('has no violation on the builder with lessons chosen, nor on the assignment page, in both languages', async () => {
    const context = await browser().newContext();
    const link = await buildAssignment(context);
    for (const path of ['/assign', '/es/assign', link, link.replace('/es/', '/')]) {
      const page = await open(context, path);
      expect(await accessibilityViolations(page), path).toEqual([]);
      await page.close();
    }
    await context.close();
  });
});
