/**
 * What a build derives from the snapshots of releases (each release's comparison with the one before
 * it, and the files the browser comparison reads) is computed once and kept on disk, then read back by
 * every later build until its inputs change: the snapshots, which never should, or the code in
 * src/core that derives it. A value is stored under the hash of its inputs and of that code, so a
 * changed snapshot or a new version of the code is always computed again. Values no build asked for
 * since the cache was opened are removed by `prune`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openJsonStore, type JsonStore } from '../json-store';

/** The code that derives the values: every source file of src/core, whose hash is part of each key. */
const CORE = path.join(__dirname, '..');

export type DerivedCache = JsonStore;

let codeHash: string | undefined;

/** The hash of src/core's sources, computed once per process. */
function coreCodeHash(): string {
  if (codeHash) return codeHash;
  const hash = crypto.createHash('sha256');
  const files = fs
    .readdirSync(CORE, { recursive: true })
    .map(String)
    .filter((file) => /\.(ts|json)$/.test(file) && !/\.test\.ts$/.test(file))
    .sort();
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(CORE, file)))
      .update('\0');
  codeHash = hash.digest('hex');
  return codeHash;
}

/** A cache in `folder` (made when needed). A folder that cannot be written only costs time: values are then computed each build. */
export function openDerivedCache(folder: string): DerivedCache {
  return openJsonStore(folder, coreCodeHash());
}
