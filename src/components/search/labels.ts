/** The words for kinds of results and the search facets, in the reader's language. */
import { translate } from '@docusaurus/Translate';
import { facetLabel as standardsFacetLabel } from '@site/src/components/standards/labels';
import type { RecordFacet } from '@site/src/core/search/records';

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
