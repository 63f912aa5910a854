/**
 * What a reader's device keeps for reading offline after one visit, in each language (each language's
 * build has its own service worker): the standards, the glossary, the checklists and the lessons, the
 * home and search pages, and every script, style sheet and picture the site's pages use, so that the
 * pages of the site also open from its menus. Paths are relative to one language's build folder.
 */

/** Pages saved for offline reading, by their path in the build folder. */
const SAVED_PAGES = [
  /^index\.html$/,
  /^404\.html$/,
  /^search\.html$/,
  /^glossary\.html$/,
  /^standards\.html$/,
  // Current standards, their domains and the coming changes; never a release's pages (standards/1.2.0…).
  /^standards\/(?!\d)[^/]+\.html$/,
  /^standards\/domains\/[^/]+\.html$/,
  /^checklists(?:\.html|\/[^/]+\.html)$/,
  /^curricula(?:\.html|\/.+\.html)$/,
];

/** The files the pages need: the site's scripts, styles and pictures. */
const SAVED_FILES = [/^assets\/(?:js|css)\/[^/]+\.(?:js|css)$/, /^img\/.+\.(?:svg|png|ico|jpg)$/];

/** A release's folder name: 1.2.0. A looser pattern such as [0-9]* would also match 404.html. */
const RELEASE = '[0-9]*.[0-9]*.[0-9]*';

/**
 * Folders the service worker's build never reads, so that it does not fingerprint what is not saved:
 * the other languages' builds, release pages and packs, downloads, feeds, indexes and data files.
 */
export function neverRead(otherLanguages: readonly string[]): string[] {
  return [
    ...otherLanguages.map((language) => `${language}/**`),
    `${RELEASE}/**`,
    `standards/${RELEASE}/**`,
    `standards/${RELEASE}.html`,
    'downloads/**',
    'templates/**',
    'feeds/**',
    'schemas/**',
    'search-index/**',
    'releases/**',
    'assets/releases/**',
  ];
}

export function isSavedForOffline(file: string): boolean {
  return [...SAVED_PAGES, ...SAVED_FILES].some((pattern) => pattern.test(file));
}
