/**
 * Every current Spanish page, walked in the browser once React has taken it over: the page is in
 * Spanish, and any English on it (a title, a sentence, a label a screen reader reads) is marked
 * lang="en", so that a screen reader switches voice and a reader knows why it is English. Dates are
 * written as Spanish readers write them ("4 de diciembre de 2026"), not 2026-12-04, except in a
 * citation. Archived releases are left out: their pages never change.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../../src/core/releases/checksummed-folder';
import { useChromium } from './support/chromium';
import { readsAsEnglish, withoutNames } from './support/english-text';
import { library } from './support/library';

const baseUrl = inject('baseUrl');
const spanishRoot = path.join(inject('buildDir'), 'es');
const browser = useChromium();

/** The names of the library itself and of the co-ops and organizations it describes: proper names, not English text. */
const NAMES = [
  'Worker Co-op Development Library',
  'Worker Co-op Library',
  'Worker Co-op Development Standards',
  ...library.organizations.map((organization) => organization.name),
  ...library.cases.map((study) => study.name),
];

/**
 * The English titles of lessons and standards, all of which have Spanish ones: one of them on a Spanish
 * page, unmarked, is a title that leaked from the English data. Titles of one or two words ("Feasibility")
 * could be Spanish words too, and are left to the word count.
 */
const englishTitles = [
  ...library.lessons.filter((lesson) => lesson.language === 'en').map((lesson) => lesson.frontMatter.title),
  ...library.standards.map((standard) => standard.title),
]
  .filter((title) => title.split(' ').length > 2)
  .map((title) => title.toLowerCase());

/** A release's archived pages (/es/1.0.0/…, /es/standards/1.0.0…) and the not-found page are not current pages. */
const isCurrent = (address: string) => !/^(standards\/)?\d+\.\d+\.\d+(\/|\.html$)/.test(address) && address !== '404.html';

/** The addresses of the current Spanish pages, e.g. /es/standards/GOV-01, grouped by their first folder. */
const addresses = listFiles(spanishRoot)
  .filter((file) => file.endsWith('.html') && isCurrent(file))
  .map((file) => `/es/${file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`.replace(/\/$/, ''))
  .sort();
const sectionOf = (address: string) => address.split('/')[2] || 'home';
const sections = [...new Set(addresses.map(sectionOf))];

interface Text {
  readonly where: string;
  readonly text: string;
  /** A citation or code, which keeps its own format (a citation's date is written 2026-12-04). */
  readonly quoted?: boolean;
}

/** Inside the page: each block of text and each spoken attribute whose language is not marked English. */
function collectUnmarkedText(): Text[] {
  const isEnglish = (element: Element) => /^en\b/i.test(element.closest('[lang]')?.getAttribute('lang') ?? '');
  const hidden = (element: Element) => element.closest('script, style, noscript, template, [aria-hidden="true"], [hidden]') !== null || !element.checkVisibility();
  const blocks = new Map<Element, string[]>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || isEnglish(parent) || hidden(parent)) continue;
    const block = parent.closest('p, li, td, th, h1, h2, h3, h4, h5, h6, dt, dd, figcaption, caption, label, button, summary, legend, blockquote, option, div') ?? parent;
    blocks.set(block, [...(blocks.get(block) ?? []), node.textContent]);
  }
  const describe = (element: Element) =>
    `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}>`;
  const texts: Text[] = [...blocks].map(([element, parts]) => ({
    where: describe(element),
    text: parts.join(' ').replace(/\s+/g, ' ').trim(),
    quoted: element.closest('[data-testid="citation"], code, pre') !== null,
  }));
  for (const element of Array.from(document.querySelectorAll('[aria-label], [alt], [title], [placeholder]'))) {
    if (isEnglish(element) || element.closest('[aria-hidden="true"]')) continue;
    for (const name of ['aria-label', 'alt', 'title', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value) texts.push({ where: `${describe(element)}[${name}]`, text: value });
    }
  }
  texts.push({ where: '<title>', text: document.title });
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content');
  if (description) texts.push({ where: '<meta description>', text: description });
  return texts;
}

async function unmarkedEnglishOn(page: Page, address: string): Promise<string[]> {
  const response = await page.goto(`${baseUrl}${address}`, { waitUntil: 'load' });
  expect(response?.status(), address).toBe(200);
  await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
  expect(await page.locator('html').getAttribute('lang'), address).toBe('es-US');
  const texts = await page.evaluate(collectUnmarkedText);
  return texts
    .filter(({ text }) => readsAsEnglish(withoutNames(text, NAMES)) || englishTitles.some((title) => text.toLowerCase().includes(title)))
    .map(({ where, text }) => `${address} ${where}: "${text.slice(0, 140)}"`);
}

describe('the Spanish site', () => {
  it('has its current pages to walk', () => {
    for (const expected of ['/es', '/es/standards', '/es/curricula', '/es/glossary', '/es/directory']) expect(addresses).toContain(expected);
    expect(addresses.length).toBeGreaterThan(150);
  });

  describe.each(sections)('pages under /es/%s', (section) => {
    it('are in Spanish, with every English text marked lang="en" and dates written out', { timeout: 240_000 }, async () => {
      const page = await browser().newPage();
      const found: string[] = [];
      for (const address of addresses.filter((candidate) => sectionOf(candidate) === section)) found.push(...(await unmarkedEnglishOn(page, address)));
      await page.close();
      expect(found, `English text not marked lang="en" on Spanish pages:\n${found.join('\n')}\n`).toEqual([]);
    });
  });
});
