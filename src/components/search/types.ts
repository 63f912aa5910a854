/** What the search box and the search page ask of a search engine, whichever engine it is. */
import type { RecordFacet, SearchRecordType } from '@site/src/core/search/facets';
import type { TextPart } from '@site/src/core/search/highlight';

export type FacetFilters = Partial<Record<RecordFacet, readonly string[]>>;
export type FacetCounts = Partial<Record<RecordFacet, Record<string, number>>>;

export interface SearchRequest {
  query: string;
  /** The languages to search: the reader's own by default. */
  languages: readonly string[];
  filters?: FacetFilters;
  /** True while the reader types: the last word also matches longer words. */
  typing?: boolean;
  /** How many hits to return. */
  limit: number;
  /** Also count the hits per facet value. */
  withFacets?: boolean;
}

export interface SearchHit {
  title: string;
  /** Where the hit sits: part of the site, page, headings. */
  breadcrumb: string;
  url: string;
  excerpt: string;
  type: SearchRecordType;
  language: string;
  /** True when the query was this standard's ID or this domain's prefix. */
  exact?: boolean;
  /** The title and the excerpt cut into parts, with the words that match the query marked. */
  titleParts: TextPart[];
  excerptParts: TextPart[];
}

export interface SearchResponse {
  total: number;
  hits: SearchHit[];
  facets?: FacetCounts;
  /** When a word of the query is in no page: the query as the reader probably meant it. */
  suggestion?: string;
}

export interface SearchClient {
  readonly engine: 'local' | 'algolia';
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Starts loading what the first search needs, e.g. when the search box gets focus. */
  prepare(languages: readonly string[]): void;
  /** Loads the rest of the index in the background so that search keeps working offline. */
  keepForOffline(languages: readonly string[]): void;
}
