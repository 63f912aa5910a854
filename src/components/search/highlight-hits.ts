/** Marks the query's words in hits, inside the lazily loaded search code (it needs the stemmers). */
import { highlightParts } from '../../core/search/highlight';
import type { SearchLanguage } from '../../core/search/text';
import type { SearchHit } from './types';

export type UnmarkedHit = Omit<SearchHit, 'titleParts' | 'excerptParts'>;

export function markHit(hit: UnmarkedHit, query: string): SearchHit {
  const language: SearchLanguage = hit.language === 'es' ? 'es' : 'en';
  return { ...hit, titleParts: highlightParts(hit.title, query, language), excerptParts: highlightParts(hit.excerpt, query, language) };
}
