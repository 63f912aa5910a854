/**
 * The options the library gives @docusaurus/plugin-pwa: offline copies for every reader, the library's
 * part of the service worker, the web app manifest and theme colour in each page's head, and the list
 * of files to save narrowed to saved-pages.ts.
 */
import path from 'node:path';
import type { PluginOptions } from '@docusaurus/plugin-pwa';
import { isSavedForOffline, neverRead } from './saved-pages';
import { MANIFEST_FILE } from './web-app-manifest';

/** The plugin's own folder, for the files it ships (its registration script and its theme). */
export const PWA_PACKAGE = path.dirname(require.resolve('@docusaurus/plugin-pwa/package.json'));

/** Of the files the plugin finds, only those saved for offline reading go into the service worker's list. */
function keepSaved<Entry extends { url: string }>(entries: Entry[]) {
  return { manifest: entries.filter((entry) => isSavedForOffline(entry.url)), warnings: [] as string[] };
}

/** The options for one language's build; the other languages' folders are never read. */
export function pwaOptions(otherLanguages: readonly string[]): PluginOptions {
  return {
    debug: false,
    // Every reader gets the saved copies: the readers this is for rarely install the site as an app.
    offlineModeActivationStrategies: ['always'],
    swCustom: path.join(__dirname, 'service-worker.js'),
    swRegister: path.join(PWA_PACKAGE, 'lib', 'registerSw.js'),
    pwaHead: [
      { tagName: 'link', rel: 'manifest', href: MANIFEST_FILE },
      { tagName: 'meta', name: 'theme-color', content: '#1f6f50' },
    ],
    // The plugin sets the files, folders and names itself; these only narrow what it reads and keeps.
    injectManifestConfig: { globIgnores: neverRead(otherLanguages), manifestTransforms: [keepSaved] } as Partial<
      PluginOptions['injectManifestConfig']
    > as PluginOptions['injectManifestConfig'],
  };
}
