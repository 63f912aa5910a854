import { describe, expect, it } from 'vitest';
import { parseSearchPageState, serializeSearchPageState, toggleSearchFilter } from './page-state';

describe('the search page address', () => {
  it('round-trips a query, facets and the language choice', () => {
    const state = { query: 'capital account', filters: { type: ['standard', 'lesson'], level: ['core'] }, allLanguages: true };
    const search = serializeSearchPageState(state);
    expect(search).toBe('?q=capital+account&type=lesson%2Cstandard&level=core&lang=all');
    expect(parseSearchPageState(search)).toEqual({ query: 'capital account', filters: { type: ['lesson', 'standard'], level: ['core'] }, allLanguages: true });
  });

  it('drops unknown facets and malformed values', () => {
    expect(parseSearchPageState('?q=x&colour=red&level=core,<script>,&lang=fr')).toEqual({ query: 'x', filters: { level: ['core'] }, allLanguages: false });
  });

  it('toggles a value on and off, removing an emptied facet', () => {
    const on = toggleSearchFilter({ query: 'q', filters: {}, allLanguages: false }, 'domain', 'governance');
    expect(on.filters).toEqual({ domain: ['governance'] });
    expect(toggleSearchFilter(on, 'domain', 'governance').filters).toEqual({});
    expect(serializeSearchPageState({ query: '', filters: {}, allLanguages: false })).toBe('');
  });
});
