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
import { parse as parseYaml } from 'yaml';
import type { ContentError } from './errors';

export type PageFormat = 'md' | 'mdx';

export type ParsedPage = { readonly tree: Root; readonly format: PageFormat } | { readonly error: ContentError };

// In the order the build adds them: MDX first (by @mdx-js/mdx), then Docusaurus's own.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkDirective).use(remarkGfm).use(remarkComment).freeze();
const mdParser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).use(remarkGfm).use(remarkComment).freeze();

/**
 * The format the build compiles a page in. Every page is MDX unless its front matter says
 * `mdx: {format: md}` (or `detect` on a `.md` file), as in Docusaurus with `markdown.format: 'mdx'`.
 */
export function pageFormat(file: string, text: string): PageFormat {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1];
  let format: unknown;
  try {
    format = frontMatter ? (parseYaml(frontMatter) as { mdx?: { format?: unknown } } | null)?.mdx?.format : undefined;
  } catch {
    // Front matter that is not YAML is reported by the front-matter check; read the page as MDX.
  }
  if (format === 'md' || (format === 'detect' && /\.md$/i.test(file))) return 'md';
  return 'mdx';
}

/** Parses a page into its tree, or says where and why it cannot be read. */
export function parsePage(file: string, text: string, format: PageFormat = pageFormat(file, text)): ParsedPage {
  try {
    const tree = (format === 'md' ? mdParser : mdxParser).parse(text) as Root;
    return { tree, format };
  } catch (error) {
    const problem = error as { line?: number; column?: number; reason?: string; message: string };
    return {
      error: {
        file,
        position: { line: problem.line ?? 1, column: problem.column ?? 1 },
        field: '(body)',
        message: `the page cannot be read as MDX: ${problem.reason ?? problem.message}`,
        fix: 'check for a stray "<" or "{" in the text; write them as &lt; and &#123;',
      },
    };
  }
}
