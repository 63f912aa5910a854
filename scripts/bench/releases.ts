/**
 * What releases cost the build: the site as it is (every release), the same site with its newest
 * release not yet cut, and a preview build of the current docs only (LIBRARY_VERSIONS=newest).
 * Each build starts cold. The copy without the newest release lives in .bench/ and shares node_modules.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Library } from '../../src/core/model';
import { snapshotFile } from '../../src/core/releases/snapshot';
import type { Measurement } from './measure';

export type BuildTimer = (siteDir: string, outDir: string, env?: Record<string, string>) => Promise<Measurement>;

export interface ReleaseBuilds {
  releases: string[];
  all: Measurement;
  oneFewer: Measurement;
  preview: Measurement;
}

const NOT_COPIED = new Set(['node_modules', '.bench', '.git', '.docusaurus', 'build', 'build.next', 'build.previous']);

export async function benchReleases(root: string, library: Library, all: Measurement, time: BuildTimer): Promise<ReleaseBuilds> {
  const releases = library.snapshots.map((snapshot) => snapshot.version);
  const newest = releases.at(-1);
  const bench = path.join(root, '.bench');
  if (!newest) throw new Error('The library has no release yet: cut one with npm run release:cut first.');

  console.log(`Building the site without release ${newest} (as it was before that release was cut)...`);
  const copy = path.join(bench, 'one-release-fewer');
  fs.rmSync(copy, { recursive: true, force: true });
  fs.mkdirSync(copy, { recursive: true });
  for (const entry of fs.readdirSync(root).filter((name) => !NOT_COPIED.has(name))) fs.cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  uncut(copy, newest, library.meta.languages.slice(1));
  const oneFewer = await time(copy, path.join(bench, 'one-release-fewer-build'));
  console.log(`  ${oneFewer.seconds.toFixed(1)} s`);

  console.log('Building a preview of the current docs only (LIBRARY_VERSIONS=newest)...');
  const preview = await time(root, path.join(bench, 'preview-build'), { LIBRARY_VERSIONS: 'newest' });
  console.log(`  ${preview.seconds.toFixed(1)} s`);
  return { releases, all, oneFewer, preview };
}

/** Takes a cut release back out of a copy of the site: its snapshot and its frozen docs. */
function uncut(siteDir: string, version: string, translatedLanguages: readonly string[]): void {
  const remove = (relative: string) => fs.rmSync(path.join(siteDir, relative), { recursive: true, force: true });
  remove(snapshotFile(version));
  remove(`versioned_docs/version-${version}`);
  remove(`versioned_sidebars/version-${version}-sidebars.json`);
  for (const language of translatedLanguages) {
    remove(`i18n/${language}/docusaurus-plugin-content-docs/version-${version}`);
    remove(`i18n/${language}/docusaurus-plugin-content-docs/version-${version}.json`);
  }
  const versionsFile = path.join(siteDir, 'versions.json');
  const versions = (JSON.parse(fs.readFileSync(versionsFile, 'utf8')) as string[]).filter((name) => name !== version);
  fs.writeFileSync(versionsFile, `${JSON.stringify(versions, null, 2)}\n`);
}

export function printReleaseReport(result: ReleaseBuilds): void {
  const { releases, all, oneFewer, preview } = result;
  console.log(`\nReleases: ${releases.join(', ')}`);
  console.log(['build', 'wall time (s)', 'ratio'].join('\t'));
  console.log([`with ${releases.length - 1} release${releases.length === 2 ? '' : 's'}`, oneFewer.seconds.toFixed(1), '1.000x'].join('\t'));
  console.log([`with ${releases.length} releases`, all.seconds.toFixed(1), `${(all.seconds / oneFewer.seconds).toFixed(3)}x`].join('\t'));
  console.log(['preview (current docs only)', preview.seconds.toFixed(1), `${(preview.seconds / oneFewer.seconds).toFixed(3)}x`].join('\t'));
}
