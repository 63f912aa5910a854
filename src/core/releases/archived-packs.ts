/**
 * The archived pack of a release: the files of /downloads/<version>/, made once when the release is
 * cut and kept in `versioned_downloads/<version>/`. Builds copy these bytes; they never make them again,
 * so a file a partner checked against the published SHA256SUMS stays the same file, whatever the code
 * that makes PDFs, spreadsheets and Word files becomes later.
 *
 * The SHA256SUMS in the folder is the record made at the cut (see checksummed-folder.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ContentError } from '../errors';
import { foldersWithoutRelease, readChecksummedFolder, SUMS, writeChecksummedFolder, type ChecksummedFolder, type FolderFiles } from './checksummed-folder';

/** The folder of the archived packs, relative to the project root. */
export const ARCHIVE_FOLDER = 'versioned_downloads';

/** The plain page that lists a pack's files (made at the cut, not in the sums). */
const INDEX = 'index.html';

export type PackFiles = FolderFiles;
export type ArchivedPack = ChecksummedFolder;

/** The folder of one release's pack, relative to the project root. */
export function archiveFolder(version: string): string {
  return `${ARCHIVE_FOLDER}/${version}`;
}

/** Reads a release's archived pack and checks every byte against the SHA256SUMS recorded at its cut. */
export function readArchivedPack(root: string, version: string): ArchivedPack {
  const folder = archiveFolder(version);
  if (!fs.existsSync(path.join(root, folder, SUMS))) {
    const fix = `restore ${folder}/ from the repository's history; a release cut before packs were archived gets one with \`npm run release:archive -- ${version}\``;
    return { errors: [{ file: `${folder}/${SUMS}`, position: { line: 1, column: 1 }, field: '(file)', message: `release ${version} has no archived pack`, fix }] };
  }
  return readChecksummedFolder(root, { folder, version, unlisted: [INDEX] });
}

/**
 * Writes a newly cut release's pack folder (made by buildPackFolder, SHA256SUMS and index page
 * included), and refuses to touch a folder that exists: an archive is written once.
 */
export function writeArchivedPack(root: string, version: string, files: PackFiles): string[] {
  return writeChecksummedFolder(root, archiveFolder(version), files, 'pack');
}

/** Every release's pack checked, and no archive kept for a release that has no snapshot. */
export function checkArchivedPacks(root: string, snapshots: readonly { version: string }[]): ContentError[] {
  return [
    ...snapshots.flatMap((snapshot) => readArchivedPack(root, snapshot.version).errors),
    ...foldersWithoutRelease(root, ARCHIVE_FOLDER, snapshots, 'pack', 'remove it; packs are archived by `npm run release:cut`'),
  ];
}
