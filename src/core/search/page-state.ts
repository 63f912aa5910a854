/**
 * The state of the search page in its address, so that a search can be shared or bookmarked:
 * `/search?q=capital+account&type=standard,lesson&level=core&lang=all`. Unknown facets and values are
 * dropped; the order of values is kept stable so that one search has one address.
 */
import { RECORD_FACETS, type RecordFacet } from './facets';

export interface SearchPageState {
  query: string;
  filters: Partial<Record<RecordFacet, string[]>>;
  /** Search every language, not only the page's own. */
  allLanguages: boolean;
}

export function parseSearchPageState(search: string): SearchPageState {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<RecordFacet, string[]>> = {};
  for (const facet of RECORD_FACETS) {
    const values = (params.get(facet) ?? '')
      .split(',')
      .map((value) => value.trim())
      .filter((value) => /^[a-z0-9-]+$/.test(value));
    if (values.length > 0) filters[facet] = [...new Set(values)].sort();
  }
  return { query: params.get('q') ?? '', filters, allLanguages: params.get('lang') === 'all' };
}

export function serializeSearchPageState(state: SearchPageState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query);
  for (const facet of RECORD_FACETS) {
    const values = state.filters[facet] ?? [];
    if (values.length > 0) params.set(facet, [...new Set(values)].sort().join(','));
  }
  if (state.allLanguages) params.set('lang', 'all');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toggleSearchFilter(state: SearchPageState, facet: RecordFacet, value: string): SearchPageState {
  const current = state.filters[facet] ?? [];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value].sort();
  const filters = { ...state.filters, [facet]: next };
  if (next.length === 0) delete filters[facet];
  return { ...state, filters };
}
