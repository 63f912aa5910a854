import { describe, expect, it } from 'vitest';
import { currentTarget, releaseTarget, standardsPageContext } from './version-targets';

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

  it('goes back to the current text of the same standard or doc', () => {
    expect(currentTarget({ version: '1.0.0', id: 'GOV-02' }, '/')).toBe('/standards/GOV-02');
    expect(currentTarget({ version: '1.0.0' }, '/')).toBe('/standards');
    expect(currentTarget({}, '/', '/guides/citing-standards')).toBe('/guides/citing-standards');
  });
});
