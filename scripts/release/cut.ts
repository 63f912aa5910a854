/**
 * Cuts a release: checks that the library is valid and that its release file lists exactly what
 * changed, then freezes the standards data as a snapshot and the docs with `docusaurus docs:version`.
 * Nothing is written unless every check passes; if freezing the docs fails, the snapshot is removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatContentError } from '../../src/core/errors';
import { loadLibrary } from '../../src/core/load';
import { compareVersions } from '../../src/core/model';
import { freezeRelease } from '../../src/core/registry';
import { serializeSnapshot, snapshotFile } from '../../src/core/releases/snapshot';

export interface CutOptions {
  /** Freezes the docs (and their translations) as `version`; `docusaurus docs:version` in the real site. */
  versionDocs: (version: string) => Promise<void>;
}

export type CutResult = { ok: true; written: string[] } | { ok: false; problems: string[] };

export async function cutRelease(root: string, version: string, options: CutOptions): Promise<CutResult> {
  const refuse = (...problems: string[]): CutResult => ({ ok: false, problems });
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
  const target = path.join(root, snapshotFile(version));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, serializeSnapshot(freezeRelease(library, version)));
  try {
    await options.versionDocs(version);
  } catch (error) {
    fs.rmSync(target);
    return refuse(`Freezing the docs failed, so the snapshot was removed: ${(error as Error).message}`);
  }
  const translated = library.meta.languages.slice(1).map((language) => `i18n/${language}/docusaurus-plugin-content-docs/version-${version}/`);
  return {
    ok: true,
    written: [snapshotFile(version), `versioned_docs/version-${version}/`, ...translated, `versioned_sidebars/version-${version}-sidebars.json`, 'versions.json'],
  };
}
