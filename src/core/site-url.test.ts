import { describe, expect, it } from 'vitest';
import { LIBRARY_SITE_URL, publicSiteUrl, siteAddressFromEnvironment, siteUrlFromEnvironment } from './site-url';

describe('the site address', () => {
  it("is the library's own address at its root when nothing is set", () => {
    expect(siteAddressFromEnvironment({})).toEqual({ url: LIBRARY_SITE_URL, baseUrl: '/' });
    expect(siteUrlFromEnvironment({})).toBe(LIBRARY_SITE_URL);
  });

  it('takes the base path from SITE_URL, or from BASE_PATH, with a slash at each end', () => {
    expect(siteAddressFromEnvironment({ SITE_URL: 'https://org.github.io/library' })).toEqual({ url: 'https://org.github.io', baseUrl: '/library/' });
    expect(siteAddressFromEnvironment({ SITE_URL: 'https://org.github.io/', BASE_PATH: 'library' })).toEqual({ url: 'https://org.github.io', baseUrl: '/library/' });
    expect(siteAddressFromEnvironment({ BASE_PATH: '/co-op/library/' })).toEqual({ url: LIBRARY_SITE_URL, baseUrl: '/co-op/library/' });
    expect(siteAddressFromEnvironment({ SITE_URL: 'https://example.org', BASE_PATH: '/' })).toEqual({ url: 'https://example.org', baseUrl: '/' });
  });

  it('names the public address, base path included, without a trailing slash', () => {
    expect(publicSiteUrl({ url: 'https://org.github.io', baseUrl: '/library/' })).toBe('https://org.github.io/library');
    expect(publicSiteUrl({ url: 'https://example.org', baseUrl: '/' })).toBe('https://example.org');
    expect(siteUrlFromEnvironment({ SITE_URL: 'https://org.github.io', BASE_PATH: '/library/' })).toBe('https://org.github.io/library');
  });

  it('stops with a message that says how to fix a wrong setting', () => {
    expect(() => siteAddressFromEnvironment({ SITE_URL: 'org.github.io' })).toThrow(/SITE_URL is not an address: "org.github.io".*such as https:\/\/example.org/);
    expect(() => siteAddressFromEnvironment({ SITE_URL: 'ftp://example.org' })).toThrow(/must be an http\(s\) address/);
    expect(() => siteAddressFromEnvironment({ SITE_URL: 'https://example.org/?x=1' })).toThrow(/without "\?" or "#"/);
    expect(() => siteAddressFromEnvironment({ BASE_PATH: '/my library/' })).toThrow(/BASE_PATH has a path that cannot be a folder.*such as \/library\//);
    expect(() => siteAddressFromEnvironment({ SITE_URL: 'https://org.github.io/a', BASE_PATH: '/b/' })).toThrow(/SITE_URL ends in the path \/a\/ but BASE_PATH is \/b\//);
  });
});
