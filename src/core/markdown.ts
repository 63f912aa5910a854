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
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface MarkdownOptions {
  /** Prefixed to links that start with "/", e.g. "/es/" so that a Spanish page links to Spanish pages. */
  baseUrl?: string;
}

export function renderMarkdown(markdown: string, options: MarkdownOptions = {}): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeSanitize)
      .use(rehypeSiteLinks, options.baseUrl ?? '/')
      .use(rehypeStringify)
      .processSync(markdown),
  ).trim();
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
