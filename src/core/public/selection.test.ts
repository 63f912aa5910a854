import { describe, expect, it } from 'vitest';
import { isEmptySelection, matchesSelection, parseSelection, serializeSelection, toggleValue } from './selection';

const allowed = { state: ['NY', 'CA', 'TX'], service: ['lending', 'legal', 'training'] };

describe('the filters of the case list and the directory', () => {
  it('reads known values from the address, in the facet order, and ignores the rest', () => {
    expect(parseSelection('?service=training,lending,bogus&state=TX&other=1', allowed)).toEqual({ state: ['TX'], service: ['lending', 'training'] });
  });

  it('writes the selection back in a fixed order, and nothing when nothing is chosen', () => {
    expect(serializeSelection({ state: ['NY'], service: ['lending', 'legal'] }, ['state', 'service'])).toBe('?state=NY&service=lending,legal');
    expect(serializeSelection({ state: [], service: [] }, ['state', 'service'])).toBe('');
  });

  it('adds a value in order and takes it away again', () => {
    const once = toggleValue<'state' | 'service'>({ state: [], service: ['training'] }, 'service', 'lending', allowed.service);
    expect(once.service).toEqual(['lending', 'training']);
    expect(toggleValue(once, 'service', 'lending', allowed.service).service).toEqual(['training']);
  });

  it('matches any value within a facet and every facet across', () => {
    const item = { state: ['NY', 'NJ'], service: ['lending'] };
    expect(matchesSelection(item, { state: ['CA', 'NY'], service: [] })).toBe(true);
    expect(matchesSelection(item, { state: ['NY'], service: ['legal'] })).toBe(false);
    expect(isEmptySelection({ state: [], service: [] })).toBe(true);
    expect(isEmptySelection({ state: ['NY'], service: [] })).toBe(false);
  });
});
