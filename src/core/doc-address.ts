/**
 * Where the docs live and what the docs plugin calls them. Inside the site build the plugins take each
 * page's address from the docs plugin itself; this is for the places that run without a build (the
 * content check, `npm run search:records`), and it follows the docs plugin's rules with routeBasePath '/'.
 */

/** The folders of the current docs, by the language they are written in. */
export const DOC_FOLDERS = [
  { folder: 'docs', language: 'en' },
  { folder: 'i18n/es/docusaurus-plugin-content-docs/current', language: 'es' },
] as const;

/** The doc folder a file sits in and its path below it; undefined for a file outside the docs. */
export function docPlace(file: string): { folder: string; language: 'en' | 'es'; relative: string } | undefined {
  const place = DOC_FOLDERS.find(({ folder }) => file.startsWith(`${folder}/`));
  return place ? { ...place, relative: file.slice(place.folder.length + 1) } : undefined;
}

/**
 * The doc ID Docusaurus gives a page: its path under docs/ without the extension, with number
 * prefixes such as `01-` removed from each part.
 */
export function docIdOf(relativeToDocs: string): string {
  return relativeToDocs
    .replace(/\.mdx?$/, '')
    .split('/')
    .map((part) => part.replace(/^\d+\s*[-_.]+\s*/, ''))
    .join('/');
}

/** The address of a doc in its language's folder: a slug wins, an index page takes its folder's address, with a closing slash. */
export function docAddress(docId: string, slug: unknown): string {
  const folder = docId.includes('/') ? docId.slice(0, docId.lastIndexOf('/')) : '';
  if (typeof slug === 'string') return slug.startsWith('/') ? slug : `/${folder ? `${folder}/` : ''}${slug}`;
  if (docId === 'index') return '/';
  if (docId.endsWith('/index')) return `/${folder}/`;
  return `/${docId}`;
}
