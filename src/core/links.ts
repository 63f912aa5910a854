/**
 * Internal links in pages and in the Markdown of the standards: every link to a standard, a domain, a
 * checklist, a glossary term or a page of the docs must lead somewhere. Links are read from the parsed
 * Markdown, never from the text. (The build also checks the links of the rendered pages.)
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { docAddress } from './doc-address';
import type { ContentError, SourcePosition } from './errors';
import { parseTree } from './mdx-parse';
import type { Library } from './model';
import { contentAddresses } from './registry';
import type { PathSegment, YamlSource } from './yaml-source';

/** Pages of the site that no content record makes. */
const SITE_PAGES = ['/', '/assign', '/assignment'];

/** A link as written, with the place of its address. */
export interface PlacedLink {
  readonly url: string;
  readonly position: SourcePosition;
}

export interface LinkSource {
  file: string;
  links: readonly PlacedLink[];
  /** Whether a relative link of this source leads to a file. */
  exists: (relativeTarget: string) => boolean;
}

/** The links and images of a page, each at the first character of its address when it is written inline. */
export function linksOfTree(tree: Root): PlacedLink[] {
  const links: PlacedLink[] = [];
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'image') && node.position) {
      links.push({ url: node.url, position: addressPosition(node) });
    }
  });
  return links;
}

type Linked =
  | { type: 'link'; children: ReadonlyArray<{ position?: { end: SourcePosition } }>; position?: { start: SourcePosition } }
  | { type: 'image'; alt?: string | null; position?: { start: SourcePosition } };

/** Where the address of `[text](address)` or `![alt](address)` starts: just after the `](`. */
function addressPosition(node: Linked): SourcePosition {
  const start = node.position!.start;
  if (node.type === 'image') return { line: start.line, column: start.column + 4 + (node.alt?.length ?? 0) };
  const lastChild = node.children.at(-1)?.position?.end;
  return lastChild ? { line: lastChild.line, column: lastChild.column + 2 } : { line: start.line, column: start.column + 3 };
}

/**
 * The links in the text fields of a YAML file (a standard's rationale and guidance hold Markdown), each
 * placed where its address is written in the file.
 */
export function linksOfYaml(source: YamlSource, text: string): PlacedLink[] {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const offsetOf = ({ line, column }: SourcePosition) => (lineStarts[line - 1] ?? 0) + column - 1;
  const positionOf = (offset: number): SourcePosition => {
    let line = lineStarts.findIndex((start) => start > offset);
    line = line === -1 ? lineStarts.length : line;
    return { line, column: offset - lineStarts[line - 1]! + 1 };
  };
  return stringsOf(source.data, []).flatMap(({ path, value }) => {
    if (!value.includes('](')) return [];
    const from = offsetOf(source.locate(path));
    return linksOfTree(parseTree(value, 'md')).map(({ url }) => {
      // The address is written as it is in the file, after "(", at or after the start of the field.
      const at = text.indexOf(`(${url}`, from);
      return { url, position: at === -1 ? source.locate(path) : positionOf(at + 1) };
    });
  });
}

function stringsOf(value: unknown, path: PathSegment[]): Array<{ path: PathSegment[]; value: string }> {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsOf(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringsOf(item, [...path, key]));
  return [];
}

/** Every address a link may lead to: the site's own pages, every record's page, and every doc page. */
function knownAddresses(library: Library): Set<string> {
  // A translated page has the address of its original, under the language's folder.
  return new Set([...SITE_PAGES, ...contentAddresses(library), ...library.pages.map((page) => docAddress(page.docId, page.frontMatter.slug).replace(/\/$/, '') || '/')]);
}

export function checkInternalLinks(library: Library, sources: readonly LinkSource[]): ContentError[] {
  const targets = knownAddresses(library);
  const terms = new Set(library.glossary.map((term) => term.id));
  const organizations = new Set(library.organizations.map((organization) => organization.id));
  const errors: ContentError[] = [];
  for (const { file, links, exists } of sources) {
    for (const { url: target, position } of links) {
      const at = (message: string, fix: string) => errors.push({ file, position, field: 'link', message, fix });
      if (target.startsWith('/')) {
        const [address = '', anchor] = target.split('#');
        // A query only filters a page (`/cases?pathway=conversion`); the page is what must exist.
        const page = address.split('?')[0]!.replace(/\/$/, '') || '/';
        if (!targets.has(page)) at(`"${target}" leads to no page of the site`, 'check the address');
        else if (page === '/glossary' && anchor && !terms.has(anchor)) at(`"${target}" names no glossary term`, 'use the id of a term in standards/glossary.yaml');
        else if (page === '/directory' && anchor && !organizations.has(anchor))
          at(`"${target}" names no organization of the directory`, 'use the file name of one of standards/organizations/');
      } else if (/^\.{1,2}\//.test(target) && !exists(target.split('#')[0]!)) {
        at(`"${target}" leads to no file`, 'check the file name');
      }
    }
  }
  return errors;
}
