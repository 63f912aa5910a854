import { describe, expect, it } from 'vitest';
import { comparisonPath } from './paths';

describe('comparisonPath', () => {
  const versions = ['1.2.0', '1.0.0', '1.1.0'];

  it('leads to the page built for a release and the one before it', () => {
    expect(comparisonPath('/', '1.0.0', '1.1.0', versions)).toBe('/releases/compare/1.0.0/1.1.0');
    expect(comparisonPath('/es/', '1.1.0', '1.2.0', versions)).toBe('/es/releases/compare/1.1.0/1.2.0');
  });

  it('leads any other two releases to the page that compares them in the browser', () => {
    expect(comparisonPath('/', '1.0.0', '1.2.0', versions)).toBe('/releases/compare?from=1.0.0&to=1.2.0');
    expect(comparisonPath('/es/', '1.0.0', '1.2.0', versions)).toBe('/es/releases/compare?from=1.0.0&to=1.2.0');
  });

  it('leads to one standard’s change: an anchor on a built page, a parameter on the browser page', () => {
    expect(comparisonPath('/', '1.0.0', '1.1.0', versions, 'GOV-03')).toBe('/releases/compare/1.0.0/1.1.0#GOV-03');
    expect(comparisonPath('/', '1.0.0', '1.2.0', versions, 'GOV-03')).toBe('/releases/compare?from=1.0.0&to=1.2.0&standard=GOV-03');
  });
});
