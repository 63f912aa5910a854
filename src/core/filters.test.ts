import { describe, expect, it } from 'vitest';
import { emptyFilters, hasFilters, matchesFilters, parseFilters, serializeFilters, toggleFilter, VOCABULARY } from './filters';

const ALLOWED = { ...VOCABULARY, domain: ['governance', 'finance'] };
const STANDARD = { domain: 'finance', level: 'core', stages: ['plan', 'operate'], pathways: ['startup'], audiences: ['lender'] };

describe('filters in the page address', () => {
  it('reads known facets and values and drops the rest', () => {
    const state = parseFilters('?level=core,bogus&stage=operate&colour=red&domain=finance', ALLOWED);
    expect(state).toEqual({ ...emptyFilters(), level: ['core'], stage: ['operate'], domain: ['finance'] });
  });

  it('writes facets and values in a fixed order, so equal views have equal links', () => {
    const state = { ...emptyFilters(), stage: ['operate', 'plan'], level: ['core'] };
    expect(serializeFilters(state)).toBe('?level=core&stage=operate,plan');
    expect(serializeFilters(emptyFilters())).toBe('');
  });

  it('round-trips through the address', () => {
    const state = toggleFilter(toggleFilter(emptyFilters(), 'audience', 'lender', VOCABULARY.audience), 'audience', 'developer', VOCABULARY.audience);
    expect(state.audience).toEqual(['developer', 'lender']);
    expect(parseFilters(serializeFilters(state), ALLOWED)).toEqual(state);
  });

  it('toggles a value off again', () => {
    const on = toggleFilter(emptyFilters(), 'level', 'core', VOCABULARY.level);
    expect(hasFilters(on)).toBe(true);
    expect(hasFilters(toggleFilter(on, 'level', 'core', VOCABULARY.level))).toBe(false);
  });
});

describe('matchesFilters', () => {
  it('matches any value within a facet and every facet together', () => {
    expect(matchesFilters(STANDARD, emptyFilters())).toBe(true);
    expect(matchesFilters(STANDARD, { ...emptyFilters(), stage: ['launch', 'operate'] })).toBe(true);
    expect(matchesFilters(STANDARD, { ...emptyFilters(), stage: ['operate'], level: ['advanced'] })).toBe(false);
    expect(matchesFilters(STANDARD, { ...emptyFilters(), domain: ['governance'] })).toBe(false);
  });
});
