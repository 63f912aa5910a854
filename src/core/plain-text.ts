/**
 * Markdown as the reader sees it, as plain text: the text of every block on its own line, without
 * marks or link targets. Search records and the word diffs of release pages read text this way.
 */
import type { Content, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// The data files hold Markdown, not MDX: a "<" or "{" there is text.
const markdownParser = unified().use(remarkParse).use(remarkGfm);
const SKIPPED: ReadonlySet<string> = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'code', 'html', 'yaml']);
const LINE_PER_CHILD: ReadonlySet<string> = new Set(['list', 'listItem', 'mdxJsxFlowElement', 'table', 'tableRow']);

/** The text of a Markdown or MDX node; lists, list items, components and tables give one line per child. */
export function plainText(node: RootContent | Content): string {
  if (SKIPPED.has(node.type)) return '';
  if ('children' in node && Array.isArray(node.children)) {
    const separator = LINE_PER_CHILD.has(node.type) ? '\n' : '';
    return (node.children as Content[]).map(plainText).filter(Boolean).join(separator);
  }
  return toString(node);
}

/** Markdown as plain text, one block per line. */
export function markdownText(markdown: string): string {
  return (markdownParser.parse(markdown) as Root).children.map(plainText).filter(Boolean).join('\n');
}
