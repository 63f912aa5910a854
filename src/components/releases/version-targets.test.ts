import { describe, expect, it } from 'vitest';
import { currentTarget, isReleaseAddress, releaseTarget, standardsPageContext } from './version-targets';

const release = { version: '1.0.0', date: '2026-01-15', standardsPermalink: '/es/standards/1.0.0', ids: ['GOV-01', 'GOV-02'] };

describe("the version menu's targets", () => {
  it('reads the release and the standard from a standards address', () => {
    expect(standardsPageContext('/es/standards/1.0.0/GOV-02', '/es/')).toEqual({ version: '1.0.0', id: 'GOV-02' });
    expect(standardsPageContext('/es/standards/GOV-02', '/es/')).toEqual({ id: 'GOV-02' });
    expect(standardsPageContext('/es/standards/1.0.0', '/es/')).toEqual({ version: '1.0.0' });
    expect(standardsPageContext('/es/standards/domains/governance', '/es/')).toEqual({});
    expect(standardsPageContext('/checklists', '/')).toEqual({});
  });

  it("opens the same standard in a release that holds it, or else that release's standards", () => {
    expect(releaseTarget(release, { id: 'GOV-02' })).toBe('/es/standards/1.0.0/GOV-02');
    expect(releaseTarget(release, { id: 'FIN-09' })).toBe('/es/standards/1.0.0');
    expect(releaseTarget(release, {}, '/es/1.0.0/guides/citing-standards')).toBe('/es/1.0.0/guides/citing-standards');
  });

  it('opens the same doc in a release whose pages are archived, when that release has it', () => {
    const archived = { ...release, docs: ['1.0.0/guides/citing-standards'] };
    expect(releaseTarget(archived, {}, undefined, { docPath: '/es/guides/citing-standards', baseUrl: '/es/' })).toBe('/es/1.0.0/guides/citing-standards');
    expect(releaseTarget(archived, {}, undefined, { docPath: '/es/guides/new-guide', baseUrl: '/es/' })).toBe('/es/standards/1.0.0');
    expect(releaseTarget(release, {}, undefined, { docPath: '/es/guides/citing-standards', baseUrl: '/es/' })).toBe('/es/standards/1.0.0');
  });

  it('goes back to the current text of the same standard or doc', () => {
    expect(currentTarget({ version: '1.0.0', id: 'GOV-02' }, '/')).toBe('/standards/GOV-02');
    expect(currentTarget({ version: '1.0.0' }, '/')).toBe('/standards');
    expect(currentTarget({}, '/', '/guides/citing-standards')).toBe('/guides/citing-standards');
  });

  it('tells the pages of a release, which the browser opens itself, from the pages of the current text', () => {
    for (const address of ['/standards/1.0.0', '/standards/1.0.0/GOV-02', '/es/standards/1.0.0/GOV-02#x', '/1.0.0/guides/citing-standards', '/es/1.1.0/guides/x'])
      expect(isReleaseAddress(address), address).toBe(true);
    for (const address of ['/standards', '/standards/GOV-02', '/releases/1.0.0', '/releases/compare/1.0.0/1.1.0', '/es/guides/x', 'https://example.org/1.0.0/x'])
      expect(isReleaseAddress(address), address).toBe(false);
  });

  it('tells them apart under a base path too', () => {
    expect(isReleaseAddress('/library/standards/1.0.0/GOV-02', '/library/')).toBe(true);
    expect(isReleaseAddress('/library/es/1.1.0/guides/x', '/library/')).toBe(true);
    expect(isReleaseAddress('/library/standards/GOV-02', '/library/')).toBe(false);
    expect(isReleaseAddress('/library/releases/1.0.0', '/library/')).toBe(false);
  });
});
