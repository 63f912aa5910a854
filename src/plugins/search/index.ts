/**
 * The search plugin: after each language's build, writes that language's local search index to
 * `search-index/` (see src/core/search), and tells the search box where every language's index is,
 * or, when a public Algolia search key is configured, which Algolia index to ask instead. A doc page's
 * address and title are the ones the docs plugin gave it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { writingBuild } from '../build-writes';
import { normalizeUrl } from '@docusaurus/utils';
import { VOCABULARY } from '../../core/filters';
import type { Language } from '../../core/model';
import { buildSearchIndex } from '../../core/search/index-builder';
import { buildSearchRecords } from '../../core/registry';
import { RECORD_TYPES, type DocPageAddress } from '../../core/search/records';
import { docPagesByFile } from './doc-pages';
import { loadLibraryOnce } from '../standards/load-once';
import { localeBaseUrl } from '../standards/locale-urls';

/** The public, search-only part of an Algolia configuration. An admin key never belongs here. */
export interface AlgoliaSearchConfig {
  appId: string;
  searchKey: string;
  indexName: string;
}

export interface SearchPluginOptions {
  /** The folder that holds standards/ and docs/, relative to the site. */
  contentRoot?: string;
  /** Set to search Algolia instead of the local index. */
  algolia?: AlgoliaSearchConfig;
}

/** What the search box reads with usePluginData('search'). */
export interface SearchGlobalData {
  language: string;
  /** The folder of each language's local index, e.g. `{ en: '/search-index/', es: '/es/search-index/' }`. */
  indexes: Record<string, string>;
  algolia: AlgoliaSearchConfig | null;
  /** Domain IDs and titles in the current language, for the facet labels. */
  domains: Array<{ id: string; title: string }>;
}

export const INDEX_FOLDER = 'search-index';

export default function searchPlugin(context: LoadContext, options: SearchPluginOptions = {}): Plugin<void> {
  const root = path.resolve(context.siteDir, options.contentRoot ?? '.');
  const { i18n } = context;
  const language = i18n.currentLocale as Language;
  const baseUrl = localeBaseUrl(i18n);
  let docPages: ReadonlyMap<string, DocPageAddress> = new Map();

  return {
    name: 'search',

    async allContentLoaded({ allContent, actions }) {
      docPages = docPagesByFile(allContent, root, context.siteDir);
      const library = loadLibraryOnce(root);
      const translations = library.translations[language];
      const data: SearchGlobalData = {
        language,
        indexes: Object.fromEntries(i18n.locales.map((locale) => [locale, normalizeUrl([localeBaseUrl(i18n, locale), INDEX_FOLDER, '/'])])),
        algolia: options.algolia ?? null,
        domains: library.domains.map((domain) => ({ id: domain.id, title: translations?.get(domain.id)?.title ?? domain.title })),
      };
      actions.setGlobalData(data);
    },

    postBuild: ({ outDir }) =>
      writingBuild(outDir, async () => {
        const library = loadLibraryOnce(root);
        const records = buildSearchRecords(library, { language, baseUrl, docPage: (page) => docPages.get(page.file) });
        const built = buildSearchIndex(records, {
          language,
          version: library.meta.version,
          facetOrder: { type: RECORD_TYPES, domain: library.meta.domains, ...VOCABULARY },
        });
        const folder = path.join(outDir, INDEX_FOLDER);
        fs.rmSync(folder, { recursive: true, force: true });
        fs.mkdirSync(folder, { recursive: true });
        for (const file of built.files) fs.writeFileSync(path.join(folder, file.name), file.content);
      }),
  };
}
