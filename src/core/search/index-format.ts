/**
 * The files of the local search index. The index is split so that a search loads only what it needs:
 * a small manifest, the one or two shards of terms that hold the query's words, and the shard of
 * documents that holds the first results. File names carry a fingerprint of the content, so a
 * browser can keep them as long as it likes.
 */
import type { RecordFacet, SearchRecordType } from './facets';
import type { SearchLanguage } from './text';

export const INDEX_FORMAT = 1;
export const MANIFEST_FILE = 'manifest.json';

export interface IndexManifest {
  readonly format: typeof INDEX_FORMAT;
  readonly language: SearchLanguage;
  readonly version: string;
  /** How many documents (records) the index holds. */
  readonly documents: number;
  /** A fingerprint of every file, part of each file's name. */
  readonly hash: string;
  /** The first term of each term shard, in order: a term lives in the last shard whose first term is not after it. */
  readonly shards: readonly string[];
  readonly documentsPerShard: number;
  /** Standard IDs (`gov03`) and domain prefixes (`gov`) with their document. */
  readonly codes: Readonly<Record<string, number>>;
  /** The values of each facet, in the order to show them. */
  readonly facets: Readonly<Partial<Record<RecordFacet, readonly string[]>>>;
  /** The size of all the index's files together, in bytes, before compression. */
  readonly bytes: number;
}

/** A term shard: each term with its postings, `[document gap, impact, document gap, impact, ...]`. */
export type TermShard = Readonly<Record<string, readonly number[]>>;

/** What a result shows: `[title, breadcrumb, url, excerpt, type]`. */
export type StoredDocument = readonly [title: string, breadcrumb: string, url: string, excerpt: string, type: SearchRecordType];

/** The documents of each facet value, `"facet:value"` to document gaps. */
export type FacetPostings = Readonly<Record<string, readonly number[]>>;

export const termShardFile = (hash: string, index: number) => `terms-${hash}-${index}.json`;
export const documentShardFile = (hash: string, index: number) => `docs-${hash}-${index}.json`;
export const facetFile = (hash: string) => `facets-${hash}.json`;

/** Turns ascending numbers into gaps, and back. */
export function toGaps(values: readonly number[]): number[] {
  return values.map((value, index) => (index === 0 ? value : value - values[index - 1]!));
}
export function fromGaps(gaps: readonly number[]): number[] {
  let value = 0;
  return gaps.map((gap) => (value += gap));
}
