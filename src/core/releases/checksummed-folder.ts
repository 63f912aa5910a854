/**
 * A folder of a release that is written once, at its cut, with a SHA256SUMS file that records every
 * byte. The archived pack (archived-packs.ts) and the archived pages (archived-pages.ts) are such
 * folders. Reading one checks every file against the record, so a changed, missing or extra file is an
 * error that names the line of SHA256SUMS and the fix.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ContentError } from '../errors';

export const SUMS = 'SHA256SUMS';

export type FolderFiles = ReadonlyMap<string, Buffer>;

export interface ChecksummedFolder {
  /** Every file by its path in the folder, SHA256SUMS included; undefined when the folder cannot be trusted. */
  readonly files?: FolderFiles;
  readonly errors: readonly ContentError[];
}

export interface FolderSpec {
  /** The folder, relative to the project root, e.g. versioned_downloads/1.0.0 */
  folder: string;
  version: string;
  /** Files kept in the folder but left out of SHA256SUMS (made at the cut from what the sums list). */
  unlisted?: readonly string[];
}

function problem(file: string, message: string, fix: string, line = 1): ContentError {
  return { file, position: { line, column: 1 }, field: '(file)', message, fix };
}

/** Reads a checksummed folder whose SHA256SUMS exists, and checks every file against it. */
export function readChecksummedFolder(root: string, { folder, version, unlisted = [] }: FolderSpec): ChecksummedFolder {
  const sumsFile = `${folder}/${SUMS}`;
  const files = new Map<string, Buffer>();
  for (const name of listFiles(path.join(root, folder))) files.set(name, fs.readFileSync(path.join(root, folder, name)));
  const restore = `restore ${folder}/ from the repository's history; a published release is never changed`;
  const errors: ContentError[] = [];
  const recorded = new Map<string, { sum: string; line: number }>();
  (files.get(SUMS) ?? Buffer.alloc(0))
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
    if (name !== SUMS && !unlisted.includes(name) && !recorded.has(name))
      errors.push(problem(`${folder}/${name}`, `is not part of release ${version}`, 'remove it; a published release never gains files'));
  }
  return errors.length > 0 ? { errors } : { files, errors };
}

/** Writes a newly made folder, and refuses to touch one that exists: such a folder is written once. */
export function writeChecksummedFolder(root: string, folder: string, files: FolderFiles, noun: string): string[] {
  const target = path.join(root, folder);
  if (fs.existsSync(target)) throw new Error(`${folder}/ exists already; a release's ${noun} is written once and never replaced`);
  for (const [name, content] of files) {
    fs.mkdirSync(path.dirname(path.join(target, name)), { recursive: true });
    fs.writeFileSync(path.join(target, name), content);
  }
  return [`${folder}/`];
}

/** Errors for folders kept under `parent` for a version that has no snapshot. */
export function foldersWithoutRelease(root: string, parent: string, snapshots: readonly { version: string }[], what: string, fix: string): ContentError[] {
  const released = new Set(snapshots.map((snapshot) => snapshot.version));
  const folder = path.join(root, parent);
  return (fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [])
    .filter((name) => !released.has(name))
    .map((name) => problem(`${parent}/${name}`, `is not the ${what} of a cut release (there is no versioned_standards/${name}.json)`, fix));
}

/** Every file under `folder`, as paths relative to it with "/", sorted. */
export function listFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
