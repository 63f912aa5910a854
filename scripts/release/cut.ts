/**
 * Cuts a release: checks that the library is valid and that its release file lists exactly what
 * changed, then freezes the standards data as a snapshot, makes the release's pack once and archives
 * it (versioned_downloads/<version>/, never made again), and freezes the docs with `docusaurus
 * docs:version`. Nothing is written unless every check passes and the pack is made; if freezing the
 * docs fails, the snapshot and the pack are removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatContentError } from '../../src/core/errors';
import { loadLibrary } from '../../src/core/load';
import { compareVersions } from '../../src/core/model';
import { freezeRelease } from '../../src/core/registry';
import { archiveFolder, writeArchivedPack } from '../../src/core/releases/archived-packs';
import { buildPackFolder } from '../../src/core/releases/pack/folder';
import { libraryFromSnapshot, serializeSnapshot, snapshotFile } from '../../src/core/releases/snapshot';

export interface CutOptions {
  /** Freezes the docs (and their translations) as `version`; `docusaurus docs:version` in the real site. */
  versionDocs: (version: string) => Promise<void>;
  /** The site's address, as the pack's files name it (see src/core/site-url.ts). */
  siteUrl: string;
  /** Hears of each step as it starts: its number, how many there are, and what it does. */
  onStep?: (step: number, steps: number, what: string) => void;
}

const STEPS = ['Checking the library and the release notes', 'Freezing the standards and making the pack', 'Writing the snapshot and the pack', 'Freezing the docs'];

export type CutResult = { ok: true; written: string[] } | { ok: false; problems: string[] };

export async function cutRelease(root: string, version: string, options: CutOptions): Promise<CutResult> {
  const refuse = (...problems: string[]): CutResult => ({ ok: false, problems });
  const step = (index: number) => options.onStep?.(index + 1, STEPS.length, STEPS[index]!);
  step(0);
  if (!/^\d+\.\d+\.\d+$/.test(version)) return refuse(`"${version}" is not a version; write it as MAJOR.MINOR.PATCH, e.g. 1.1.0`);
  const { library, errors } = loadLibrary(root);
  if (!library) return refuse(...errors.map(formatContentError), 'Fix these problems first; nothing was written.');
  if (library.meta.version !== version) {
    return refuse(`standards/library.yaml says version: ${library.meta.version}; set it to ${version} while you prepare the release`);
  }
  const newest = library.snapshots.at(-1);
  if (newest && compareVersions(version, newest.version) <= 0) {
    return refuse(`${version} is already released or older than the newest release, ${newest.version}; choose a higher version`);
  }
  const notes = `standards/releases/${version}.yaml`;
  if (!library.releases.some((release) => release.version === version)) {
    return refuse(`${notes} is missing; add it with the date, a summary and every standard added, changed, moved or retired`);
  }
  step(1);
  const snapshot = freezeRelease(library, version);
  const pack = await buildPackFolder(libraryFromSnapshot(snapshot, library.releases), { siteUrl: options.siteUrl, projectRoot: root });
  const target = path.join(root, snapshotFile(version));
  const archive = path.join(root, archiveFolder(version));
  if (fs.existsSync(archive)) return refuse(`${archiveFolder(version)}/ exists already; remove it if it is left from a cut that failed, then cut again`);
  step(2);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, serializeSnapshot(snapshot));
  writeArchivedPack(root, version, pack);
  step(3);
  try {
    await options.versionDocs(version);
  } catch (error) {
    fs.rmSync(target);
    fs.rmSync(archive, { recursive: true });
    return refuse(`Freezing the docs failed, so the snapshot and the pack were removed: ${(error as Error).message}`);
  }
  // Docusaurus freezes each translation's docs and its sidebar labels (version-<version>.json) too.
  const translated = library.meta.languages
    .slice(1)
    .flatMap((language) => [`i18n/${language}/docusaurus-plugin-content-docs/version-${version}/`, `i18n/${language}/docusaurus-plugin-content-docs/version-${version}.json`]);
  return {
    ok: true,
    written: [
      snapshotFile(version),
      `${archiveFolder(version)}/`,
      `versioned_docs/version-${version}/`,
      ...translated,
      `versioned_sidebars/version-${version}-sidebars.json`,
      'versions.json',
    ],
  };
}
