/**
 * The archived pages of a release: its standards (/standards/<version>, /standards/<version>/<ID>) and
 * its docs (/<version>/…) in every language, rendered once and kept in `versioned_pages/<version>/`,
 * one folder per language (`en/`, `es/`) laid out as that language's part of the built site.
 *
 * They are plain pages with the site's style sheet and no script (see scripts/release/pages.ts, which
 * makes them). A build copies them as they are, so a past release adds no route, no JavaScript and no
 * rendering to the current site. A release without archived pages is still served, as routes of the
 * site: that is the state between `release:cut` and `release:pages`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ContentError } from '../errors';
import { foldersWithoutRelease, listFiles, readChecksummedFolder, SUMS, writeChecksummedFolder, type ChecksummedFolder, type FolderFiles } from './checksummed-folder';

/** The folder of the archived pages, relative to the project root. */
export const PAGES_FOLDER = 'versioned_pages';

/** The folder of one release's pages, relative to the project root. */
export function pagesFolder(version: string): string {
  return `${PAGES_FOLDER}/${version}`;
}

/** The releases whose pages are archived, in the order of `versions`. */
export function archivedPageVersions(root: string, versions: readonly string[]): string[] {
  return versions.filter((version) => fs.existsSync(path.join(root, pagesFolder(version), SUMS)));
}

/** Whether a file of a language's built site belongs to a release's pages (paths relative to that language's folder). */
export function isReleasePage(file: string, version: string): boolean {
  return [`standards/${version}.html`, `standards/${version}/`, `${version}.html`, `${version}/`].some((start) => (start.endsWith('/') ? file.startsWith(start) : file === start));
}

/** Reads a release's archived pages and checks every byte against the SHA256SUMS recorded when they were made. */
export function readArchivedPages(root: string, version: string): ChecksummedFolder {
  return readChecksummedFolder(root, { folder: pagesFolder(version), version });
}

/** The docs of an archived release in one language, as addresses relative to the language's base, e.g. 1.0.0/guides/x. */
export function archivedDocPaths(root: string, version: string, language: string): string[] {
  const folder = path.join(root, pagesFolder(version), language, version);
  if (!fs.existsSync(folder)) return [];
  return listFiles(folder)
    .filter((name) => name.endsWith('.html'))
    .map((name) => `${version}/${name.replace(/(\/index)?\.html$/, '')}`);
}

/** Writes a release's pages with their SHA256SUMS; refuses a folder that exists. */
export function writeArchivedPages(root: string, version: string, files: FolderFiles): string[] {
  return writeChecksummedFolder(root, pagesFolder(version), files, 'pages');
}

/** Every archived release's pages checked, and no pages kept for a release that has no snapshot. */
export function checkArchivedPages(root: string, snapshots: readonly { version: string }[]): ContentError[] {
  // A folder without its SHA256SUMS is checked too: each of its files is then reported as not part of the release.
  const versions = snapshots.map((snapshot) => snapshot.version).filter((version) => fs.existsSync(path.join(root, pagesFolder(version))));
  return [
    ...versions.flatMap((version) => readArchivedPages(root, version).errors),
    ...foldersWithoutRelease(root, PAGES_FOLDER, snapshots, 'pages', 'remove it; pages are archived by `npm run release:pages`'),
  ];
}
