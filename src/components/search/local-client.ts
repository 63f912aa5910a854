/**
 * The default engine: the index the build wrote to `search-index/` in each language, fetched in small
 * pieces as queries need them. Once a search has shown results, the rest of the index is fetched in
 * the background (unless it is large or the reader saves data) so that search works offline.
 */
import { LocalSearchIndex, type RankedDocument } from '@site/src/core/search/engine';
import { markHit } from './highlight-hits';
import type { FacetCounts, SearchClient, SearchHit, SearchRequest, SearchResponse } from './types';

/** Above this size (before compression) the whole index is not fetched ahead of need. */
const OFFLINE_LIMIT_BYTES = 3_000_000;

export function createLocalClient(indexes: Readonly<Record<string, string>>): SearchClient {
  const opened = new Map<string, Promise<LocalSearchIndex>>();
  const open = (language: string): Promise<LocalSearchIndex> => {
    let index = opened.get(language);
    if (!index) {
      const folder = indexes[language];
      if (!folder) return Promise.reject(new Error(`No search index for language "${language}"`));
      index = LocalSearchIndex.open(async (name) => {
        const response = await fetch(`${folder}${name}`);
        if (!response.ok) throw new Error(`Could not load the search index (${response.status})`);
        return response.json();
      });
      index.catch(() => opened.delete(language));
      opened.set(language, index);
    }
    return index;
  };

  return {
    engine: 'local',
    prepare(languages) {
      languages.forEach((language) => void open(language).catch(() => undefined));
    },
    keepForOffline(languages) {
      const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
      if (saveData) return;
      for (const language of languages) {
        void open(language)
          .then((index) => (index.manifest.bytes <= OFFLINE_LIMIT_BYTES ? index.loadEverything() : undefined))
          .catch(() => undefined);
      }
    },
    async search(request: SearchRequest): Promise<SearchResponse> {
      const perLanguage = await Promise.all(
        request.languages.map(async (language) => {
          const index = await open(language);
          const result = await index.search(request.query, { typing: request.typing, filters: request.filters, limit: request.limit });
          return { language, index, result };
        }),
      );
      // Each language's scores are scaled to its own best, so that no index outranks the other only
      // because it is smaller.
      const merged = perLanguage
        .flatMap(({ language, index, result }) => {
          const best = result.top.find((item) => Number.isFinite(item.score))?.score ?? 1;
          return result.top.map((item) => ({ ...item, score: Number.isFinite(item.score) ? item.score / best : item.score, language, index }));
        })
        .sort(compareRanked);
      const shown = merged.slice(0, request.limit);
      const total = perLanguage.reduce((sum, { result }) => sum + result.total, 0);
      const hits = await Promise.all(
        shown.map(async (item): Promise<SearchHit> => {
          const [document] = await item.index.documents([item.document]);
          return markHit({ ...document!, language: item.language, ...(item.score === Number.POSITIVE_INFINITY ? { exact: true } : {}) }, request.query);
        }),
      );
      const facets = request.withFacets ? sumCounts(await Promise.all(perLanguage.map(({ index, result }) => index.facetCounts(result, request.filters)))) : undefined;
      // The reader's own language is asked first for the words they probably meant.
      const suggestions = await Promise.all(perLanguage.map(({ index, result }) => index.suggestion(request.query, result)));
      const suggestion = suggestions.find((candidate) => candidate !== undefined);
      return { total, hits, ...(facets ? { facets } : {}), ...(suggestion ? { suggestion } : {}) };
    },
  };
}

/** An exact ID first (its score is infinite), then the higher score, then the earlier document. */
function compareRanked(a: RankedDocument, b: RankedDocument): number {
  return (a.score === b.score ? 0 : b.score - a.score) || a.document - b.document;
}

function sumCounts(all: readonly FacetCounts[]): FacetCounts {
  const total: FacetCounts = {};
  for (const counts of all) {
    for (const [facet, values] of Object.entries(counts) as Array<[keyof FacetCounts, Record<string, number>]>) {
      const target = (total[facet] ??= {});
      for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
    }
  }
  return total;
}
