/**
 * The library's part of the service worker. @docusaurus/plugin-pwa runs it first (its `swCustom`), then
 * saves the files listed in saved-pages.ts and serves scripts, styles and a language's home from them.
 * This part adds, for each kind of request (requests.js):
 * - pages: from the network while there is one, and kept; with no network, or after a few seconds on a
 *   weak one, the kept copy or the saved copy. The page asks whether it was served a saved copy, and
 *   says so (src/components/offline/).
 * - downloads and the search index: from the network while there is one, kept for when there is none.
 */
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { kindOfRequest, savedPageAddress } from './requests.js';

/** How long a page waits for a weak network before the saved copy is shown. */
const PAGE_WAIT_SECONDS = 6;
/** Asked by a page: was I served from a saved copy? */
const SAVED_COPY_QUESTION = 'library:was-saved-copy';

/** Pages last served from a saved copy, by address (forgotten once the network serves them again). */
const servedSaved = new Set();

/** Remembers which pages came from a saved copy, and falls back to the copy saved at install. */
const savedCopyPlugin = {
  fetchDidSucceed: async ({ request, response }) => {
    servedSaved.delete(request.url);
    return response;
  },
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => {
    if (cachedResponse) servedSaved.add(request.url);
    return cachedResponse;
  },
  handlerDidError: async ({ request }) => {
    const saved = await caches.match(savedPageAddress(request.url), { ignoreSearch: true });
    if (saved) servedSaved.add(request.url);
    return saved;
  },
};

export default function libraryOffline() {
  const origin = self.location.origin;
  const isKind =
    (kind) =>
    ({ request }) =>
      kindOfRequest(request, origin) === kind;
  registerRoute(
    isKind('page'),
    new NetworkFirst({
      cacheName: 'library-pages',
      networkTimeoutSeconds: PAGE_WAIT_SECONDS,
      plugins: [savedCopyPlugin, new ExpirationPlugin({ maxEntries: 300 })],
    }),
  );
  registerRoute(isKind('download'), new NetworkFirst({ cacheName: 'library-downloads', plugins: [new ExpirationPlugin({ maxEntries: 200 })] }));
  registerRoute(isKind('search'), new NetworkFirst({ cacheName: 'library-search', plugins: [new ExpirationPlugin({ maxEntries: 200 })] }));

  self.addEventListener('message', (event) => {
    if (event.data?.type !== SAVED_COPY_QUESTION || !event.ports[0]) return;
    event.ports[0].postMessage({ saved: servedSaved.has(event.data.url) });
  });
}
