/**
 * Gives the highlighter of code blocks (Prism) only to the pages that show code, the way policy
 * components travel with their pages (remark-component-imports.ts). Each fenced block becomes the
 * highlighted code block, imported by the page itself, with the block's language, its options line
 * (`title="…"`, line numbers) and its text as plain string attributes. Pages without code import
 * nothing, and the theme's own code block (src/theme/CodeBlock) draws plain, unhighlighted code. It
 * runs after the safety check, which judges the page as written.
 */
import type { Code, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { importNode } from './import-node';

/** The name the page's import gives the highlighted code block; no policy component has it. */
export const HIGHLIGHTED_CODE = 'HighlightedCodeBlock';
export const HIGHLIGHTED_CODE_MODULE = '@theme/CodeBlock/Highlighted';

export default function remarkCodeBlocks() {
  return (tree: Root): void => {
    let found = false;
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!parent || index === undefined) return;
      found = true;
      parent.children[index] = highlighted(node) as never;
      return SKIP;
    });
    if (found) tree.children.unshift(importNode(HIGHLIGHTED_CODE, HIGHLIGHTED_CODE_MODULE));
  };
}

function highlighted(node: Code): MdxJsxFlowElement {
  const attribute = (name: string, value: string | null | undefined) => (value ? [{ type: 'mdxJsxAttribute' as const, name, value }] : []);
  return {
    type: 'mdxJsxFlowElement',
    name: HIGHLIGHTED_CODE,
    attributes: [...attribute('className', node.lang ? `language-${node.lang}` : undefined), ...attribute('metastring', node.meta), ...attribute('code', node.value)],
    children: [],
    position: node.position,
  } satisfies MdxJsxFlowElement as MdxJsxFlowElement & RootContent;
}
