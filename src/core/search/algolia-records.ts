/**
 * The search records in the shape DocSearch and Docusaurus's Algolia search bar read: a hierarchy of
 * seven levels, the text, the absolute address, the level type, and the `language` and
 * `docusaurus_tag` attributes that contextual search filters on. Our own facets ride along. A record
 * over Algolia's size limit is cut into parts at sentence or word boundaries; the output depends only
 * on the input, so two runs give the same records.
 */
import type { IndexSettings } from 'algoliasearch';
import type { RecordFacet, SearchRecord, SearchRecordType } from './records';
import type { SearchLanguage } from './text';

/** Algolia refuses records over 10 KB; every record sent stays at or under this many bytes of JSON. */
export const MAX_RECORD_BYTES = 10_000;

export const HIERARCHY_LEVELS = ['lvl0', 'lvl1', 'lvl2', 'lvl3', 'lvl4', 'lvl5', 'lvl6'] as const;
export type HierarchyLevel = (typeof HIERARCHY_LEVELS)[number];

/** The tag Docusaurus gives pages of the docs plugin (id `default`, version `current`). */
export const DOCS_TAG = 'docs-default-current';
/** The tag Docusaurus gives every other page, such as the standards and the glossary. */
export const DEFAULT_TAG = 'default';

const DOC_TYPES: ReadonlySet<SearchRecordType> = new Set(['lesson', 'curriculum', 'tool', 'guide', 'path']);

export type AlgoliaRecord = {
  objectID: string;
  hierarchy: Record<HierarchyLevel, string | null>;
  /** Null for a record that is only a heading. */
  content: string | null;
  url: string;
  url_without_anchor: string;
  anchor: string | null;
  /** `content` when the record carries text, else the level of its deepest heading. */
  type: 'content' | HierarchyLevel;
  lang: SearchLanguage;
  language: SearchLanguage;
  version: string[];
  docusaurus_tag: string;
  /** Used by the custom ranking: a page's top first (higher level), then sections in page order. */
  weight: { level: number; position: number };
  record_type: string[];
  domain: string[];
  level: string[];
  stage: string[];
  pathway: string[];
  audience: string[];
  sector: string[];
  state: string[];
  service: string[];
  code?: string;
};

export interface AlgoliaRecordOptions {
  /** The site's public address, e.g. `https://worker-coop-library.github.io`. */
  siteUrl: string;
}

/** Turns search records into Algolia records, splitting any that would be too large. */
export function toAlgoliaRecords(records: readonly SearchRecord[], { siteUrl }: AlgoliaRecordOptions): AlgoliaRecord[] {
  const origin = siteUrl.replace(/\/+$/, '');
  const positions = new Map<string, number>();
  const result: AlgoliaRecord[] = [];
  for (const record of records) {
    const position = positions.get(record.path) ?? 0;
    positions.set(record.path, position + 1);
    result.push(...splitRecord(toAlgoliaRecord(record, origin, position)));
  }
  assertUniqueIds(result);
  return result;
}

function toAlgoliaRecord(record: SearchRecord, origin: string, position: number): AlgoliaRecord {
  const urlWithoutAnchor = `${origin}${record.path}`;
  const content = record.content.trim() === '' ? null : record.content;
  const depth = Math.min(record.hierarchy.length, HIERARCHY_LEVELS.length) - 1;
  const facet = (name: RecordFacet): string[] => [...(record.facets[name] ?? [])];
  return {
    objectID: record.objectID,
    hierarchy: toHierarchy(record.hierarchy),
    content,
    url: record.anchor ? `${urlWithoutAnchor}#${record.anchor}` : urlWithoutAnchor,
    url_without_anchor: urlWithoutAnchor,
    anchor: record.anchor || null,
    type: content === null ? HIERARCHY_LEVELS[Math.max(depth, 0)]! : 'content',
    lang: record.language,
    language: record.language,
    version: [record.version],
    docusaurus_tag: DOC_TYPES.has(record.type) ? DOCS_TAG : DEFAULT_TAG,
    weight: { level: 100 - 10 * Math.max(depth, 0), position },
    record_type: [record.type],
    domain: facet('domain'),
    level: facet('level'),
    stage: facet('stage'),
    pathway: facet('pathway'),
    audience: facet('audience'),
    sector: facet('sector'),
    state: facet('state'),
    service: facet('service'),
    ...(record.code ? { code: record.code } : {}),
  };
}

/** Seven levels, null where absent; headings deeper than lvl6 are joined into lvl6. */
function toHierarchy(titles: readonly string[]): Record<HierarchyLevel, string | null> {
  const last = HIERARCHY_LEVELS.length - 1;
  const levels = titles.length > HIERARCHY_LEVELS.length ? [...titles.slice(0, last), titles.slice(last).join(' › ')] : titles;
  return Object.fromEntries(HIERARCHY_LEVELS.map((level, index) => [level, levels[index] ?? null])) as Record<HierarchyLevel, string | null>;
}

/** The size Algolia counts: the record as JSON, in UTF-8 bytes. */
export function recordBytes(record: object): number {
  return Buffer.byteLength(JSON.stringify(record));
}

/**
 * The record itself when it fits; otherwise parts `<objectID>-1`, `-2`, ... that share everything
 * but their objectID and a slice of the content.
 */
export function splitRecord(record: AlgoliaRecord): AlgoliaRecord[] {
  if (recordBytes(record) <= MAX_RECORD_BYTES) return [record];
  if (record.content === null) throw new Error(`The search record "${record.objectID}" is over ${MAX_RECORD_BYTES} bytes even without its text: shorten its headings.`);
  // The widest suffix a part can get; the content's JSON bytes add to this overhead exactly.
  const overhead = recordBytes({ ...record, objectID: `${record.objectID}-${'9'.repeat(6)}`, content: '' });
  const budget = MAX_RECORD_BYTES - overhead;
  if (budget < 200) throw new Error(`The search record "${record.objectID}" leaves no room for its text under ${MAX_RECORD_BYTES} bytes: shorten its headings.`);
  return splitText(record.content, budget).map((content, index) => ({ ...record, objectID: `${record.objectID}-${index + 1}`, content }));
}

/** The bytes a text takes inside a JSON string, without the quotes. */
function jsonTextBytes(text: string): number {
  return Buffer.byteLength(JSON.stringify(text)) - 2;
}

/**
 * Cuts a text into parts of at most `maxBytes` JSON bytes each, at sentence ends where possible,
 * else between words, else (for one enormous word) between characters. Parts are trimmed; joined
 * with spaces they hold the same words in the same order.
 */
export function splitText(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const piece of pieces(text, maxBytes)) {
    // JSON escapes character by character, so the bytes of a concatenation are the sum of the bytes.
    const pieceBytes = jsonTextBytes(piece);
    if (current.trim() !== '' && currentBytes + pieceBytes > maxBytes) {
      parts.push(current.trim());
      current = '';
      currentBytes = 0;
    }
    current += piece;
    currentBytes += pieceBytes;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

/** Sentences (with their trailing space), broken further into words or characters when one is too long. */
function pieces(text: string, maxBytes: number): string[] {
  const sentences = text.split(/(?<=[.!?…:;]\s+|\n)(?=\S)/u);
  return sentences.flatMap((sentence) => {
    if (jsonTextBytes(sentence.trim()) <= maxBytes) return [sentence];
    return sentence.split(/(?<=\s)(?=\S)/u).flatMap((word) => (jsonTextBytes(word.trim()) <= maxBytes ? [word] : characterRuns(word, maxBytes)));
  });
}

function characterRuns(word: string, maxBytes: number): string[] {
  const runs: string[] = [];
  let run = '';
  let runBytes = 0;
  for (const character of word) {
    const characterBytes = jsonTextBytes(character);
    if (run !== '' && runBytes + characterBytes > maxBytes) {
      runs.push(run);
      run = '';
      runBytes = 0;
    }
    run += character;
    runBytes += characterBytes;
  }
  if (run !== '') runs.push(run);
  return runs;
}

function assertUniqueIds(records: readonly AlgoliaRecord[]): void {
  const seen = new Set<string>();
  for (const { objectID } of records) {
    if (seen.has(objectID)) throw new Error(`Two search records have the objectID "${objectID}": a split part clashes with another record's address. Rename one of the headings.`);
    seen.add(objectID);
  }
}

/**
 * The settings pushed with the records: DocSearch's searchable attributes and ranking, the facets
 * Docusaurus filters on (`language`, `docusaurus_tag`) and ours, English and Spanish language rules.
 * `distinct` on `url` folds the parts of a split record into one hit while letting several sections
 * of a page show (`url_without_anchor` would hide all but one section per page).
 */
export const ALGOLIA_INDEX_SETTINGS = {
  searchableAttributes: [...HIERARCHY_LEVELS.map((level) => `unordered(hierarchy.${level})`), 'unordered(code)', 'content'],
  attributesForFaceting: [
    'filterOnly(language)',
    'filterOnly(lang)',
    'filterOnly(version)',
    'filterOnly(docusaurus_tag)',
    'type',
    'searchable(record_type)',
    'searchable(domain)',
    'level',
    'stage',
    'pathway',
    'audience',
    'sector',
    'searchable(state)',
    'service',
  ],
  attributesToRetrieve: [
    'hierarchy',
    'content',
    'anchor',
    'url',
    'url_without_anchor',
    'type',
    'code',
    'record_type',
    'domain',
    'level',
    'stage',
    'pathway',
    'audience',
    'sector',
    'state',
    'service',
  ],
  attributesToHighlight: ['hierarchy', 'content'],
  attributesToSnippet: ['content:20'],
  distinct: true,
  attributeForDistinct: 'url',
  customRanking: ['desc(weight.level)', 'asc(weight.position)'],
  ignorePlurals: true,
  removeStopWords: true,
  queryLanguages: ['en', 'es'],
  indexLanguages: ['en', 'es'],
} satisfies IndexSettings;
