import { describe, expect, it } from 'vitest';
import { algoliaSearchHosts, contentSecurityPolicy, contentSecurityPolicyMeta } from './csp';

// Two real SHA-256 digests (of "a" and of "b"), base64, as CSP hash sources carry them.
const HASH_A = 'ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs=';
const HASH_B = 'PiPoFgA5WUoziU9lZOGxNIu9egCI1CxKy3PurtWcAJ0=';

const directives = (policy: string) => new Map(policy.split('; ').map((directive) => [directive.split(' ')[0]!, directive.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('allows only the site itself by default, and no plugins, foreign base URLs, form targets or frames', () => {
    const policy = directives(contentSecurityPolicy({ scriptHashes: [] }));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('manifest-src')).toEqual(["'self'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
  });

  it('lets scripts run from the site and from exactly the inline scripts whose hashes it is given', () => {
    const policy = directives(contentSecurityPolicy({ scriptHashes: [HASH_A, HASH_B] }));
    expect(policy.get('script-src')).toEqual(["'self'", `'sha256-${HASH_B}'`, `'sha256-${HASH_A}'`]);
  });

  it('names each hash once, in the same order whatever order it was given in', () => {
    expect(contentSecurityPolicy({ scriptHashes: [HASH_A, HASH_B, HASH_A] })).toBe(contentSecurityPolicy({ scriptHashes: [HASH_B, HASH_A] }));
  });

  it('never allows inline code or eval by keyword, with or without Algolia: the only unsafe keyword is for inline styles', () => {
    for (const policy of [contentSecurityPolicy({ scriptHashes: [HASH_A] }), contentSecurityPolicy({ scriptHashes: [HASH_A], algoliaAppId: 'ABC123XYZ' })]) {
      const unsafe = [...directives(policy)].flatMap(([name, sources]) => sources.filter((source) => source.startsWith("'unsafe-")).map((source) => `${name} ${source}`));
      expect(unsafe).toEqual(["style-src 'unsafe-inline'"]);
    }
  });

  it('allows inline styles, images from the site, data: and any https address', () => {
    const policy = directives(contentSecurityPolicy({ scriptHashes: [] }));
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'https:']);
  });

  it('lets the page fetch only from the site when search is local', () => {
    const policy = contentSecurityPolicy({ scriptHashes: [] });
    expect(directives(policy).get('connect-src')).toEqual(["'self'"]);
    expect(policy).not.toContain('algolia');
  });

  it('lets the page fetch from the search hosts of the configured Algolia application, and no other', () => {
    const policy = directives(contentSecurityPolicy({ scriptHashes: [], algoliaAppId: 'ABC123XYZ' }));
    expect(policy.get('connect-src')).toEqual([
      "'self'",
      'https://ABC123XYZ-dsn.algolia.net',
      'https://ABC123XYZ-1.algolianet.com',
      'https://ABC123XYZ-2.algolianet.com',
      'https://ABC123XYZ-3.algolianet.com',
    ]);
  });

  it('leaves out directives a browser ignores in a <meta> element', () => {
    const policy = contentSecurityPolicy({ scriptHashes: [HASH_A], algoliaAppId: 'ABC123XYZ' });
    for (const ignored of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox', 'upgrade-insecure-requests']) expect(policy).not.toContain(ignored);
  });

  it('refuses a hash that is not a base64 SHA-256 digest', () => {
    expect(() => contentSecurityPolicy({ scriptHashes: ["x' 'unsafe-inline"] })).toThrow(/Not base64 SHA-256 digests: x' 'unsafe-inline/);
  });

  it('refuses an Algolia application ID that could add other sources to the policy', () => {
    expect(() => contentSecurityPolicy({ scriptHashes: [], algoliaAppId: 'ABC https://evil.example' })).toThrow(/not an Algolia application ID/);
    expect(() => algoliaSearchHosts('ABC;script-src *')).toThrow(/letters and digits only/);
  });
});

describe('contentSecurityPolicyMeta', () => {
  it('carries the policy in an http-equiv <meta> element', () => {
    const policy = contentSecurityPolicy({ scriptHashes: [HASH_A] });
    expect(contentSecurityPolicyMeta(policy)).toBe(`<meta http-equiv="Content-Security-Policy" content="${policy}">`);
  });

  it('escapes what would end the attribute', () => {
    expect(contentSecurityPolicyMeta('a "b" & c')).toBe('<meta http-equiv="Content-Security-Policy" content="a &quot;b&quot; &amp; c">');
  });
});
