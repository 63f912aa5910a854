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

export interface MarkdownOptions {
  /** Prefixed to links that start with "/", e.g. "/es/" so that a Spanish page links to Spanish pages. */
  baseUrl?: string;
  /** Standard IDs that become links to their pages wherever the text names them, e.g. "see FIN-01". */
  standardIds?: ReadonlySet<string>;
}

export function renderMarkdown(markdown: string, options: MarkdownOptions = {}): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeSanitize)
      .use(rehypeStandardLinks, options.standardIds ?? new Set<string>())
      .use(rehypeSiteLinks, options.baseUrl ?? '/')
      .use(rehypeStringify)
      .processSync(markdown),
  ).trim();
}

/** Turns each known standard ID in the text into a link to its page (not inside an existing link). */
function rehypeStandardLinks(standardIds: ReadonlySet<string>) {
  return (tree: Root) => {
    findAndReplace(
      tree,
      [
        /\b[A-Z]{2,5}-\d{2,3}\b/g,
        (id: string) => (standardIds.has(id) ? h('a', { href: `/standards/${id}` }, id) : false),
      ],
      { ignore: ['a'] },
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
