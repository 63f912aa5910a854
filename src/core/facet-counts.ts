/**
 * Counts for the filters of the standards list, as faceted search counts them: for each value of each
 * facet, how many items carry that value among those that every *other* facet's filters let through. A
 * facet's own filter is left out, since its values add to each other ("any value within a facet"): the
 * count says what choosing a value brings, whether or not another value of its facet is chosen already.
 */
import { FACETS, matchesFilters, type Facet, type Filterable, type FilterState } from './filters';

export type FacetCounts = Record<Facet, Record<string, number>>;

/** One chosen value of one facet, e.g. { facet: 'level', value: 'core' }. */
export interface ActiveFilter {
  facet: Facet;
  value: string;
}

/** The values an item carries for a facet: one for domain and level, any number for the others. */
export function valuesOf(item: Filterable, facet: Facet): readonly string[] {
  switch (facet) {
    case 'domain':
      return [item.domain];
    case 'level':
      return [item.level];
    case 'stage':
      return item.stages;
    case 'pathway':
      return item.pathways;
    case 'audience':
      return item.audiences;
  }
}

/**
 * The count of every value in `values` (those of the vocabulary, in its order), 0 for a value no item
 * carries. Values an item carries outside `values` are not counted.
 */
export function facetCounts(items: readonly Filterable[], filters: FilterState, values: Readonly<Record<Facet, readonly string[]>>): FacetCounts {
  const counts = {} as FacetCounts;
  for (const facet of FACETS) {
    const others: FilterState = { ...filters, [facet]: [] };
    const tally = new Map<string, number>(values[facet].map((value) => [value, 0]));
    for (const item of items) {
      if (!matchesFilters(item, others)) continue;
      for (const value of new Set(valuesOf(item, facet))) {
        const count = tally.get(value);
        if (count !== undefined) tally.set(value, count + 1);
      }
    }
    counts[facet] = Object.fromEntries(tally);
  }
  return counts;
}

/** The chosen values, facet by facet in the order of FACETS, each facet's in the order of the state. */
export function activeFilters(filters: FilterState): ActiveFilter[] {
  return FACETS.flatMap((facet) => filters[facet].map((value) => ({ facet, value })));
}
