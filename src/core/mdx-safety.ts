/**
 * Contributed MDX runs as JavaScript, so pages under docs/ may hold only Markdown, front matter,
 * admonitions, and the components of the allow-list (src/components/allowlist.ts), used without an
 * import. Everything else is refused, with the place and a fix.
 */
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { MDX_COMPONENT_ALLOWLIST } from '../components/allowlist';
import type { ContentError } from './errors';

/** Imports the architecture allows: the site's own components and Docusaurus's tabs. */
const ALLOWED_IMPORT = /^import\s+\w+\s+from\s+['"](@site\/src\/components\/[\w/-]+|@theme\/Tabs|@theme\/TabItem)['"];?\s*$/;
const ALLOWED_COMPONENTS = new Set<string>([...MDX_COMPONENT_ALLOWLIST, 'Tabs', 'TabItem']);

interface Positioned {
  position?: { start: { line: number; column: number } };
}

export function checkMdxSafety(file: string, text: string): ContentError[] {
  // Blank out the front matter, keeping its lines, so positions stay true to the file.
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (frontMatter) => frontMatter.replace(/[^\n]/g, ''));
  const errors: ContentError[] = [];
  // Every unsafe construct needs one of these marks; a page without them is plain Markdown.
  if (!/[<{}]|^\s*(import|export)\b|javascript:/im.test(body)) return errors;
  const at = (node: Positioned | undefined, field: string, message: string, fix: string) =>
    errors.push({ file, position: { line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 }, field, message, fix });
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
  } catch (error) {
    const problem = error as { line?: number; column?: number; reason?: string; message: string };
    errors.push({
      file,
      position: { line: problem.line ?? 1, column: problem.column ?? 1 },
      field: '(body)',
      message: `the page cannot be read as MDX: ${problem.reason ?? problem.message}`,
      fix: 'check for a stray "<" or "{" in the text; write them as &lt; and &#123;',
    });
    return errors;
  }
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        for (const line of node.value.split('\n').filter((part) => part.trim() !== '')) {
          if (/^\s*export\b/.test(line)) at(node, 'export', 'exports are not allowed in pages', 'remove it; pages hold text, not code');
          else if (!ALLOWED_IMPORT.test(line)) at(node, 'import', `"${line.trim()}" is not an allowed import`, `remove it; the components ${MDX_COMPONENT_ALLOWLIST.join(', ')} need no import`);
        }
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) at(node, '{expression}', 'code in curly braces is not allowed in pages', 'remove the braces, or write them as &#123; and &#125; if you mean the characters');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!ALLOWED_COMPONENTS.has(name)) {
          const raw = /^[a-z]/.test(name) || name === '';
          at(node, `<${name}>`, raw ? `raw HTML <${name}> is not allowed in pages` : `the component <${name}> is not on the allow-list`, `use Markdown, or one of: ${MDX_COMPONENT_ALLOWLIST.join(', ')}`);
        }
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            at(node, `<${name}>`, 'spread attributes are not allowed', 'write each attribute as name="value"');
            continue;
          }
          if (/^on/i.test(attribute.name)) at(node, `<${name}> ${attribute.name}`, 'event handlers are not allowed', 'remove the attribute');
          if (attribute.value && typeof attribute.value === 'object') at(node, `<${name}> ${attribute.name}`, 'attribute values in curly braces are code and are not allowed', `write it as ${attribute.name}="value"`);
          if (typeof attribute.value === 'string' && /^\s*javascript:/i.test(attribute.value)) at(node, `<${name}> ${attribute.name}`, 'javascript: links are not allowed', 'link to a page or a web address');
        }
        break;
      }
      case 'link':
      case 'definition':
        if (/^\s*javascript:/i.test(node.url)) at(node, 'link', 'javascript: links are not allowed', 'link to a page or a web address');
        break;
      case 'html':
        at(node, 'html', 'raw HTML is not allowed in pages', 'use Markdown instead');
        break;
      default:
        break;
    }
  });
  return errors;
}
