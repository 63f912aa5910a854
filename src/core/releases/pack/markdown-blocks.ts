/**
 * The Markdown of the data (rationale, guidance, purpose) as plain blocks for a printed page:
 * paragraphs of text runs (bold, italic) and lists, numbered or not, which may hold further blocks.
 * Links keep their text, not their targets; raw HTML is dropped, as it is on the site.
 */
import type { List, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface TextRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type Block = { kind: 'paragraph'; runs: TextRun[] } | { kind: 'list'; ordered: boolean; start: number; items: Block[][] };

const parser = unified().use(remarkParse).use(remarkGfm);

export function markdownBlocks(markdown: string): Block[] {
  return blocksOf((parser.parse(markdown) as Root).children);
}

function blocksOf(nodes: readonly RootContent[]): Block[] {
  return nodes.flatMap((node): Block[] => {
    switch (node.type) {
      case 'paragraph':
        return paragraph(runsOf(node.children, false, false));
      case 'heading':
        return paragraph(runsOf(node.children, true, false));
      case 'list':
        return [listOf(node)];
      case 'blockquote':
        return blocksOf(node.children);
      case 'html':
      case 'thematicBreak':
      case 'definition':
        return [];
      default:
        // Code, tables and the rest: their text, as one paragraph.
        return paragraph([{ text: toString(node), bold: false, italic: false }]);
    }
  });
}

function listOf(list: List): Block {
  return { kind: 'list', ordered: list.ordered === true, start: list.start ?? 1, items: list.children.map((item) => blocksOf(item.children)) };
}

function paragraph(runs: TextRun[]): Block[] {
  return runs.length > 0 ? [{ kind: 'paragraph', runs }] : [];
}

/** The runs of inline content, with neighbours of the same style joined and line ends made spaces. */
function runsOf(nodes: readonly PhrasingContent[], bold: boolean, italic: boolean): TextRun[] {
  const runs: TextRun[] = [];
  const push = (text: string, style: { bold: boolean; italic: boolean }) => {
    const last = runs.at(-1);
    if (last && last.bold === style.bold && last.italic === style.italic) last.text += text;
    else runs.push({ text, ...style });
  };
  const walk = (node: PhrasingContent, style: { bold: boolean; italic: boolean }): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return push(node.value.replace(/\s*\n\s*/g, ' '), style);
      case 'break':
        return push(' ', style);
      case 'strong':
        return node.children.forEach((child) => walk(child, { ...style, bold: true }));
      case 'emphasis':
        return node.children.forEach((child) => walk(child, { ...style, italic: true }));
      case 'html':
        return undefined;
      default:
        if ('children' in node) return (node.children as PhrasingContent[]).forEach((child) => walk(child, style));
        return push(toString(node), style);
    }
  };
  nodes.forEach((node) => walk(node, { bold, italic }));
  return runs.filter((run) => run.text !== '');
}
