/**
 * Renders the Markdown fields of the data (rationale, guidance, purpose) to safe HTML at build time,
 * so that pages ship no Markdown parser. Raw HTML in the data is dropped, never rendered.
 */
import type { Element, Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { findAndReplace } from 'hast-util-find-and-replace';
import { h } from 'hastscript';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { TermFinder } from './glossary-terms';
import { standardPermalink } from './permalinks';

export interface MarkdownOptions {
  /** Prefixed to links that start with "/", e.g. "/es/" so that a Spanish page links to Spanish pages. */
  baseUrl?: string;
  /** Standard IDs that become links to their pages wherever the text names them, e.g. "see FIN-01". */
  standardIds?: ReadonlySet<string>;
  /** Glossary terms whose first use in the text links to their definition. */
  terms?: TermLinks;
  /** For the text of a past release: standard IDs link to that release's pages, not to today's text. */
  version?: string;
}

export interface TermLinks {
  finder: TermFinder;
  /** The definition, shown as a tooltip on the link. */
  definitionOf(id: string): string;
}

export function renderMarkdown(markdown: string, options: MarkdownOptions = {}): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeSanitize)
      .use(rehypeStandardLinks, options.standardIds ?? new Set<string>(), options.version)
      .use(rehypeTermLinks, options.terms)
      .use(rehypeSiteLinks, options.baseUrl ?? '/')
      .use(rehypeStringify)
      .processSync(markdown),
  ).trim();
}

/** Turns each known standard ID in the text into a link to its page (not inside an existing link). */
function rehypeStandardLinks(standardIds: ReadonlySet<string>, version: string | undefined) {
  return (tree: Root) => {
    findAndReplace(tree, [/\b[A-Z]{2,5}-\d{2,3}\b/g, (id: string) => (standardIds.has(id) ? h('a', { href: standardPermalink('/', id, version) }, id) : false)], {
      ignore: ['a'],
    });
  };
}

/** Links the first use of each glossary term to its entry in the glossary, with the definition as a tooltip. */
function rehypeTermLinks(terms: TermLinks | undefined) {
  return (tree: Root) => {
    if (!terms) return;
    const linked = new Set<string>();
    findAndReplace(
      tree,
      [
        new RegExp(terms.finder.pattern.source, terms.finder.pattern.flags),
        (match: string) => {
          const id = terms.finder.termIdOf(match);
          if (!id || linked.has(id)) return false;
          linked.add(id);
          return h('a', { href: `/glossary#${id}`, title: terms.definitionOf(id), className: ['glossary-term'] }, match);
        },
      ],
      { ignore: ['a', 'h1', 'h2', 'h3', 'h4'] },
    );
  };
}

/** Points site-absolute links at the current locale, and opens outside links safely. */
function rehypeSiteLinks(baseUrl: string) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const href = node.properties.href;
      if (href.startsWith('/') && !href.startsWith('//')) {
        node.properties.href = baseUrl.replace(/\/$/, '') + href;
      } else if (/^https?:/.test(href)) {
        node.properties.rel = ['noopener', 'noreferrer'];
      }
    });
  };
}
