/** The search page's own words, in the reader's language; the names of kinds of page and of facets are in src/core/vocabulary.ts. */
import { translate } from '@docusaurus/Translate';

/**
 * The line that says what a search is doing, for a live region: nothing without a query, then
 * searching, failed, no results, or `found(total)` (each place words its own count).
 */
export function searchStatus(query: string, state: { failed: boolean; total?: number }, found: (total: number) => string): string {
  if (!query.trim()) return '';
  if (state.failed) return translate({ id: 'search.failed', message: 'Search is not available right now. Check your connection and try again.' });
  if (state.total === undefined) return translate({ id: 'search.loading', message: 'Searching…' });
  if (state.total === 0) return translate({ id: 'search.none', message: 'No results for “{query}”.' }, { query });
  return found(state.total);
}
