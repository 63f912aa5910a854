/**
 * Gives each page an import of every policy component it uses, so that webpack puts a tool's code in
 * the chunk of the pages that show it: rendered on the server as before, and loaded with the page, but
 * absent from every other page. It runs right after the safety check, which refuses imports written in
 * a page; these are made here, from MDX_COMPONENT_MODULES, never from the page's text.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { MDX_COMPONENT_MODULES } from './component-modules';
import { importNode } from './import-node';

export default function remarkComponentImports() {
  return (tree: Root): void => {
    const used = new Set<string>();
    visit(tree, (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && Object.hasOwn(MDX_COMPONENT_MODULES, node.name)) used.add(node.name);
    });
    const imports = [...used].sort().map((name) => importNode(name, MDX_COMPONENT_MODULES[name as keyof typeof MDX_COMPONENT_MODULES]));
    tree.children.unshift(...imports);
  };
}
