/**
 * A folder of JSON values stored under the hash of what they were made from, for the caches that let a
 * later run skip work (page-cache.ts, releases/derived-cache.ts). A value is read back only when every
 * part of its key and the store's salt are the same; values the run did not ask for are removed by
 * `prune`. A folder that cannot be written only costs time.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface JsonStore {
  /** The value stored under `parts`, or what `make` gives, stored for the next run (undefined is not stored). */
  get<T>(parts: readonly string[], make: () => T): T;
  /** Removes the values no `get` asked for since the store was opened. */
  prune(): void;
}

export function openJsonStore(folder: string, salt: string): JsonStore {
  const used = new Set<string>();
  return {
    get<T>(parts: readonly string[], make: () => T): T {
      const hash = crypto.createHash('sha256').update(salt);
      for (const part of parts) hash.update('\0').update(part);
      const name = `${hash.digest('hex')}.json`;
      used.add(name);
      const file = path.join(folder, name);
      try {
        return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
      } catch {
        // Not stored yet, or unreadable: make it, and store it for the next run.
      }
      const value = make();
      if (value === undefined) return value;
      try {
        fs.mkdirSync(folder, { recursive: true });
        fs.writeFileSync(file, JSON.stringify(value));
      } catch {
        // Not stored: the next run makes it again.
      }
      return value;
    },
    prune() {
      if (!fs.existsSync(folder)) return;
      for (const name of fs.readdirSync(folder)) if (!used.has(name)) fs.rmSync(path.join(folder, name), { force: true });
    },
  };
}
