import { describe, expect, it } from 'vitest';
import { activeFilters, facetCounts, valuesOf } from './facet-counts';
import { emptyFilters, matchesFilters, VOCABULARY, type Facet, type FilterState } from './filters';

const VALUES = { ...VOCABULARY, domain: ['governance', 'finance', 'legal'] };
const ITEMS = [
  { domain: 'finance', level: 'core', stages: ['plan', 'operate'], pathways: ['startup'], audiences: ['lender'] },
  { domain: 'finance', level: 'advanced', stages: ['operate'], pathways: ['startup', 'conversion'], audiences: ['lender', 'developer'] },
  { domain: 'governance', level: 'core', stages: ['structure'], pathways: ['conversion'], audiences: ['developer'] },
  { domain: 'governance', level: 'recommended', stages: ['plan'], pathways: ['startup'], audiences: ['worker-owner'] },
];

/** What the list would show with `value` as the only value of its facet, the other facets as they are. */
function shownWithOnly(filters: FilterState, facet: Facet, value: string): number {
  return ITEMS.filter((item) => matchesFilters(item, { ...filters, [facet]: [value] })).length;
}

describe('facetCounts', () => {
  it('counts every value of the vocabulary when no filter is set, 0 for a value no item carries', () => {
    const counts = facetCounts(ITEMS, emptyFilters(), VALUES);
    expect(counts.domain).toEqual({ governance: 2, finance: 2, legal: 0 });
    expect(counts.level).toEqual({ core: 2, recommended: 1, advanced: 1 });
    expect(counts.stage.plan).toBe(2);
    expect(counts.stage.operate).toBe(2);
    expect(counts.pathway).toEqual({ startup: 3, conversion: 2, growth: 0 });
    expect(Object.keys(counts.audience)).toEqual([...VOCABULARY.audience]);
  });

  it("counts each value under the other facets' filters only", () => {
    const filters = { ...emptyFilters(), level: ['core'], audience: ['lender'] };
    const counts = facetCounts(ITEMS, filters, VALUES);
    // A level's count ignores the level filter: choosing "advanced" as well would bring the second item.
    expect(counts.level).toEqual({ core: 1, recommended: 0, advanced: 1 });
    // An audience's count ignores the audience filter, and keeps the level one.
    expect(counts.audience.developer).toBe(1);
    expect(counts.audience.lender).toBe(1);
    // The other facets count the items both filters let through.
    expect(counts.domain).toEqual({ governance: 0, finance: 1, legal: 0 });
  });

  it('gives, for each value, what the list shows with that value alone in its facet', () => {
    const filters = { ...emptyFilters(), stage: ['plan', 'operate'], pathway: ['startup'] };
    const counts = facetCounts(ITEMS, filters, VALUES);
    for (const [facet, values] of Object.entries(VALUES) as Array<[Facet, readonly string[]]>) {
      for (const value of values) expect(counts[facet][value], `${facet}=${value}`).toBe(shownWithOnly(filters, facet, value));
    }
  });

  it('leaves out values outside the vocabulary and never counts an item twice for one value', () => {
    const odd = [{ domain: 'unknown', level: 'core', stages: ['plan', 'plan'], pathways: [], audiences: [] }];
    const counts = facetCounts(odd, emptyFilters(), VALUES);
    expect(counts.domain).toEqual({ governance: 0, finance: 0, legal: 0 });
    expect(counts.stage.plan).toBe(1);
  });
});

describe('activeFilters', () => {
  it('lists the chosen values facet by facet', () => {
    const filters = { ...emptyFilters(), audience: ['lender'], level: ['core', 'advanced'] };
    expect(activeFilters(filters)).toEqual([
      { facet: 'level', value: 'core' },
      { facet: 'level', value: 'advanced' },
      { facet: 'audience', value: 'lender' },
    ]);
    expect(activeFilters(emptyFilters())).toEqual([]);
  });
});

describe('valuesOf', () => {
  it('reads the field of each facet', () => {
    expect(valuesOf(ITEMS[1]!, 'domain')).toEqual(['finance']);
    expect(valuesOf(ITEMS[1]!, 'pathway')).toEqual(['startup', 'conversion']);
  });
});
