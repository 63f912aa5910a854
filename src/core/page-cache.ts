/**
 * A cache of page trees and YAML data on disk, so that `npm run validate` and `npm run check` parse only
 * the files that changed since the last run. A tree is stored under the hash of the page's text, its format and
 * the versions of the parsers, so a new parser or a changed page is always parsed again. Trees the last
 * load did not ask for are removed, so the cache holds one library's pages at most.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { openJsonStore } from './json-store';
import { parseTree, type PageFormat } from './mdx-parse';
import { parseYamlSource, type ParsedYaml, type YamlSource } from './yaml-source';

/** Parses a page's text in a format; see mdx-parse.ts. */
export type TreeParser = (text: string, format: PageFormat) => Root;

/** The packages whose versions decide the shape of a tree. */
const PARSER_PACKAGES = ['yaml', 'remark-parse', 'remark-mdx', 'remark-frontmatter', 'remark-directive', 'remark-gfm', '@slorber/remark-comment', 'micromark'];

/** Bump to throw every cached tree away, e.g. when mdx-parse.ts changes how it parses. */
const CACHE_FORMAT = 1;

/** Reads a YAML file with positions; see yaml-source.ts. */
export type YamlReader = (file: string, text: string) => ParsedYaml;

export interface TreeCache {
  readonly parse: TreeParser;
  /**
   * Reads a YAML file: a file read before without a problem gets its data back from the cache, and
   * is parsed with positions only when a problem in it needs a place.
   */
  readonly readYaml: YamlReader;
  /** Removes the trees no parse asked for since the cache was opened. */
  prune(): void;
}

/** A cache in `folder` (made when needed); with a folder that cannot be written, pages are simply parsed. */
export function openTreeCache(folder: string, projectRoot: string): TreeCache {
  const salt = `${CACHE_FORMAT}\0${parserVersions(projectRoot)}`;
  const store = openJsonStore(folder, salt);
  const cached = <T>(parts: readonly string[], make: () => T | undefined): T | undefined => store.get(parts, make);
  const parse: TreeParser = (text, format) => cached(['tree', format, text], () => parseTree(text, format))!;
  const readYaml: YamlReader = (file, text) => {
    let parsed: ParsedYaml | undefined;
    const data = cached<{ value: unknown }>(['yaml', text], () => {
      parsed = parseYamlSource(file, text);
      return parsed.errors.length === 0 ? { value: parsed.source.data } : undefined;
    });
    if (parsed) return parsed;
    // Positions are worked out only if a problem needs one.
    let located: ParsedYaml | undefined;
    const locate: YamlSource['locate'] = (at, target) => (located ??= parseYamlSource(file, text)).source.locate(at, target);
    return { source: { file, data: data!.value, locate }, errors: [] };
  };
  return { parse, readYaml, prune: () => store.prune() };
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
