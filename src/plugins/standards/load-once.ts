/** Loads the library for the plugin, once per change of the content rather than once per language. */
import fs from 'node:fs';
import path from 'node:path';
import logger from '@docusaurus/logger';
import { ContentValidationError, describeErrorCount, formatContentError } from '../../core/errors';
import { loadLibraryOrThrow } from '../../core/load';
import { projectTreeCache } from '../../core/page-cache';
import type { Library } from '../../core/model';
import { contentFolders } from '../../core/registry';

// A build loads the site once per language in one process; the content is the same for each, so it is
// loaded and validated once. The key holds the time of the newest change, so `docusaurus start` reloads.
// Page trees are kept on disk between builds, in the same cache `npm run validate` keeps (page-cache.ts).
const PROJECT_ROOT = path.resolve(__dirname, '../../..');
let loaded: { key: string; library: Library } | undefined;

export function loadLibraryOnce(root: string): Library {
  const key = `${root}:${newestChange(root)}`;
  if (loaded?.key !== key) {
    try {
      loaded = { key, library: loadLibraryOrThrow(root, (warning) => logger.warn(formatContentError(warning)), { treeCache: projectTreeCache(PROJECT_ROOT) }) };
    } catch (error) {
      if (!(error instanceof ContentValidationError)) throw error;
      // The problems, one per line as `npm run validate` prints them, rather than inside a stack trace.
      for (const problem of error.errors) logger.error(formatContentError(problem));
      const stop = new Error(`${describeErrorCount(error.errors)} in the content. Fix them and build again; "npm run validate" shows them faster.`);
      stop.stack = stop.message;
      throw stop;
    }
  }
  return loaded.library;
}

/** The newest modification time among the content folders the registry names, as a cheap change detector. */
function newestChange(root: string): number {
  let newest = 0;
  for (const folder of contentFolders()) {
    const start = path.join(root, folder);
    if (!fs.existsSync(start)) continue;
    for (const entry of fs.readdirSync(start, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}
