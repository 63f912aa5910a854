/**
 * The archived pack of a release: the files of /downloads/<version>/, made once when the release is
 * cut and kept in `versioned_downloads/<version>/`. Builds copy these bytes; they never make them again,
 * so a file a partner checked against the published SHA256SUMS stays the same file, whatever the code
 * that makes PDFs, spreadsheets and Word files becomes later.
 *
 * The SHA256SUMS in the folder is the record made at the cut. Reading a pack checks every file against
 * it, so a changed, missing or extra file is an error with the line of SHA256SUMS that names it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ContentError } from '../errors';

/** The folder of the archived packs, relative to the project root. */
export const ARCHIVE_FOLDER = 'versioned_downloads';

/** The checksum file of a pack, and the plain page that lists it (made at the cut, not in the sums). */
const SUMS = 'SHA256SUMS';
const INDEX = 'index.html';

export type PackFiles = ReadonlyMap<string, Buffer>;

export interface ArchivedPack {
  /** Every file of the pack by its path in the folder, SHA256SUMS and index.html included; undefined when it cannot be trusted. */
  readonly files?: PackFiles;
  readonly errors: readonly ContentError[];
}

/** The folder of one release's pack, relative to the project root. */
export function archiveFolder(version: string): string {
  return `${ARCHIVE_FOLDER}/${version}`;
}

/** Reads a release's archived pack and checks every byte against the SHA256SUMS recorded at its cut. */
export function readArchivedPack(root: string, version: string): ArchivedPack {
  const folder = archiveFolder(version);
  const sumsFile = `${folder}/${SUMS}`;
  const problem = (file: string, message: string, fix: string, line = 1): ContentError => ({ file, position: { line, column: 1 }, field: '(file)', message, fix });
  if (!fs.existsSync(path.join(root, sumsFile))) {
    return {
      errors: [
        problem(
          sumsFile,
          `release ${version} has no archived pack`,
          `restore ${folder}/ from the repository's history; a release cut before packs were archived gets one with \`npm run release:archive -- ${version}\``,
        ),
      ],
    };
  }
  const files = new Map<string, Buffer>();
  for (const name of listFiles(path.join(root, folder))) files.set(name, fs.readFileSync(path.join(root, folder, name)));
  const restore = `restore ${folder}/ from the repository's history; a published release is never changed`;
  const errors: ContentError[] = [];
  const recorded = new Map<string, { sum: string; line: number }>();
  files
    .get(SUMS)!
    .toString('utf8')
    .split('\n')
    .forEach((text, index) => {
      const entry = /^([0-9a-f]{64}) {2}(.+)$/.exec(text);
      if (entry) recorded.set(entry[2]!, { sum: entry[1]!, line: index + 1 });
      else if (text !== '') errors.push(problem(sumsFile, `line ${index + 1} is not "<sha256>  <file>"`, restore, index + 1));
    });
  for (const [name, { sum, line }] of recorded) {
    const content = files.get(name);
    if (!content) errors.push(problem(sumsFile, `${name} is listed but missing`, restore, line));
    else if (createHash('sha256').update(content).digest('hex') !== sum) {
      errors.push(problem(sumsFile, `${name} does not match the checksum recorded when ${version} was cut`, restore, line));
    }
  }
  for (const name of files.keys()) {
    if (name !== SUMS && name !== INDEX && !recorded.has(name))
      errors.push(problem(`${folder}/${name}`, `is not part of release ${version}`, 'remove it; a published release never gains files'));
  }
  return errors.length > 0 ? { errors } : { files, errors };
}

/**
 * Writes a newly cut release's pack folder (made by buildPackFolder, SHA256SUMS and index page
 * included), and refuses to touch a folder that exists: an archive is written once.
 */
export function writeArchivedPack(root: string, version: string, files: PackFiles): string[] {
  const folder = path.join(root, archiveFolder(version));
  if (fs.existsSync(folder)) throw new Error(`${archiveFolder(version)}/ exists already; a release's pack is written once and never replaced`);
  for (const [name, content] of files) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
  return [`${archiveFolder(version)}/`];
}

/** Every release's pack checked, and no archive kept for a release that has no snapshot. */
export function checkArchivedPacks(root: string, snapshots: readonly { version: string }[]): ContentError[] {
  const errors = snapshots.flatMap((snapshot) => readArchivedPack(root, snapshot.version).errors);
  const folder = path.join(root, ARCHIVE_FOLDER);
  const released = new Set(snapshots.map((snapshot) => snapshot.version));
  for (const name of fs.existsSync(folder) ? fs.readdirSync(folder).sort() : []) {
    if (!released.has(name)) {
      errors.push({
        file: `${ARCHIVE_FOLDER}/${name}`,
        position: { line: 1, column: 1 },
        field: '(file)',
        message: `is not the pack of a cut release (there is no versioned_standards/${name}.json)`,
        fix: 'remove it; packs are archived by `npm run release:cut`',
      });
    }
  }
  return errors;
}

/** Every file under `folder`, as paths relative to it with "/", sorted. */
function listFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
