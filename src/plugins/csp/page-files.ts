/**
 * Where the build wrote the HTML file of each page it rendered, following the rules Docusaurus's
 * static site generation writes them by (see `pathnameToFilename` in @docusaurus/core's ssg).
 */
import path from 'node:path';

export interface SiteLayout {
  /** The folder of the current language's build. */
  outDir: string;
  /** The current language's base URL, e.g. `/` or `/es/`. */
  baseUrl: string;
  trailingSlash: boolean | undefined;
}

/** The HTML file of one rendered page, e.g. `/es/standards` → `<outDir>/standards.html`. */
export function pageFile(pathname: string, { outDir, baseUrl, trailingSlash }: SiteLayout): string {
  const withinLanguage = baseUrl === '/' || !pathname.startsWith(baseUrl) ? pathname : `/${pathname.slice(baseUrl.length)}`;
  const name = withinLanguage.replace(/^\//, '');
  if (/\.html?$/i.test(name)) return path.join(outDir, name);
  if (trailingSlash === undefined || name === '' || name.endsWith('/') || trailingSlash) return path.join(outDir, name, 'index.html');
  return path.join(outDir, `${name}.html`);
}

/** Every rendered page with its file, in a stable order so that errors always name the same page first. */
export function pageFiles(pathnames: readonly string[], layout: SiteLayout): Array<{ pathname: string; file: string }> {
  return [...pathnames].sort().map((pathname) => ({ pathname, file: pageFile(pathname, layout) }));
}
