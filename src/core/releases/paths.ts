/** The addresses of release pages, relative to a language's base URL (e.g. "/" or "/es/"). */

export function releasesPath(baseUrl: string): string {
  return `${baseUrl}releases`;
}

/** A release and what changed in it since the release before. */
export function releasePath(baseUrl: string, version: string): string {
  return `${baseUrl}releases/${version}`;
}

/** What changed between any two releases. */
export function comparePath(baseUrl: string, from: string, to: string): string {
  return `${baseUrl}releases/compare/${from}/${to}`;
}

/** The standards of one release. */
export function versionIndexPath(baseUrl: string, version: string): string {
  return `${baseUrl}standards/${version}`;
}

/** A release's downloads; always at the site's root, since one pack holds every language. */
export function packPath(rootBaseUrl: string, version: string): string {
  return `${rootBaseUrl}downloads/${version}/`;
}

/** A file the page comparing any two releases reads (see comparisonFiles in comparable.ts), e.g. `1.0.0.json`, in the language of `baseUrl`. */
export function compareDataPath(baseUrl: string, file: string): string {
  return `${baseUrl}releases/data/${file}`;
}
