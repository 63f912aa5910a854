import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibraryOrThrow } from '../load';
import { ALGOLIA_INDEX_SETTINGS, DEFAULT_TAG, DOCS_TAG, MAX_RECORD_BYTES, recordBytes, splitText, toAlgoliaRecords, type AlgoliaRecord } from './algolia-records';
import { buildSearchRecords } from '../registry';
import type { SearchRecord } from './records';

const ROOT = path.resolve(__dirname, '../../..');
const SITE = 'https://coops.example.org';
const library = loadLibraryOrThrow(ROOT);
const searchRecords = (['en', 'es'] as const).flatMap((language) => buildSearchRecords(library, { language, baseUrl: language === 'en' ? '/' : '/es/' }));
const records = toAlgoliaRecords(searchRecords, { siteUrl: SITE });
const byId = (objectID: string): AlgoliaRecord => {
  const record = records.find((candidate) => candidate.objectID === objectID);
  if (!record) throw new Error(`no record ${objectID}`);
  return record;
};
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** A record of our own model with everything filled in, for the synthetic cases. */
function searchRecord(overrides: Partial<SearchRecord>): SearchRecord {
  return {
    objectID: 'en:/guides/long#notes',
    type: 'guide',
    language: 'en',
    version: '9.9.9',
    title: 'A long guide',
    hierarchy: ['Guides', 'A long guide', 'Notes'],
    heading: 'Notes',
    content: 'Short.',
    path: '/guides/long',
    anchor: 'notes',
    facets: { type: ['guide'], audience: ['developer'] },
    ...overrides,
  };
}

describe('toAlgoliaRecords on the real library', () => {
  it('gives a standard its place in the hierarchy, its text, its facets and the tag of plugin pages', () => {
    const standard = library.standards.find((candidate) => candidate.status !== 'retired')!;
    const domain = library.domains.find((candidate) => candidate.id === standard.domain)!;
    const record = byId(`en:/standards/${standard.id}`);
    expect(record.hierarchy).toEqual({ lvl0: 'Standards', lvl1: domain.title, lvl2: `${standard.id} ${standard.title}`, lvl3: null, lvl4: null, lvl5: null, lvl6: null });
    expect(record.content).toContain(standard.statement);
    expect(record).toMatchObject({
      url: `${SITE}/standards/${standard.id}`,
      url_without_anchor: `${SITE}/standards/${standard.id}`,
      anchor: null,
      type: 'content',
      lang: 'en',
      language: 'en',
      version: [library.meta.version],
      docusaurus_tag: DEFAULT_TAG,
      record_type: ['standard'],
      domain: [standard.domain],
      level: [standard.level],
      stage: [...standard.stages],
      pathway: [...standard.pathways],
      audience: [...standard.audiences],
      code: standard.id,
    });
  });

  it('points a Spanish glossary term at its anchor on the Spanish glossary page', () => {
    const term = library.glossary[0]!;
    const record = byId(`es:/es/glossary#${term.id}`);
    expect(record).toMatchObject({
      hierarchy: { lvl0: 'Glosario', lvl1: term.term.es, lvl2: null },
      content: term.definition.es,
      url: `${SITE}/es/glossary#${term.id}`,
      url_without_anchor: `${SITE}/es/glossary`,
      anchor: term.id,
      type: 'content',
      language: 'es',
      lang: 'es',
      docusaurus_tag: DEFAULT_TAG,
      record_type: ['glossary'],
    });
    expect(record.code).toBeUndefined();
  });

  it('gives a lesson section its headings, its anchor and the tag of the docs plugin', () => {
    const section = searchRecords.find((record) => record.type === 'lesson' && record.language === 'en' && record.anchor !== '')!;
    const record = byId(section.objectID);
    expect(record.hierarchy.lvl0).toBe('Curricula');
    expect(record.hierarchy.lvl1).toBe(section.title);
    expect(record.hierarchy.lvl2).toBe(section.heading);
    expect(record).toMatchObject({
      url: `${SITE}${section.path}#${section.anchor}`,
      url_without_anchor: `${SITE}${section.path}`,
      anchor: section.anchor,
      type: 'content',
      content: section.content,
      docusaurus_tag: DOCS_TAG,
      record_type: ['lesson'],
      language: 'en',
    });
    // The page's top record ranks above its sections; sections keep their order on the page.
    const top = byId(`en:${section.path}`);
    expect(top.weight.level).toBeGreaterThan(record.weight.level);
    expect(top.weight.position).toBeLessThan(record.weight.position);
  });

  it('keeps every record at or under 10,000 bytes', () => {
    const largest = Math.max(...records.map(recordBytes));
    expect(largest).toBeLessThanOrEqual(MAX_RECORD_BYTES);
  });

  it('gives every record a unique objectID and an absolute address, with the anchor when there is one', () => {
    expect(new Set(records.map((record) => record.objectID)).size).toBe(records.length);
    expect(records.length).toBeGreaterThanOrEqual(searchRecords.length);
    for (const record of records) {
      expect(record.url_without_anchor.startsWith(`${SITE}/`)).toBe(true);
      expect(record.url).toBe(record.anchor ? `${record.url_without_anchor}#${record.anchor}` : record.url_without_anchor);
    }
    expect(new Set(records.map((record) => record.language))).toEqual(new Set(['en', 'es']));
  });

  it('gives the same records on every run, and a trailing slash in the site address changes nothing', () => {
    expect(toAlgoliaRecords(searchRecords, { siteUrl: `${SITE}/` })).toEqual(records);
  });
});

describe('toAlgoliaRecords on synthetic records', () => {
  it('marks a heading with no text as a heading record of its level', () => {
    const [record] = toAlgoliaRecords([searchRecord({ content: '  ' })], { siteUrl: SITE });
    expect(record).toMatchObject({ content: null, type: 'lvl2', objectID: 'en:/guides/long#notes', docusaurus_tag: DOCS_TAG, audience: ['developer'], domain: [] });
  });

  it('cuts 50 KB of text into parts of at most 10,000 bytes that share the hierarchy and address', () => {
    const sentences: string[] = [];
    for (let index = 0; sentences.join(' ').length < 50_000; index += 1) {
      sentences.push(`Sentence ${index} says the "members" decide together, with one vote each.${index % 7 === 0 ? '\n' : ''}`);
    }
    const content = sentences.join(' ');
    const parts = toAlgoliaRecords([searchRecord({ content })], { siteUrl: SITE });
    expect(parts.length).toBeGreaterThanOrEqual(5);
    expect(parts.map((part) => part.objectID)).toEqual(parts.map((_, index) => `en:/guides/long#notes-${index + 1}`));
    for (const part of parts) {
      expect(recordBytes(part)).toBeLessThanOrEqual(MAX_RECORD_BYTES);
      expect(part.hierarchy).toEqual(parts[0]!.hierarchy);
      expect(part.url).toBe(`${SITE}/guides/long#notes`);
      expect(part.type).toBe('content');
      // Each part ends at a sentence end.
      expect(part.content!.trimEnd().endsWith('.')).toBe(true);
    }
    expect(words(parts.map((part) => part.content).join(' '))).toEqual(words(content));
  });

  it('cuts between words, then between characters, when the text has no sentence ends', () => {
    const accented = Array.from({ length: 6000 }, (_, index) => `cooperación${index}`).join(' ');
    const giant = 'ñ'.repeat(30_000);
    for (const content of [accented, giant]) {
      const parts = toAlgoliaRecords([searchRecord({ content })], { siteUrl: SITE });
      expect(parts.length).toBeGreaterThan(1);
      for (const part of parts) expect(recordBytes(part)).toBeLessThanOrEqual(MAX_RECORD_BYTES);
      expect(parts.map((part) => part.content).join(content === giant ? '' : ' ')).toBe(content);
    }
  });

  it('splitText keeps every part within the budget counted as JSON', () => {
    const text = 'Quote "this" and \\ that.\n'.repeat(400);
    const parts = splitText(text, 1000);
    for (const part of parts) expect(Buffer.byteLength(JSON.stringify(part)) - 2).toBeLessThanOrEqual(1000);
    expect(words(parts.join(' '))).toEqual(words(text));
  });
});

describe('ALGOLIA_INDEX_SETTINGS', () => {
  it('searches the hierarchy, codes and text, and facets what Docusaurus and our filters use', () => {
    expect(ALGOLIA_INDEX_SETTINGS.searchableAttributes).toEqual([
      'unordered(hierarchy.lvl0)',
      'unordered(hierarchy.lvl1)',
      'unordered(hierarchy.lvl2)',
      'unordered(hierarchy.lvl3)',
      'unordered(hierarchy.lvl4)',
      'unordered(hierarchy.lvl5)',
      'unordered(hierarchy.lvl6)',
      'unordered(code)',
      'content',
    ]);
    expect(ALGOLIA_INDEX_SETTINGS.attributesForFaceting).toEqual(
      expect.arrayContaining(['filterOnly(language)', 'filterOnly(docusaurus_tag)', 'searchable(record_type)', 'searchable(domain)', 'level', 'stage', 'pathway', 'audience']),
    );
    expect(ALGOLIA_INDEX_SETTINGS).toMatchObject({ attributesToSnippet: ['content:20'], queryLanguages: ['en', 'es'], indexLanguages: ['en', 'es'], attributeForDistinct: 'url' });
  });
});
