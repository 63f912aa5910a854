/**
 * The label of a facet value, in the words of the library's vocabulary (src/core/vocabulary.ts), which
 * pages read in the reader's language with useVocabulary() (src/components/locale.ts).
 */
import type { Facet } from '@site/src/core/filters';
import { labelOf, type Vocabulary } from '@site/src/core/vocabulary';

/** The label of a value of any facet except domain, whose labels are the domains' titles. */
export function valueLabel(words: Vocabulary, facet: Exclude<Facet, 'domain'>, value: string): string {
  return labelOf(words, facet, value);
}

/** The labels of some values of one facet, joined. */
export function valueLabels(words: Vocabulary, facet: Exclude<Facet, 'domain'>, values: readonly string[], separator = ', '): string {
  return values.map((value) => labelOf(words, facet, value)).join(separator);
}
