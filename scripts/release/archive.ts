/**
 * Archives the pack of a release: makes the files of /downloads/<version>/ from the release's snapshot
 * and keeps them in versioned_downloads/<version>/, so that later builds copy them instead of making
 * them again. `release:cut` does this for every new release; `release:archive` is for a release cut
 * before packs were archived, and refuses a release that has its archive already.
 */
import { formatContentError } from '../../src/core/errors';
import { loadLibrary } from '../../src/core/load';
import type { Library } from '../../src/core/model';
import { writeArchivedPack } from '../../src/core/releases/archived-packs';
import { buildPackFolder } from '../../src/core/releases/pack/folder';
import { libraryFromSnapshot } from '../../src/core/releases/snapshot';

export type ArchiveResult = { ok: true; written: string[] } | { ok: false; problems: string[] };

/** The pack of release `version` as its snapshot gives it, in memory. */
export async function packOfRelease(library: Library, version: string, siteUrl: string, root: string): Promise<Map<string, Buffer>> {
  const snapshot = library.snapshots.find((candidate) => candidate.version === version);
  if (!snapshot) throw new Error(`${version} is not a cut release`);
  return buildPackFolder(libraryFromSnapshot(snapshot, library.releases), { siteUrl, projectRoot: root });
}

export async function archiveRelease(root: string, version: string, siteUrl: string): Promise<ArchiveResult> {
  // The archives are what this command makes, so a missing one is no reason to stop; one that exists is never replaced.
  const { library: loaded, errors } = loadLibrary(root, { checkArchives: false });
  if (!loaded) return { ok: false, problems: [...errors.map(formatContentError), 'Fix these problems first; nothing was written.'] };
  if (!loaded.snapshots.some((snapshot) => snapshot.version === version))
    return { ok: false, problems: [`${version} is not a cut release; cut it with \`npm run release:cut -- ${version}\``] };
  try {
    return { ok: true, written: writeArchivedPack(root, version, await packOfRelease(loaded, version, siteUrl, root)) };
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  }
}
