/**
 * Which requests the library's part of the service worker keeps (service-worker.js). Plain JavaScript:
 * the plugin builds the service worker from JavaScript only. Pure, so the tests can read it.
 */

/** Files a reader downloads (checklists, packs, templates) and the search index: kept once fetched. */
const KEPT_FILES = /\/(?:downloads|templates)\//;
const SEARCH_INDEX = /\/search-index\//;

/**
 * What a request is, for the service worker: a page the reader opens, a download, a part of the search
 * index, or something the worker leaves alone (undefined). A page that ends in "/" (a language's home)
 * is left to the plugin, which serves it from the saved copy.
 * @param {{ url: string; method: string; mode: string }} request
 * @param {string} origin the site's origin
 * @returns {'page' | 'download' | 'search' | undefined}
 */
export function kindOfRequest(request, origin) {
  if (request.method !== 'GET') return undefined;
  const url = new URL(request.url);
  if (url.origin !== origin) return undefined;
  // A download link the reader clicks is a navigation too: it is still a download.
  if (KEPT_FILES.test(url.pathname)) return 'download';
  if (request.mode === 'navigate') return url.pathname.endsWith('/') ? undefined : 'page';
  if (SEARCH_INDEX.test(url.pathname)) return 'search';
  return undefined;
}

/**
 * The address of a page's saved copy: the build writes /standards/GOV-01 as standards/GOV-01.html,
 * and that is the name the plugin saved it under.
 * @param {string} address
 */
export function savedPageAddress(address) {
  const url = new URL(address);
  return `${url.origin}${url.pathname.replace(/\/$/, '')}.html`;
}
