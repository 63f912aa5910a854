/** Finding the files a check reads, without loading the tool that checks them. */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Folders no check reads: dependencies, build output, tools' caches, and the release packs archived at
 * their cut (published files, kept byte for byte). The same as the ignore files name.
 */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.docusaurus', '.cache-loader', '.bench', 'build', 'test-results', 'versioned_downloads', 'versioned_pages']);

/**
 * The files under `folder` (relative to the root; '' for all of it) whose names end in one of `extensions`
 * (every file when none are given), relative to the root with forward slashes, in a stable order.
 */
export function findFiles(root: string, folder: string, extensions?: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const walk = (relative: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => compareText(a.name, b.name))) {
      const file = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('build.')) walk(file);
      } else if (entry.isFile() && (!extensions || extensions.has(path.extname(entry.name)))) {
        found.push(file);
      }
    }
  };
  walk(folder);
  return found;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
