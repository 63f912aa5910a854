/**
 * Where the version menu leads from the page being read: the same standard in another release when it
 * exists there, the same lesson in another docs version, or else that release's standards.
 */

export interface MenuRelease {
  version: string;
  date: string;
  standardsPermalink: string;
  ids: string[];
  /** For a release whose pages are archived: its docs, as addresses relative to the language's base (1.0.0/guides/x). */
  docs?: string[];
}

/** What every page holds to draw the menu's button; the releases are read from `releasesFile`. */
export interface MenuData {
  current: { version: string; draft: boolean };
  releasesPermalink: string;
  releasesFile: string;
}

export interface PageContext {
  /** The release shown by a standards page or a docs page; undefined for the current text. */
  version?: string;
  /** The standard shown, if any. */
  id?: string;
}

/** Reads the release and standard from a standards address such as /es/standards/1.0.0/GOV-03. */
export function standardsPageContext(pathname: string, baseUrl: string): PageContext {
  if (!pathname.startsWith(`${baseUrl}standards/`)) return {};
  const parts = pathname.slice(`${baseUrl}standards/`.length).replace(/\/$/, '').split('/');
  const isVersion = (part: string | undefined) => !!part && /^\d+\.\d+\.\d+$/.test(part);
  const isId = (part: string | undefined) => !!part && /^[A-Z]{2,5}-\d{2,3}$/.test(part);
  if (isVersion(parts[0])) return { version: parts[0], ...(isId(parts[1]) ? { id: parts[1] } : {}) };
  return isId(parts[0]) ? { id: parts[0] } : {};
}

/** The address of the current text for a page; from a page that is in no release, the current standards. */
export function currentTarget(page: PageContext, baseUrl: string, docPath?: string): string {
  if (docPath) return docPath;
  if (page.id) return `${baseUrl}standards/${page.id}`;
  return `${baseUrl}standards`;
}

/**
 * The address of a release's text for a page: the same doc in that release (`docPath`, or for an
 * archived release the same address under /<version>/ when it holds it), the same standard, or else
 * the release's standards.
 */
export function releaseTarget(release: MenuRelease, page: PageContext, docPath?: string, current?: { docPath?: string; baseUrl: string }): string {
  if (docPath) return docPath;
  const relative = current?.docPath?.startsWith(current.baseUrl) ? `${release.version}/${current.docPath.slice(current.baseUrl.length)}` : undefined;
  if (relative && release.docs?.includes(relative)) return `${current!.baseUrl}${relative}`;
  if (page.id && release.ids.includes(page.id)) return `${release.standardsPermalink}/${page.id}`;
  return release.standardsPermalink;
}

/** Whether an address is a page of a release: /standards/<version>… or a docs page at /<version>/…, in any language. */
export function isReleaseAddress(address: string, baseUrl = '/'): boolean {
  const fromRoot = baseUrl !== '/' && address.startsWith(baseUrl) ? address.slice(baseUrl.length - 1) : address;
  return /^\/(?:[a-z]{2}\/)?(?:standards\/)?\d+\.\d+\.\d+(?:[/#?]|$)/.test(fromRoot);
}

/** Link props that have the browser, not the router, follow a link to a page of a release (an archived page is no route). */
export function followedByBrowser(address: string): { to: string; target: '_self' } {
  return { to: `pathname://${address}`, target: '_self' };
}
