/**
 * Synthetic guide pages for the search benchmark, the same pages for both engines: as search records
 * for our index (a record for the top of the page, then one per section, as real doc pages give) and
 * as static HTML files for Pagefind. Each page has a title of 3–7 words, a one-sentence summary and
 * 3–5 sections with a heading and 80–150 words. Deterministic for a given seed and vocabulary.
 */
import fs from 'node:fs';
import path from 'node:path';
import { slug as slugify } from 'github-slugger';
import type { SearchRecord } from '../../src/core/search/records';
import { between, seededRandom, type Random, type Vocabulary, type ZipfWords } from './vocabulary';

export interface SyntheticSection {
  readonly heading: string;
  readonly anchor: string;
  readonly paragraphs: readonly string[];
}

export interface SyntheticPage {
  /** The address, without the site's base URL, e.g. `/guides/synthetic/page-00042`. */
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  readonly sections: readonly SyntheticSection[];
}

const SECTION_NAME = 'Guides';
const VERSION = 'bench';

export function syntheticPages(count: number, vocabulary: Vocabulary, seed = 1): SyntheticPage[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => syntheticPage(index, vocabulary, random));
}

function syntheticPage(index: number, vocabulary: Vocabulary, random: Random): SyntheticPage {
  const title = phrase(vocabulary.content, random, between(random, 3, 7));
  const summary = sentence(vocabulary.text, random, between(random, 12, 20));
  const anchors = new Set<string>();
  const sections = Array.from({ length: between(random, 3, 5) }, () => {
    const heading = phrase(vocabulary.content, random, between(random, 2, 5));
    let anchor = slugify(heading);
    for (let suffix = 1; anchors.has(anchor); suffix += 1) anchor = `${slugify(heading)}-${suffix}`;
    anchors.add(anchor);
    return { heading, anchor, paragraphs: paragraphs(vocabulary.text, random, between(random, 80, 150)) };
  });
  return { url: `/guides/synthetic/page-${String(index + 1).padStart(5, '0')}`, title, summary, sections };
}

/** Title case words, as in a title or a heading. */
function phrase(words: ZipfWords, random: Random, length: number): string {
  return Array.from({ length }, () => capitalize(words.draw(random))).join(' ');
}

function sentence(words: ZipfWords, random: Random, length: number): string {
  const list = Array.from({ length }, () => words.draw(random));
  return `${capitalize(list.join(' '))}.`;
}

/** About `wordCount` words in sentences of 8–20 words, cut into one to three paragraphs. */
function paragraphs(words: ZipfWords, random: Random, wordCount: number): string[] {
  const sentences: string[] = [];
  for (let left = wordCount; left > 0;) {
    const length = Math.min(left, between(random, 8, 20));
    sentences.push(sentence(words, random, length));
    left -= length;
  }
  const parts = Math.min(sentences.length, between(random, 1, 3));
  const perPart = Math.ceil(sentences.length / parts);
  return Array.from({ length: parts }, (_, part) => sentences.slice(part * perPart, (part + 1) * perPart).join(' ')).filter(Boolean);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A record for the top of each page, then one per section, shaped like the records of a real guide. */
export function syntheticRecords(pages: readonly SyntheticPage[]): SearchRecord[] {
  return pages.flatMap((page) => {
    const top: SearchRecord = {
      objectID: `en:${page.url}`,
      type: 'guide',
      language: 'en',
      version: VERSION,
      title: page.title,
      hierarchy: [SECTION_NAME, page.title],
      heading: '',
      content: page.summary,
      path: page.url,
      anchor: '',
      facets: { type: ['guide'] },
    };
    return [
      top,
      ...page.sections.map((section) => ({
        ...top,
        objectID: `en:${page.url}#${section.anchor}`,
        hierarchy: [...top.hierarchy, section.heading],
        heading: section.heading,
        content: section.paragraphs.join('\n'),
        anchor: section.anchor,
      })),
    ];
  });
}

/** The static HTML of a page, its text inside `<main data-pagefind-body>`. */
export function syntheticHtml(page: SyntheticPage): string {
  const sections = page.sections.map((section) =>
    [`<h2 id="${section.anchor}">${escapeHtml(section.heading)}</h2>`, ...section.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`)].join('\n'),
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><title>${escapeHtml(page.title)}</title></head>`,
    '<body>',
    '<main data-pagefind-body>',
    `<h1>${escapeHtml(page.title)}</h1>`,
    `<p>${escapeHtml(page.summary)}</p>`,
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Writes each page as `<url>.html` under `siteDir`. */
export function writeSyntheticSite(siteDir: string, pages: readonly SyntheticPage[]): void {
  for (const page of pages) {
    const file = path.join(siteDir, `${page.url.replace(/^\//, '')}.html`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, syntheticHtml(page));
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
