/**
 * A cache of page trees on disk, so that `npm run validate` and `npm run check` parse only the pages
 * that changed since the last run. A tree is stored under the hash of the page's text, its format and
 * the versions of the parsers, so a new parser or a changed page is always parsed again. Trees the last
 * load did not ask for are removed, so the cache holds one library's pages at most.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { parseTree, type PageFormat } from './mdx-parse';

/** Parses a page's text in a format; see mdx-parse.ts. */
export type TreeParser = (text: string, format: PageFormat) => Root;

/** The packages whose versions decide the shape of a tree. */
const PARSER_PACKAGES = ['remark-parse', 'remark-mdx', 'remark-frontmatter', 'remark-directive', 'remark-gfm', '@slorber/remark-comment', 'micromark'];

/** Bump to throw every cached tree away, e.g. when mdx-parse.ts changes how it parses. */
const CACHE_FORMAT = 1;

export interface TreeCache {
  readonly parse: TreeParser;
  /** Removes the trees no parse asked for since the cache was opened. */
  prune(): void;
}

/** A cache in `folder` (made when needed); with a folder that cannot be written, pages are simply parsed. */
export function openTreeCache(folder: string, projectRoot: string): TreeCache {
  const salt = `${CACHE_FORMAT}\0${parserVersions(projectRoot)}`;
  const used = new Set<string>();
  const parse: TreeParser = (text, format) => {
    const name = `${crypto.createHash('sha256').update(salt).update(`\0${format}\0`).update(text).digest('hex')}.json`;
    used.add(name);
    const file = path.join(folder, name);
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Root;
    } catch {
      // Not cached yet, or unreadable: parse, and store for the next run.
    }
    const tree = parseTree(text, format);
    try {
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(file, JSON.stringify(tree));
    } catch {
      // A cache that cannot be written only costs time.
    }
    return tree;
  };
  const prune = () => {
    if (!fs.existsSync(folder)) return;
    for (const name of fs.readdirSync(folder)) if (!used.has(name)) fs.rmSync(path.join(folder, name), { force: true });
  };
  return { parse, prune };
}

function parserVersions(projectRoot: string): string {
  return PARSER_PACKAGES.map((name) => {
    try {
      return `${name}@${(JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version}`;
    } catch {
      return `${name}@unknown`;
    }
  }).join(',');
}

/** Where the scripts keep page trees: in node_modules, which every clone makes for itself. */
export function projectTreeCache(projectRoot: string): { folder: string; projectRoot: string } {
  return { folder: path.join(projectRoot, 'node_modules', '.cache', 'library-pages'), projectRoot };
}
