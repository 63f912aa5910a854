/**
 * What each more release costs: the site with its first release as the only one (every later one not
 * yet cut), against the site with its releases and synthetic ones after them, six in all. A synthetic
 * release is a copy of the newest: its snapshot, its archived pack and pages, its frozen docs and their
 * translations, and release notes that list no change, so the library stays valid. Goals: the six-release build at most 1.10x the time
 * of the one-release build, and its main bundle at most 1.02x (gzip).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Library } from '../../src/core/model';
import { sha256sums } from '../../src/core/checklists/downloads';
import { archiveFolder } from '../../src/core/releases/archived-packs';
import { archivedPageVersions, pagesFolder, writeArchivedPages } from '../../src/core/releases/archived-pages';
import { listFiles, SUMS } from '../../src/core/releases/checksummed-folder';
import { snapshotFile } from '../../src/core/releases/snapshot';
import type { Measurement } from './measure';
import { copySite, uncut, type BuildTimer } from './site-copy';

export interface SyntheticReleaseBuilds {
  readonly one: Measurement & { mainGzip: number };
  readonly six: Measurement & { mainGzip: number };
}

const RELEASES = 6;

export async function benchSyntheticReleases(root: string, library: Library, time: BuildTimer): Promise<SyntheticReleaseBuilds> {
  const newest = library.snapshots.at(-1)?.version;
  if (!newest) throw new Error('The library has no release yet: cut one with npm run release:cut first.');
  const bench = path.join(root, '.bench');
  const languages = library.meta.languages.slice(1);

  const oneDir = copySite(root, path.join(bench, 'one-release'));
  const later = library.snapshots.slice(1).map((snapshot) => snapshot.version);
  for (const version of [...later].reverse()) {
    uncut(oneDir, version, languages);
    // Notes of a release between the first and the one in preparation would describe a release that is gone.
    if (version !== library.meta.version) fs.rmSync(path.join(oneDir, `standards/releases/${version}.yaml`), { force: true });
  }
  console.log(`Building the site with ${library.snapshots[0]!.version} as its only release...`);
  const one = await time(oneDir, path.join(bench, 'one-release-build'));

  const sixDir = copySite(root, path.join(bench, 'six-releases'));
  const versions = addSyntheticReleases(sixDir, newest, languages, RELEASES - library.snapshots.length);
  console.log(`Building the site with ${[...library.snapshots.map((snapshot) => snapshot.version), ...versions].join(', ')}...`);
  const six = await time(sixDir, path.join(bench, 'six-releases-build'));
  return {
    one: { ...one, mainGzip: mainBundleGzip(path.join(bench, 'one-release-build')) },
    six: { ...six, mainGzip: mainBundleGzip(path.join(bench, 'six-releases-build')) },
  };
}

/** Adds `count` releases after `newest`, each a copy of it, and makes the last one the library's version. */
export function addSyntheticReleases(siteDir: string, newest: string, languages: readonly string[], count: number): string[] {
  const [major, minor] = newest.split('.').map(Number) as [number, number];
  const versions = Array.from({ length: Math.max(0, count) }, (_, index) => `${major}.${minor + index + 1}.0`);
  const read = (relative: string) => fs.readFileSync(path.join(siteDir, relative), 'utf8');
  const write = (relative: string, text: string) => fs.writeFileSync(path.join(siteDir, relative), text);
  const notes = read(`standards/releases/${newest}.yaml`);
  const date = /^date: (\S+)$/m.exec(notes)![1]!;
  for (const version of versions) {
    const snapshot = JSON.parse(read(snapshotFile(newest)));
    write(snapshotFile(version), `${JSON.stringify({ ...snapshot, version, meta: { ...snapshot.meta, version } }, null, 2)}\n`);
    fs.cpSync(path.join(siteDir, archiveFolder(newest)), path.join(siteDir, archiveFolder(version)), { recursive: true });
    if (archivedPageVersions(siteDir, [newest]).length > 0) copyArchivedPages(siteDir, newest, version);
    write(`standards/releases/${version}.yaml`, `version: ${version}\ndate: ${date}\nsummary: A synthetic release for the benchmark, the same as ${newest}.\nchanges: []\n`);
    fs.cpSync(path.join(siteDir, `versioned_docs/version-${newest}`), path.join(siteDir, `versioned_docs/version-${version}`), { recursive: true });
    write(`versioned_sidebars/version-${version}-sidebars.json`, read(`versioned_sidebars/version-${newest}-sidebars.json`));
    for (const language of languages) {
      const docs = `i18n/${language}/docusaurus-plugin-content-docs`;
      fs.cpSync(path.join(siteDir, `${docs}/version-${newest}`), path.join(siteDir, `${docs}/version-${version}`), { recursive: true });
      write(`${docs}/version-${version}.json`, read(`${docs}/version-${newest}.json`));
    }
  }
  write('versions.json', `${JSON.stringify([...versions].reverse().concat(JSON.parse(read('versions.json'))), null, 2)}\n`);
  write('standards/library.yaml', read('standards/library.yaml').replace(/^version: .*$/m, `version: ${versions.at(-1)}`));
  return versions;
}

/** Keeps the pages of `newest` again as the pages of `version`, at that release's addresses. */
function copyArchivedPages(siteDir: string, newest: string, version: string): void {
  const from = path.join(siteDir, pagesFolder(newest));
  const rename = (segment: string) => (segment === newest ? version : segment === `${newest}.html` ? `${version}.html` : segment);
  const files = new Map<string, Buffer>();
  for (const name of listFiles(from)) if (name !== SUMS) files.set(name.split('/').map(rename).join('/'), fs.readFileSync(path.join(from, name)));
  const sorted = new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
  sorted.set(SUMS, Buffer.from(sha256sums(sorted), 'utf8'));
  writeArchivedPages(siteDir, version, sorted);
}

/** The gzip size of the main bundle of a build, which every page loads. */
function mainBundleGzip(buildDir: string): number {
  const folder = path.join(buildDir, 'assets/js');
  const main = fs.readdirSync(folder).find((name) => /^main\.[0-9a-f]+\.js$/.test(name));
  if (!main) throw new Error(`${folder} has no main bundle`);
  return gzipSync(fs.readFileSync(path.join(folder, main)), { level: 9 }).length;
}

export function printSyntheticReleaseReport({ one, six }: SyntheticReleaseBuilds): void {
  const ratio = (a: number, b: number) => `${(a / b).toFixed(3)}x`;
  console.log(`\n${RELEASES} releases (the real ones and synthetic copies of the newest) against one`);
  console.log(['measure', 'one release', 'six releases', 'ratio', 'goal'].join('\t'));
  const verdict = (value: number, goal: number) => `<= ${goal.toFixed(2)} ${value <= goal ? 'met' : 'MISSED'}`;
  console.log(['build wall time (s)', one.seconds.toFixed(1), six.seconds.toFixed(1), ratio(six.seconds, one.seconds), verdict(six.seconds / one.seconds, 1.1)].join('\t'));
  console.log(
    [
      'main bundle (gzip KB)',
      (one.mainGzip / 1024).toFixed(1),
      (six.mainGzip / 1024).toFixed(1),
      ratio(six.mainGzip, one.mainGzip),
      verdict(six.mainGzip / one.mainGzip, 1.02),
    ].join('\t'),
  );
}
