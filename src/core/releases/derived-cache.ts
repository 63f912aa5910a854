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

/** The code that derives the values: every source file of src/core, whose hash is part of each key. */
const CORE = path.join(__dirname, '..');

export interface DerivedCache {
  /** The value stored under `parts`, or what `make` gives, stored for the next build. */
  get<T>(parts: readonly string[], make: () => T): T;
  /** Removes the values no `get` asked for since the cache was opened. */
  prune(): void;
}

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
  const used = new Set<string>();
  return {
    get<T>(parts: readonly string[], make: () => T): T {
      const hash = crypto.createHash('sha256').update(coreCodeHash());
      for (const part of parts) hash.update('\0').update(part);
      const name = `${hash.digest('hex')}.json`;
      used.add(name);
      const file = path.join(folder, name);
      try {
        return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
      } catch {
        // Not stored yet, or unreadable: compute it.
      }
      const value = make();
      try {
        fs.mkdirSync(folder, { recursive: true });
        fs.writeFileSync(file, JSON.stringify(value));
      } catch {
        // Not stored: the next build computes it again.
      }
      return value;
    },
    prune() {
      if (!fs.existsSync(folder)) return;
      for (const name of fs.readdirSync(folder)) if (name.endsWith('.json') && !used.has(name)) fs.rmSync(path.join(folder, name), { force: true });
    },
  };
}
