/**
 * The site's Content-Security-Policy, as text. Contributed content is checked before it is built; this
 * policy is the second line: should something slip through, the browser still refuses to run scripts,
 * load plugins or send data anywhere the site does not need. Pure: the same input gives the same text.
 */

export interface PolicyInput {
  /** Base64 SHA-256 digests of the inline scripts every page is allowed to run. */
  scriptHashes: readonly string[];
  /** The Algolia application the search box asks, when the site searches Algolia instead of its own index. */
  algoliaAppId?: string;
}

const SHA256_BASE64 = /^[A-Za-z0-9+/]{43}=$/;
// Algolia application IDs are letters and digits; anything else could smuggle other sources into the policy.
const ALGOLIA_APP_ID = /^[A-Za-z0-9]+$/;

/**
 * The hosts the Algolia search-only client reads from: the nearest replica first, then three fallbacks
 * it tries in a random order. The write host (<appId>.algolia.net) is left out: the site never writes.
 */
export function algoliaSearchHosts(appId: string): string[] {
  if (!ALGOLIA_APP_ID.test(appId)) throw new Error(`"${appId}" is not an Algolia application ID: it should be letters and digits only.`);
  return [`https://${appId}-dsn.algolia.net`, ...[1, 2, 3].map((n) => `https://${appId}-${n}.algolianet.com`)];
}

/**
 * The policy, one directive after another. Directives a browser ignores when the policy comes in a
 * <meta> element (frame-ancestors, report-uri, report-to, sandbox) are left out rather than give a
 * false sense of protection; upgrade-insecure-requests is left out for the same reason.
 */
export function contentSecurityPolicy({ scriptHashes, algoliaAppId }: PolicyInput): string {
  const invalid = scriptHashes.filter((hash) => !SHA256_BASE64.test(hash));
  if (invalid.length > 0) throw new Error(`Not base64 SHA-256 digests: ${invalid.join(', ')}`);
  // Sorted and without repeats, so that the order plugins happen to load in never changes the text.
  const hashes = [...new Set(scriptHashes)].sort().map((hash) => `'sha256-${hash}'`);
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    // Only the site's own files and the few inline scripts Docusaurus writes into every page (the colour
    // mode is set before the first paint); never 'unsafe-inline' or 'unsafe-eval'.
    ['script-src', "'self'", ...hashes],
    // React writes style attributes (e.g. progress bars, hidden SVG sprites, code colours) and Docusaurus
    // writes <svg style="display: none;"> into every page; style attributes cannot be allowed by hash
    // without 'unsafe-hashes', so inline styles are allowed. Styles cannot run code or send data.
    ['style-src', "'self'", "'unsafe-inline'"],
    // Content may show images from any https address; data: is how the theme's CSS draws its icons.
    ['img-src', "'self'", 'data:', 'https:'],
    ['connect-src', "'self'", ...(algoliaAppId === undefined ? [] : algoliaSearchHosts(algoliaAppId))],
    // The offline service worker and the web app manifest are the site's own files (src/plugins/offline).
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-src', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** The <meta> element that carries the policy, for pages served by hosts that cannot set headers. */
export function contentSecurityPolicyMeta(policy: string): string {
  const attribute = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<meta http-equiv="Content-Security-Policy" content="${attribute}">`;
}
