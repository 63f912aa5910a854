import { LABELS, labelOf, type Vocabulary } from '@site/src/core/vocabulary';
import type { FilterGroup } from './Filters';

type Group = 'sector' | 'community' | 'service' | 'spokenLanguage' | 'state' | 'pathway';

/** The values of a vocabulary group that some item has, in the table's order, with their labels. */
export function presentOptions(words: Vocabulary, group: Group, present: Iterable<string>): Array<{ value: string; label: string }> {
  const wanted = new Set(present);
  const options = Object.keys(LABELS[group])
    .filter((value) => wanted.has(value))
    .map((value) => ({ value, label: labelOf(words, group, value) }));
  // States read best in alphabetical order of their names in the reader's language.
  return group === 'state' ? options.sort((a, b) => a.label.localeCompare(b.label)) : options;
}

type Facet = 'pathway' | 'sector' | 'community' | 'language' | 'state' | 'service';

/**
 * A group of filters: named as the vocabulary names the facet, offering the values of `group` that
 * some item has; the states as a drop-down list, every other facet as checkboxes.
 */
export function filterGroup<F extends Facet>(words: Vocabulary, facet: F, group: Group, present: Iterable<string>): FilterGroup & { facet: F } {
  return { facet, legend: words.facet[facet], options: presentOptions(words, group, present), kind: facet === 'state' ? 'select' : 'checkboxes' };
}
