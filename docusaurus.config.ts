import type * as Preset from '@docusaurus/preset-classic';
import type { Config, PluginModule } from '@docusaurus/types';
import fs from 'node:fs';
import { themes as prismThemes } from 'prism-react-renderer';
import { parse } from 'yaml';
import { archivedPageVersions } from './src/core/releases/archived-pages';
import { checkAlgoliaBuildKeys } from './src/core/search/algolia-keys';
import { siteAddressFromEnvironment } from './src/core/site-url';
import mdxSafetyPlugin from './src/plugins/mdx-safety';
import cspPlugin from './src/plugins/csp';
import offlinePlugin from './src/plugins/offline';
import leanClientPlugin from './src/plugins/lean-client';
import { FASTER_FLAGS } from './src/plugins/faster';
import searchPlugin, { type SearchPluginOptions } from './src/plugins/search';
import standardsPlugin from './src/plugins/standards';
import toolDataPlugin from './src/plugins/tool-data';

// Wiring only: the preset, the two languages, the standards plugin and the navigation.
// The site's public address: SITE_URL (and BASE_PATH for a sub-path, e.g. /library/) when deploying elsewhere.
const { url, baseUrl } = siteAddressFromEnvironment();
// The repository and its branch are data of the library (standards/library.yaml), stated once.
const { repository: source } = parse(fs.readFileSync('standards/library.yaml', 'utf8')) as { repository: { url: string; branch: string } };
const repository = source.url;
// Docs versions: the current docs are served at the root as the library's version; each release's
// frozen docs at /<version>/. A release whose pages are archived (versioned_pages/) is copied, not
// built. Previews (LIBRARY_VERSIONS=newest) and `npm start` build only the current docs;
// LIBRARY_VERSIONS=current,1.1.0 builds the versions named.
const { version: libraryVersion } = parse(fs.readFileSync('standards/library.yaml', 'utf8')) as { version: string };
const releasedDocs: string[] = fs.existsSync('versions.json') ? JSON.parse(fs.readFileSync('versions.json', 'utf8')) : [];
const archivedDocs = archivedPageVersions('.', releasedDocs);
const { LIBRARY_VERSIONS } = process.env;
const builtDocs = (names: string[]) => names.filter((name) => !archivedDocs.includes(name));
const includedDocs =
  LIBRARY_VERSIONS === 'newest' || process.env.NODE_ENV === 'development'
    ? ['current']
    : LIBRARY_VERSIONS
      ? builtDocs(LIBRARY_VERSIONS.split(','))
      : archivedDocs.length > 0
        ? builtDocs(['current', ...releasedDocs])
        : undefined;
const currentLabel = releasedDocs.includes(libraryVersion) ? `${libraryVersion} (current)` : `${libraryVersion} (draft)`;
// Search uses the local index unless a public, search-only Algolia key is given at build time.
// The admin key (ALGOLIA_ADMIN_KEY) is only for `npm run search:algolia` and never reaches the site.
// The build stops when the search key is the admin key, or when only half of Algolia's settings are given.
checkAlgoliaBuildKeys(process.env);
const ALGOLIA_APP_ID = process.env.ALGOLIA_APP_ID?.trim();
const ALGOLIA_SEARCH_KEY = process.env.ALGOLIA_SEARCH_KEY?.trim();
const ALGOLIA_INDEX_NAME = process.env.ALGOLIA_INDEX_NAME?.trim();
// The folder whose standards/ the site is built from: this one, unless LIBRARY_CONTENT_ROOT names another (`npm run build -- --content <folder>`).
const contentRoot = process.env.LIBRARY_CONTENT_ROOT ?? '.';
const search: SearchPluginOptions & Record<string, unknown> = {
  contentRoot,
  ...(ALGOLIA_APP_ID && ALGOLIA_SEARCH_KEY ? { algolia: { appId: ALGOLIA_APP_ID, searchKey: ALGOLIA_SEARCH_KEY, indexName: ALGOLIA_INDEX_NAME || 'worker-coop-library' } } : {}),
};

const config: Config = {
  title: 'Worker Co-op Development Library',
  tagline: 'Standards, curricula and tools for growing worker cooperatives',
  favicon: 'img/favicon.svg',
  url,
  baseUrl,
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: { hooks: { onBrokenMarkdownLinks: 'throw' } },
  // Docusaurus Faster (Rspack, SWC, Lightning CSS): the build takes well under half the time.
  future: { faster: FASTER_FLAGS },

  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'es'],
    localeConfigs: {
      en: { label: 'English', htmlLang: 'en-US' },
      es: { label: 'Español', htmlLang: 'es-US' },
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          editUrl: `${repository}/edit/${source.branch}/`,
          editLocalizedFiles: true,
          showLastUpdateTime: true,
          lastVersion: 'current',
          // The newest release's frozen docs are the same as the current ones: no "unmaintained" banner there.
          versions: {
            current: { label: currentLabel, path: '', banner: 'none' },
            ...(releasedDocs[0] && (!includedDocs || includedDocs.includes(releasedDocs[0])) ? { [releasedDocs[0]]: { banner: 'none' } } : {}),
          },
          ...(includedDocs ? { onlyIncludeVersions: includedDocs } : {}),
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],

  // The MDX safety check runs inside every MDX compiler of the build, whichever plugin made it.
  plugins: [
    mdxSafetyPlugin as PluginModule,
    leanClientPlugin as PluginModule,
    [standardsPlugin as PluginModule, { contentRoot }],
    [toolDataPlugin as PluginModule, { contentRoot }],
    [searchPlugin as PluginModule, search],
    [cspPlugin as PluginModule, search.algolia ? { algoliaAppId: search.algolia.appId } : {}],
    offlinePlugin as PluginModule,
  ],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Worker Co-op Library',
      logo: { alt: 'Worker Co-op Development Library', src: 'img/logo.svg' },
      items: [
        {
          type: 'dropdown',
          label: "Who it's for",
          position: 'left',
          items: [
            { to: '/paths/what-is-a-worker-co-op', label: 'What is a worker co-op?' },
            { to: '/paths/worker-owners', label: 'Worker-owners' },
            { to: '/paths/nonprofits', label: 'Non-profits' },
            { to: '/paths/business-owners', label: 'Business owners' },
            { to: '/paths/governments', label: 'Governments and economic developers' },
            { to: '/paths/lenders', label: 'Lenders and funders' },
            { to: '/cases', label: 'Case studies' },
            { to: '/directory', label: 'Directory of support organizations' },
            { to: '/facts', label: 'Facts and figures' },
          ],
        },
        { to: '/standards', label: 'Standards', position: 'left' },
        { to: '/curricula', label: 'Curricula', position: 'left' },
        { to: '/tools', label: 'Tools', position: 'left' },
        { to: '/checklists', label: 'Checklists', position: 'left' },
        { type: 'custom-versionMenu', position: 'right' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Library',
          items: [
            { label: 'Standards', to: '/standards' },
            { label: 'Curricula', to: '/curricula' },
            { label: 'Tools', to: '/tools' },
            { label: 'Checklists', to: '/checklists' },
            { label: 'Releases', to: '/releases' },
            { label: 'Assignment builder', to: '/assign' },
          ],
        },
        {
          title: "Who it's for",
          items: [
            { label: 'What is a worker co-op?', to: '/paths/what-is-a-worker-co-op' },
            { label: 'Case studies', to: '/cases' },
            { label: 'Directory of support organizations', to: '/directory' },
            { label: 'Facts and figures', to: '/facts' },
          ],
        },
        {
          title: 'Guides',
          items: [
            { label: 'Using the standards', to: '/guides/using-the-standards' },
            { label: 'Languages and plain words', to: '/guides/glossary-and-languages' },
            { label: 'How to cite a standard', to: '/guides/citing-standards' },
            { label: 'Glossary', to: '/glossary' },
          ],
        },
        {
          title: 'Contribute',
          items: [{ label: 'Source and contributions', href: repository }],
        },
      ],
      copyright: 'Content licensed CC BY-SA 4.0. Nothing here is legal or tax advice: check with a lawyer or accountant who knows co-ops.',
    },
    prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula },
  } satisfies Preset.ThemeConfig,
};

export default config;
