/**
 * Reads a page the way the site's build reads it: Markdown with front matter, directives (admonitions),
 * GFM tables and autolinks, HTML comments dropped, and MDX's JSX, expressions and ESM unless the page
 * asks to be plain Markdown (`mdx: {format: md}`). The safety check judges this tree without building; inside
 * the build the same check judges the tree MDX itself made (src/plugins/mdx-safety).
 */
import remarkComment from '@slorber/remark-comment';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ContentError } from './errors';

export type PageFormat = 'md' | 'mdx';

// In the order the build adds them: MDX first (by @mdx-js/mdx), then Docusaurus's own.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkDirective).use(remarkGfm).use(remarkComment).freeze();
const mdParser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).use(remarkGfm).use(remarkComment).freeze();

/**
 * The format the build compiles a page in, from its front matter: every page is MDX unless it says
 * `mdx: {format: md}` (or `detect` on a `.md` file), as in Docusaurus with `markdown.format: 'mdx'`.
 */
export function formatOf(file: string, frontMatter: unknown): PageFormat {
  const format = (frontMatter as { mdx?: { format?: unknown } } | null | undefined)?.mdx?.format;
  return format === 'md' || (format === 'detect' && /\.md$/i.test(file)) ? 'md' : 'mdx';
}

/** Parses `text` in `format`; Markdown always parses, MDX throws where it cannot be read. */
export function parseTree(text: string, format: PageFormat): Root {
  return (format === 'md' ? mdParser : mdxParser).parse(text) as Root;
}

/** The problem of a page MDX cannot read, at the place the parser stopped. */
export function unreadable(file: string, error: unknown): ContentError {
  const problem = error as { line?: number; column?: number; reason?: string; message: string };
  return {
    file,
    position: { line: problem.line ?? 1, column: problem.column ?? 1 },
    field: '(body)',
    message: `the page cannot be read as MDX: ${problem.reason ?? problem.message}`,
    fix: 'check for a stray "<" or "{" in the text; write them as &lt; and &#123;',
  };
}
