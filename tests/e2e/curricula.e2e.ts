import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { computeSchedule } from '../../src/core/schedule';
import { accessibilityViolations } from './support/axe';
import { openHydrated, useChromium } from './support/chromium';
import { library } from './support/library';

const baseUrl = inject('baseUrl');
const browser = useChromium();

const englishLessons = library.lessons.filter((lesson) => lesson.language === 'en');
const lessonsOf = (curriculum: string) => englishLessons.filter((lesson) => lesson.docId.startsWith(`curricula/${curriculum}/`));
const curricula = [...new Set(englishLessons.map((lesson) => lesson.docId.split('/')[1]!))].sort();
const lesson = englishLessons[0]!;
const notesIn = (page: Page) => page.locator('[data-facilitator-note]').count();

async function open(page: Page, path: string): Promise<Page> {
  const response = await openHydrated(page, `${baseUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('a lesson page', () => {
  it('starts in the learner view, with facilitator notes hidden', async () => {
    const page = await open(await browser().newPage(), `/${lesson.docId}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(lesson.frontMatter.title);
    await expect(page.locator('[data-lesson-view]').getAttribute('data-lesson-view')).resolves.toBe('learner');
    expect(await notesIn(page)).toBe(0);
    expect(await page.locator('[data-activity]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('switches to the facilitator view, puts it in the address, and remembers it', async () => {
    const context = await browser().newContext();
    const page = await open(await context.newPage(), `/${lesson.docId}`);
    await page.getByRole('button', { name: 'Facilitator view' }).click();
    await page.waitForURL(/view=facilitator/);
    expect(await notesIn(page)).toBeGreaterThan(0);

    const later = await open(await context.newPage(), `/${lesson.docId}`);
    await expect(later.locator('[data-lesson-view]').getAttribute('data-lesson-view')).resolves.toBe('facilitator');
    const forced = await open(await context.newPage(), `/${lesson.docId}?view=learner`);
    expect(await notesIn(forced)).toBe(0);
    await context.close();
  });

  it('opens in the facilitator view from a shared link', async () => {
    const page = await open(await browser().newPage(), `/${lesson.docId}?view=facilitator`);
    expect(await notesIn(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('links to the standards it teaches, and each of those standards links back', async () => {
    const page = await open(await browser().newPage(), `/${lesson.docId}`);
    const standard = lesson.frontMatter.standards[0]!;
    await page.locator(`[data-lesson-header] a[href$="/standards/${standard}"]`).click();
    await page.waitForURL(`**/standards/${standard}`);
    await page.waitForSelector('#lessons + ul a');
    const back = await page.locator('#lessons + ul a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(back).toContain(`/${lesson.docId}`);
    await page.close();
  });
});

describe('a curriculum overview', () => {
  for (const curriculum of curricula) {
    it(`lists the lessons and total time of ${curriculum}, computed from the lessons`, async () => {
      const lessons = lessonsOf(curriculum);
      const page = await open(await browser().newPage(), `/curricula/${curriculum}`);
      const rows = await page.locator('table tbody tr td:nth-child(2)').allTextContents();
      expect(rows).toEqual(lessons.map((item) => item.frontMatter.title));
      const minutes = lessons.reduce((sum, item) => sum + item.frontMatter.duration.teaching + item.frontMatter.duration.activity, 0);
      await expect(page.getByTestId('curriculum-total').textContent()).resolves.toBe(`${lessons.length} lessons, ${(minutes / 60).toFixed(1)} hours in all`);
      // Every standard its lessons teach is listed with its title after its ID.
      const taught = [...new Set(lessons.flatMap((item) => item.frontMatter.standards ?? []))].sort();
      const listed = await page.getByRole('list', { name: 'Standards this curriculum covers' }).getByRole('link').allTextContents();
      expect(listed.map((text) => text.split(' ')[0]).sort()).toEqual(taught);
      for (const text of listed) expect(text).toMatch(/^[A-Z]+-\d{2} \S/);
      await page.close();
    });
  }

  it('plans sessions of the chosen length', async () => {
    const curriculum = curricula[0]!;
    const items = lessonsOf(curriculum).map((item) => ({
      id: item.docId,
      title: item.frontMatter.title,
      minutes: item.frontMatter.duration.teaching + item.frontMatter.duration.activity,
    }));
    const page = await open(await browser().newPage(), `/curricula/${curriculum}`);
    for (const sessionMinutes of [60, 180]) {
      await page.getByLabel('Session length').selectOption(String(sessionMinutes));
      const expected = computeSchedule(items, { sessionMinutes, breakMinutes: 10 }).length;
      await expect(page.getByTestId('session-count').textContent()).resolves.toBe(`${expected} sessions`);
      expect(await page.locator('[data-session]').count()).toBe(expected);
    }
    await page.close();
  });
});

describe('the printable curriculum', () => {
  const curriculum = curricula[0]!;

  it('holds every lesson, one per printed page, without the site navigation', async () => {
    const page = await open(await browser().newPage(), `/curricula/${curriculum}/print?view=learner`);
    expect(await page.locator('[data-print-lesson]').count()).toBe(lessonsOf(curriculum).length);
    expect(await notesIn(page)).toBe(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav.navbar').isVisible()).resolves.toBe(false);
    const breaks = await page.locator('[data-print-lesson]').evaluateAll((articles) => articles.map((article) => getComputedStyle(article).breakBefore));
    expect(breaks.slice(1).every((value) => value === 'page')).toBe(true);
    expect(breaks[0]).not.toBe('page');
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('includes the facilitator notes in the facilitator version', async () => {
    const page = await open(await browser().newPage(), `/curricula/${curriculum}/print?view=facilitator`);
    expect(await notesIn(page)).toBeGreaterThanOrEqual(lessonsOf(curriculum).length);
    await page.close();
  });
});

describe('every lesson in Spanish', () => {
  const spanish = library.lessons.filter((item) => item.language === 'es');
  const english = library.lessons.filter((item) => item.language === 'en');

  it('has a Spanish page for every lesson', () => {
    expect(spanish.map((item) => item.docId).sort()).toEqual(english.map((item) => item.docId).sort());
  });

  // One test per curriculum, so that each stays well inside the time a test may take.
  for (const curriculum of curricula) {
    it(`shows each lesson of ${curriculum} in Spanish, with its title and the facilitator view`, async () => {
      for (const item of spanish.filter((lesson) => lesson.docId.startsWith(`curricula/${curriculum}/`))) {
        const page = await open(await browser().newPage(), `/es/${item.docId}`);
        await expect(page.locator('h1').textContent()).resolves.toBe(item.frontMatter.title);
        await expect(page.getByRole('button', { name: 'Vista del facilitador' }).count()).resolves.toBe(1);
        await page.close();
      }
    });
  }

  it('prints each curriculum in Spanish, every lesson once', async () => {
    for (const curriculum of curricula) {
      const page = await open(await browser().newPage(), `/es/curricula/${curriculum}/print?view=facilitator`);
      expect(await page.locator('[data-print-lesson]').count()).toBe(lessonsOf(curriculum).length);
      expect(await page.getAttribute('html', 'lang')).toMatch(/^es\b/);
      await page.close();
    }
  });
});

describe('accessibility of lessons (axe-core, WCAG 2.2 AA)', () => {
  for (const path of [`/${lesson.docId}?view=facilitator`, `/curricula/${curricula[0]}`, `/curricula/${curricula[0]}/print?view=facilitator`]) {
    it(`has no violation on ${path}`, async () => {
      const page = await open(await browser().newPage(), path);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
