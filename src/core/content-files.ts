/**
 * Finds the content files of a library on disk and asks the registry (src/core/registry) what kind each
 * one is, from where it sits. This is the only module that walks the content folders.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compareText, type ContentError } from './errors';
import { docPlace } from './doc-address';
import { ARCHIVE_FOLDER } from './releases/archived-packs';
import { PAGES_FOLDER } from './releases/archived-pages';
import { classify, contentFolders } from './registry';
import type { ContentFile } from './content-file';

export type { ContentFile } from './content-file';

export interface FoundFiles {
  files: ContentFile[];
  /** Every Markdown and MDX page under the docs folders, for the MDX safety check. */
  pages: string[];
  /**
   * Every other Markdown and MDX file a plugin may compile: the docs as releases froze them, pages in
   * src/pages, and any folder a new plugin instance reads. They run as code too, so they get the same
   * safety check; only the folders in NEVER_COMPILED are left out.
   */
  otherPages: string[];
  errors: ContentError[];
}

/**
 * Top-level folders that no plugin compiles as pages: dependencies, build output, tests and their
 * fixtures, the scripts' templates (checked when `npm run new` turns them into pages), files served
 * as they are, and the archived release packs and pages (copied byte for byte, never compiled). Folders whose names start with a dot or with `build` are left out too.
 */
const NEVER_COMPILED: ReadonlySet<string> = new Set(['node_modules', 'tests', 'test-results', 'scripts', 'static', ARCHIVE_FOLDER, PAGES_FOLDER]);

/** Lists every content file under `root`, sorted by path so that reports never change order. */
export function findContentFiles(root: string): FoundFiles {
  const files: ContentFile[] = [];
  const pages: string[] = [];
  const errors: ContentError[] = [];
  const dataFolders = contentFolders('yaml');
  for (const folder of contentFolders()) {
    for (const file of listFiles(root, folder)) {
      if (docPlace(file) && /\.mdx?$/.test(file)) pages.push(file);
      const classified = classify(file);
      if (classified) files.push({ file, ...classified });
      else if (/\.ya?ml$/.test(file) && dataFolders.some((data) => file.startsWith(`${data}/`))) errors.push(misplaced(file));
    }
  }
  const known = new Set(pages);
  const otherPages = listFolders(root, '')
    .filter((folder) => !NEVER_COMPILED.has(folder) && !/^(\.|build)/.test(folder))
    .flatMap((folder) => listFiles(root, folder))
    .filter((file) => /\.mdx?$/i.test(file) && !known.has(file));
  return { files, pages, otherPages, errors };
}

/** The names of the folders directly below `root/dir`, sorted. */
function listFolders(root: string, dir: string): string[] {
  const start = path.join(root, dir);
  if (!fs.existsSync(start)) return [];
  return fs
    .readdirSync(start, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(compareText);
}

function misplaced(file: string): ContentError {
  return {
    file,
    position: { line: 1, column: 1 },
    field: '(file)',
    message: 'this file is not in a place the library knows',
    fix: file.endsWith('.yml')
      ? 'rename it to end in .yaml'
      : 'put a standard in standards/<domain>/<ID>.yaml, a domain in standards/domains/, a translation in standards/i18n/es/',
  };
}

/** Files below `root/dir`, relative to `root`, sorted. Missing folders give nothing. */
function listFiles(root: string, dir: string): string[] {
  const start = path.join(root, dir);
  if (!fs.existsSync(start)) return [];
  const entries = fs.readdirSync(start, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort(compareText);
}
