/** The words for kinds of results and the search facets, in the reader's language. */
import { translate } from '@docusaurus/Translate';
import { facetLabel as standardsFacetLabel } from '@site/src/components/standards/labels';
import type { RecordFacet } from '@site/src/core/search/facets';

export function typeLabel(type: string): string {
  switch (type) {
    case 'standard':
      return translate({ id: 'search.type.standard', message: 'Standard' });
    case 'domain':
      return translate({ id: 'search.type.domain', message: 'Domain' });
    case 'lesson':
      return translate({ id: 'search.type.lesson', message: 'Lesson' });
    case 'curriculum':
      return translate({ id: 'search.type.curriculum', message: 'Curriculum' });
    case 'tool':
      return translate({ id: 'search.type.tool', message: 'Tool' });
    case 'guide':
      return translate({ id: 'search.type.guide', message: 'Guide' });
    case 'glossary':
      return translate({ id: 'search.type.glossary', message: 'Glossary term' });
    default:
      return type;
  }
}

export function searchFacetLabel(facet: RecordFacet): string {
  return facet === 'type' ? translate({ id: 'search.facet.type', message: 'Kind of page' }) : standardsFacetLabel(facet);
}

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
