/**
 * The files of the releases, written after the build: each release's pack in /downloads/<version>/,
 * copied byte for byte from the archive made at its cut (and the newest again in /downloads/latest/, and
 * the draft's, made now, while one is being prepared), each with SHA256SUMS and a plain index page; the
 * pages of the releases archived in versioned_pages/, copied as they are; and the Atom and JSON feeds of
 * releases and of each standard.
 * `writeFiles` also writes the build-time templates (see src/core/templates).
 * Everything is made in memory first, so a failure writes nothing.
 */
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ContentValidationError, type ContentError } from '../../core/errors';
import { readArchivedPack, type PackFiles } from '../../core/releases/archived-packs';
import { pagesFolder } from '../../core/releases/archived-pages';
import type { Language, Library, ReleaseRecord } from '../../core/model';
import { applyCorrections, archivedHtmlFiles, correctionsOf } from '../../core/releases/page-corrections';
import { relocateKeptPage } from '../../core/releases/relocate-page';
import { feedPaths, releasesFeed, standardFeed } from '../../core/releases/feeds';
import { releaseHistory } from '../../core/releases/history';
import { buildPackFolder } from '../../core/releases/pack/folder';
import { isReleased } from '../../core/releases/snapshot';

interface Options {
  siteUrl: string;
  projectRoot: string;
}

/**
 * Every pack folder under downloads/, by folder name: each release's as archived when it was cut (never
 * made again), the draft's made now, and the newest release's again as `latest`.
 */
export async function buildPacks(library: Library, options: Options): Promise<Map<string, PackFiles>> {
  const folders = new Map<string, PackFiles>();
  const errors: ContentError[] = [];
  for (const snapshot of library.snapshots) {
    const archived = readArchivedPack(options.projectRoot, snapshot.version);
    errors.push(...archived.errors);
    if (archived.files) folders.set(snapshot.version, archived.files);
  }
  if (errors.length > 0) throw new ContentValidationError(errors);
  // While the next version is being prepared, its draft pack is what the current pages link to.
  if (!isReleased(library)) folders.set(library.meta.version, await buildPackFolder(library, options));
  const newest = library.snapshots.at(-1)?.version ?? library.meta.version;
  folders.set('latest', folders.get(newest)!);
  return folders;
}

/**
 * Copies the archived pages of the releases named, in one language, into that language's folder of the
 * site. Loading the library checked every byte against their SHA256SUMS earlier in the same build
 * (src/core/load.ts), so they are copied as they are, without reading them again; only the pages of a
 * release that lists corrections for this language are read, corrected and written.
 */
/**
 * Copies each kept release's pages into the build, with the release's corrections applied and, under a
 * base path, their root-relative addresses moved under it (src/core/releases/relocate-page.ts).
 */
export async function copyArchivedPages(
  projectRoot: string,
  versions: readonly string[],
  language: Language,
  outDir: string,
  site: { releases: readonly ReleaseRecord[]; baseUrl: string },
): Promise<void> {
  for (const version of versions) {
    const folder = path.join(projectRoot, pagesFolder(version), language);
    if (!existsSync(folder)) continue;
    await fs.cp(folder, outDir, { recursive: true });
    const corrections = correctionsOf(
      site.releases.find((release) => release.version === version),
      language,
    );
    if (corrections.length === 0 && site.baseUrl === '/') continue;
    for (const name of archivedHtmlFiles(projectRoot, version, language)) {
      const page = await fs.readFile(path.join(folder, name), 'utf8');
      const served = relocateKeptPage(applyCorrections(page, corrections), site.baseUrl);
      if (served !== page) await fs.writeFile(path.join(outDir, name), served);
    }
  }
}

export async function writePacks(folders: ReadonlyMap<string, PackFiles>, outDir: string): Promise<void> {
  for (const [folder, files] of folders) {
    for (const [name, content] of files) {
      const target = path.join(outDir, 'downloads', folder, name);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, content);
    }
  }
}

/** The feeds of one language, by path relative to that language's folder of the site. */
export function buildFeeds(library: Library, language: Language, siteUrl: string): Map<string, string> {
  const history = releaseHistory(library, language);
  const site = { siteUrl, language, localePrefix: language === library.meta.languages[0] ? '' : `/${language}`, edition: library.meta.name };
  const files = new Map<string, string>();
  const add = (paths: { atom: string; json: string }, feed: { atom: string; json: string }) => {
    files.set(paths.atom, feed.atom);
    files.set(paths.json, feed.json);
  };
  add(feedPaths(), releasesFeed(history, site));
  const titles = new Map<string, string>();
  for (const snapshot of library.snapshots)
    for (const standard of snapshot.standards) titles.set(standard.id, snapshot.translations[language]?.find((record) => record.id === standard.id)?.title ?? standard.title);
  for (const standard of library.standards) titles.set(standard.id, library.translations[language]?.get(standard.id)?.title ?? standard.title);
  for (const [id, title] of [...titles].sort(([a], [b]) => (a < b ? -1 : 1))) add(feedPaths(id), standardFeed(history, id, title, site));
  return files;
}

/** Writes files given by path relative to `outDir`. */
export async function writeFiles(files: ReadonlyMap<string, string | Buffer>, outDir: string): Promise<void> {
  for (const [name, content] of files) {
    const target = path.join(outDir, name);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, content);
  }
}
