/**
 * A small cache of per-file results for the checks that have none of their own (Markdown style, formatting),
 * so that a second `npm run check` only looks again at files that changed. An entry is found by a hash of
 * everything its result depends on: the tool's version, its settings, the file's name and its text.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where the checks keep their caches unless told otherwise: beside the other tools' caches, never in git. */
export function defaultCacheDir(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'check');
}

/** A hex SHA-256 of the parts, each one kept apart from the next so that ("ab", "c") and ("a", "bc") differ. */
export function hashOf(...parts: ReadonlyArray<string | Buffer>): string {
  const hash = crypto.createHash('sha256');
  for (const part of parts)
    hash
      .update(String(Buffer.byteLength(part)))
      .update(':')
      .update(part);
  return hash.digest('hex');
}

export class ResultCache<T> {
  private readonly stored: Record<string, T>;
  private readonly used: Record<string, T> = {};
  private changed = false;

  /** @param file the JSON file that holds the cache; a missing or unreadable one is an empty cache. */
  constructor(private readonly file: string) {
    this.stored = readEntries<T>(file);
  }

  get(key: string): T | undefined {
    const value = this.stored[key];
    if (value !== undefined) this.used[key] = value;
    return value;
  }

  set(key: string, value: T): void {
    this.used[key] = value;
    this.changed = true;
  }

  /** Writes the entries this run used, so that results for text that no longer exists drop out. */
  save(): void {
    if (!this.changed && Object.keys(this.used).length === Object.keys(this.stored).length) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    // Written beside and renamed, so that a run that stops half way, or two runs at once, leave a whole file.
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(this.used));
    fs.renameSync(temporary, this.file);
  }
}

function readEntries<T>(file: string): Record<string, T> {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, T>) : {};
  } catch {
    return {};
  }
}

/** The version of a tool as installed beside these scripts, for cache keys: a new version may judge differently. */
export function installedVersion(name: string): string {
  const manifest = path.join(__dirname, '..', '..', 'node_modules', name, 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * Where a whole check's result is kept, with a hash of everything it depends on: when nothing changed, the
 * result is read back and the tool is not even loaded. `file` undefined means no memo: the check always runs.
 */
export interface Memo {
  readonly file: string | undefined;
  readonly fingerprint: string;
}

/** The result kept for this fingerprint, if there is one. */
export function recall<T>(memo: Memo): T | undefined {
  if (memo.file === undefined) return undefined;
  try {
    const stored = JSON.parse(fs.readFileSync(memo.file, 'utf8')) as { fingerprint?: string; result?: T };
    return stored.fingerprint === memo.fingerprint ? stored.result : undefined;
  } catch {
    return undefined;
  }
}

/** The result kept for this fingerprint, or else the result of `run`, kept for next time. */
export async function memoize<T>(memo: Memo, run: () => Promise<T>): Promise<T> {
  const known = recall<T>(memo);
  if (known !== undefined) return known;
  const result = await run();
  if (memo.file !== undefined) {
    fs.mkdirSync(path.dirname(memo.file), { recursive: true });
    const temporary = `${memo.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify({ fingerprint: memo.fingerprint, result }));
    fs.renameSync(temporary, memo.file);
  }
  return result;
}

/** A hash of the settings and of the name and text of every file; a file that is not there counts as empty. */
export function fingerprintOf(root: string, settings: readonly string[], files: readonly string[]): string {
  const parts: Array<string | Buffer> = [...settings];
  for (const file of files) {
    parts.push(file);
    try {
      parts.push(fs.readFileSync(path.join(root, file)));
    } catch {
      parts.push('');
    }
  }
  return hashOf(...parts);
}
