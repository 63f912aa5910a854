/**
 * The hosted engine: the same records, pushed to Algolia by `npm run search:algolia`, searched with
 * Algolia's small search-only client. The client is loaded only when a search runs, and only with the
 * public search key.
 */
import type { AlgoliaSearchConfig } from '@site/src/plugins/search';
import type { RecordFacet, SearchRecordType } from '@site/src/core/search/facets';
import { markHit } from './highlight-hits';
import type { FacetCounts, SearchClient, SearchHit, SearchRequest, SearchResponse } from './types';

/** The Algolia attribute of each facet (see src/core/search/algolia-records.ts). */
const ATTRIBUTES: Record<RecordFacet, string> = {
  type: 'record_type',
  domain: 'domain',
  level: 'level',
  stage: 'stage',
  pathway: 'pathway',
  audience: 'audience',
  sector: 'sector',
  state: 'state',
  service: 'service',
};

interface AlgoliaHit {
  url: string;
  hierarchy: Record<string, string | null>;
  content?: string | null;
  /** One value: the kind of page (an array, like the other facets). */
  record_type: SearchRecordType[];
  language: string;
  _snippetResult?: { content?: { value?: string } };
}

/** Where the client sends its requests; Algolia's own hosts unless given (tests use a local server). */
export interface AlgoliaTransport {
  hosts?: Array<{ url: string; accept: 'read' | 'readWrite'; protocol: 'http' | 'https'; port?: number }>;
}

export function createAlgoliaClient(config: AlgoliaSearchConfig, transport: AlgoliaTransport = {}): SearchClient {
  let client: Promise<{ searchForHits: (request: unknown) => Promise<{ results: unknown[] }> }> | undefined;
  const connect = () =>
    (client ??= import('algoliasearch/lite').then(
      ({ liteClient }) => liteClient(config.appId, config.searchKey, transport.hosts ? { hosts: transport.hosts } : undefined) as never,
    ));
  return {
    engine: 'algolia',
    prepare() {
      void connect();
    },
    keepForOffline() {
      // A hosted index needs the network; nothing can be kept ahead.
    },
    async search(request: SearchRequest): Promise<SearchResponse> {
      const { results } = await (await connect()).searchForHits({ requests: [algoliaQuery(config.indexName, request)] });
      return fromAlgolia(results[0] as AlgoliaResult, request.query);
    },
  };
}

interface AlgoliaResult {
  nbHits: number;
  hits: AlgoliaHit[];
  facets?: Record<string, Record<string, number>>;
}

/** The request for one search: facets become facet filters (any value within a facet, every facet). */
export function algoliaQuery(indexName: string, request: SearchRequest) {
  const facetFilters = [
    request.languages.map((language) => `language:${language}`),
    ...Object.entries(request.filters ?? {})
      .filter(([, values]) => values && values.length > 0)
      .map(([facet, values]) => values!.map((value) => `${ATTRIBUTES[facet as RecordFacet]}:${value}`)),
  ];
  return {
    indexName,
    query: request.query,
    hitsPerPage: request.limit,
    facetFilters,
    attributesToSnippet: ['content:24'],
    ...(request.withFacets ? { facets: Object.values(ATTRIBUTES) } : {}),
  };
}

export function fromAlgolia(result: AlgoliaResult, query: string): SearchResponse {
  const hits = result.hits.map((hit): SearchHit => {
    const levels = Object.keys(hit.hierarchy)
      .sort()
      .map((level) => hit.hierarchy[level])
      .filter((value): value is string => Boolean(value));
    const snippet = hit._snippetResult?.content?.value?.replace(/<[^>]*>/g, '') ?? hit.content ?? '';
    return markHit(
      {
        title: levels.at(-1) ?? '',
        breadcrumb: levels.slice(0, -1).join(' › '),
        url: relativeUrl(hit.url),
        excerpt: snippet,
        type: hit.record_type[0] ?? 'guide',
        language: hit.language,
      },
      query,
    );
  });
  const facets: FacetCounts = {};
  for (const [facet, attribute] of Object.entries(ATTRIBUTES) as Array<[RecordFacet, string]>) {
    if (result.facets?.[attribute]) facets[facet] = result.facets[attribute];
  }
  return { total: result.nbHits, hits, ...(result.facets ? { facets } : {}) };
}

/** Algolia records hold full addresses; on this site, links stay on the current origin. */
function relativeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.hash}`;
  } catch {
    return url;
  }
}
