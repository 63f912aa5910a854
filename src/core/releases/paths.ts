/** The addresses of release pages, relative to a language's base URL (e.g. "/" or "/es/"). */
import { compareVersions } from '../model';

export function releasesPath(baseUrl: string): string {
  return `${baseUrl}releases`;
}

/** A release and what changed in it since the release before. */
export function releasePath(baseUrl: string, version: string): string {
  return `${baseUrl}releases/${version}`;
}

/** What changed between a release and the one before it: a page built for each release. */
export function comparePath(baseUrl: string, from: string, to: string): string {
  return `${baseUrl}releases/compare/${from}/${to}`;
}

/**
 * What changed between any two releases: the built page when `from` is the release just before `to`,
 * else the page that compares them in the browser. `versions` lists every release, in any order. With
 * `standard`, the address leads to that standard's change (an anchor on the built page; on the browser
 * page, whose sections do not exist before it runs, a `standard` parameter it scrolls to).
 */
export function comparisonPath(baseUrl: string, from: string, to: string, versions: readonly string[], standard?: string): string {
  const sorted = [...versions].sort(compareVersions);
  const adjacent = sorted.indexOf(from) >= 0 && sorted.indexOf(from) + 1 === sorted.indexOf(to);
  if (adjacent) return `${comparePath(baseUrl, from, to)}${standard ? `#${standard}` : ''}`;
  return `${baseUrl}releases/compare?from=${from}&to=${to}${standard ? `&standard=${standard}` : ''}`;
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
