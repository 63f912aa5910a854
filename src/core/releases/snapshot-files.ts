/** Reads the release snapshots from `versioned_standards/`, oldest first, with an error per unreadable file. */
import fs from 'node:fs';
import path from 'node:path';
import type { ContentError } from '../errors';
import { compareVersions } from '../model';
import { SNAPSHOT_FOLDER, snapshotFile, type ReleaseSnapshot } from './snapshot';

export interface SnapshotFiles {
  readonly snapshots: readonly ReleaseSnapshot[];
  readonly errors: readonly ContentError[];
}

export function readSnapshots(root: string): SnapshotFiles {
  const folder = path.join(root, SNAPSHOT_FOLDER);
  if (!fs.existsSync(folder)) return { snapshots: [], errors: [] };
  const snapshots: ReleaseSnapshot[] = [];
  const errors: ContentError[] = [];
  for (const name of fs.readdirSync(folder).sort()) {
    const file = `${SNAPSHOT_FOLDER}/${name}`;
    const version = name.replace(/\.json$/, '');
    const problem = (message: string, fix: string, line = 1, column = 1): ContentError => ({ file, position: { line, column }, field: '(file)', message, fix });
    if (!/^\d+\.\d+\.\d+\.json$/.test(name)) {
      errors.push(problem('this file is not a release snapshot', 'snapshots are made by `npm run release:cut -- <version>` and named <version>.json; remove this file'));
      continue;
    }
    const text = fs.readFileSync(path.join(folder, name), 'utf8');
    let parsed: Partial<ReleaseSnapshot>;
    try {
      parsed = JSON.parse(text) as Partial<ReleaseSnapshot>;
    } catch (error) {
      const at = positionOf(text, error);
      errors.push(problem(`is not valid JSON (${(error as Error).message})`, `restore it from the repository's history; snapshots are never edited by hand`, at.line, at.column));
      continue;
    }
    if (parsed.version !== version || !Array.isArray(parsed.standards) || !parsed.meta) {
      errors.push(problem(`is not the snapshot of release ${version}`, `restore ${snapshotFile(version)} from the repository's history`));
      continue;
    }
    snapshots.push(parsed as ReleaseSnapshot);
  }
  return { snapshots: snapshots.sort((a, b) => compareVersions(a.version, b.version)), errors };
}

/** The line and column of a JSON syntax error, from the offset in its message when there is one. */
function positionOf(text: string, error: unknown): { line: number; column: number } {
  const offset = Number(/position (\d+)/.exec(String((error as Error).message))?.[1] ?? 0);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
