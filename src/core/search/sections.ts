/**
 * Splits a page's tree (see page-source.ts) into the sections a reader lands on: the text before the
 * first heading, then one section per heading of level 2 or 3, each with the anchor Docusaurus gives
 * that heading. Components keep their text (an activity's instructions are searchable); admonitions
 * keep their title and text; code, imports, front matter and comments are left out.
 */
import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import { plainText } from '../plain-text';

export interface PageSection {
  /** The headings above this section, outermost first; empty for the text before the first heading. */
  readonly headings: readonly string[];
  /** The anchor of the section's own heading, without `#`; empty for the opening text. */
  readonly anchor: string;
  readonly text: string;
  /** The line of the section's heading in the file (of its first block for the opening text), where known. */
  readonly line?: number;
}

/** The blocks of a page in reading order, with each admonition opened into its title and its blocks. */
function blocks(nodes: readonly RootContent[]): RootContent[] {
  return nodes.flatMap((node) => (node.type === 'containerDirective' ? blocks(node.children) : [node]));
}

export function splitSections(tree: Root): PageSection[] {
  const slugger = new GithubSlugger();
  const sections: Array<{ headings: string[]; anchor: string; parts: string[]; line?: number }> = [{ headings: [], anchor: '', parts: [] }];
  const trail: string[] = [];
  for (const node of blocks(tree.children)) {
    if (node.type === 'heading' && node.depth >= 2 && node.depth <= 3) {
      const text = plainText(node).trim();
      trail.length = Math.max(0, node.depth - 2);
      trail.push(text);
      sections.push({ headings: [...trail], anchor: slugger.slug(text), parts: [], line: node.position?.start.line });
      continue;
    }
    // Other headings take their anchors too, so later anchors get the same numbers as on the page.
    if (node.type === 'heading') slugger.slug(plainText(node).trim());
    const section = sections.at(-1)!;
    if (node.type !== 'yaml') section.line ??= node.position?.start.line;
    section.parts.push(plainText(node));
  }
  return sections
    .map(({ headings, anchor, parts, line }) => ({ headings, anchor, text: parts.filter(Boolean).join('\n').trim(), ...(line === undefined ? {} : { line }) }))
    .filter((section) => section.text !== '');
}
