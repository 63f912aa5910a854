/**
 * Offline reading, with the official @docusaurus/plugin-pwa. After one visit, the reader's device keeps
 * the standards, glossary, checklists and lessons of that language (saved-pages.ts), and pages, downloads
 * and search files once fetched (service-worker.js). When a newer build is ready, the page offers to
 * reload (src/theme/PwaReloadPopup); when a page is a saved copy, it says so (src/components/offline/).
 * This file holds only the lifecycle: it adds each language's web app manifest, and runs the plugin's
 * last step once the other plugins have finished writing the pages (build-writes.ts), so that the saved
 * copies' fingerprints never depend on timing.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
// The package's types describe its options; its function is typed in lib/.
import pluginPWA from '@docusaurus/plugin-pwa/lib/index';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { buildWritten } from '../build-writes';
import { PWA_PACKAGE, pwaOptions } from './options';
import { MANIFEST_FILE, webAppManifest } from './web-app-manifest';

export default function offlinePlugin(context: LoadContext): Plugin<void> | null {
  const { i18n } = context;
  const pwa = pluginPWA(context, pwaOptions(i18n.locales.filter((locale) => locale !== i18n.currentLocale)));
  // The plugin does nothing outside a production build.
  if (!pwa) return null;
  // Docusaurus resolves a plugin's theme folder from the plugin's own folder: this one is the package's.
  const theme = path.join(PWA_PACKAGE, 'lib', 'theme');
  return {
    ...pwa,
    name: 'offline',
    getThemePath: () => theme,
    getTypeScriptThemePath: () => path.join(PWA_PACKAGE, 'src', 'theme'),
    async postBuild(props) {
      await buildWritten(props.outDir);
      const htmlLang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
      await fs.writeFile(path.join(props.outDir, MANIFEST_FILE), webAppManifest(i18n.currentLocale, htmlLang));
      await pwa.postBuild?.(props);
    },
  };
}
