/**
 * The files of the releases, written after the build: each release's pack in /downloads/<version>/
 * (and the newest again in /downloads/latest/, and the draft's while one is being prepared), each with
 * SHA256SUMS and a plain index page; and the Atom and JSON feeds of releases and of each standard.
 * `writeFiles` also writes the build-time templates (see src/core/templates).
 * Everything is made in memory first, so a failure writes nothing.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { sha256sums } from '../../core/checklists/downloads';
import type { Language, Library } from '../../core/model';
import { feedPaths, releasesFeed, standardFeed } from '../../core/releases/feeds';
import { releaseHistory } from '../../core/releases/history';
import { buildReleasePack } from '../../core/releases/pack';
import { libraryFromSnapshot } from '../../core/releases/snapshot';
import { contentSecurityPolicy, contentSecurityPolicyMeta } from '../../core/security/csp';

interface Options {
  siteUrl: string;
  projectRoot: string;
}

/** Every pack folder under downloads/, by folder name, with its files (SHA256SUMS and index.html included). */
export async function buildPacks(library: Library, options: Options): Promise<Map<string, Map<string, Buffer>>> {
  const folders = new Map<string, Map<string, Buffer>>();
  const libraries = library.snapshots.map((snapshot) => libraryFromSnapshot(snapshot, library.releases));
  // While the next version is being prepared, its draft pack is what the current pages link to.
  if (!library.snapshots.some((snapshot) => snapshot.version === library.meta.version)) libraries.push(library);
  for (const edition of libraries) {
    const files = await buildReleasePack(edition, options);
    files.set('SHA256SUMS', Buffer.from(sha256sums(files), 'utf8'));
    files.set('index.html', Buffer.from(packIndex(edition.meta.name, edition.meta.version, files), 'utf8'));
    folders.set(edition.meta.version, files);
  }
  const newest = library.snapshots.at(-1)?.version ?? library.meta.version;
  folders.set('latest', folders.get(newest)!);
  return folders;
}

export async function writePacks(folders: ReadonlyMap<string, ReadonlyMap<string, Buffer>>, outDir: string): Promise<void> {
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

// The pack pages run no script and ask nothing of any server: the site's policy, with no inline script allowed.
const PACK_PAGE_POLICY = contentSecurityPolicyMeta(contentSecurityPolicy({ scriptHashes: [] }));

/** A plain page that lists a pack's files, so that /downloads/<version>/ opens on any static host. */
function packIndex(edition: string, version: string, files: ReadonlyMap<string, Buffer>): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const rows = [...files.entries()]
    .filter(([name]) => name !== 'index.html')
    .map(([name, content]) => `<li><a href="${escape(name)}">${escape(name)}</a> (${Math.max(1, Math.round(content.length / 1024))} KB)</li>`)
    .join('\n');
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8">${PACK_PAGE_POLICY}<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(edition)} ${escape(version)}: downloads</title></head>\n<body>\n<h1>${escape(edition)} ${escape(version)}</h1>\n<p>Every file of this release. Check them with <code>sha256sum -c SHA256SUMS</code>.</p>\n<ul>\n${rows}\n</ul>\n</body>\n</html>\n`;
}
