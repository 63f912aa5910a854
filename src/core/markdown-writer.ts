/**
 * The one way the library writes Markdown files (the `.md` checklist downloads and any Markdown of a
 * release pack): a tree of mdast nodes, built with the helpers below and serialized by
 * `mdast-util-to-markdown` with GitHub Flavored Markdown (tables, task lists). Text is always a text
 * node, so a title holding `|`, `*`, `[`, `_`, `<` or a backslash is escaped where it must be and stays
 * the same text for every reader; nothing is joined into Markdown by hand.
 *
 * The options reproduce, byte for byte, what the string-built writers of releases 1.0.0 and 1.1.0
 * wrote, because published packs never change: change them only together with a check that the frozen
 * packs are unchanged.
 */
import type { AlignType, Emphasis, Heading, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Strong, Table, TableCell, TableRow, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { defaultHandlers, toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';

/** Anything that reads as a character reference (`&amp;`, `&#38;`, `&#x26;`), which is the only place an `&` needs escaping. */
const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,47});/;

/**
 * Text, escaped like the default handler does, except that an `&` is escaped only where it would start
 * a character reference. The default escapes every `&` before a letter, which would turn "D&O" into
 * "D\&O": the same for a renderer, but a different file than the one published.
 */
const writeText: Handle = (node: Text, parent, state, info) => {
  const value = node.value;
  const plainAmpersands: number[] = [];
  for (let index = value.indexOf('&'); index !== -1; index = value.indexOf('&', index + 1)) {
    // An `&` at the end borders the next node, whose first character is all we know: let the default judge it.
    if (index < value.length - 1 && !CHARACTER_REFERENCE.test(value.slice(index))) plainAmpersands.push(index);
  }
  if (plainAmpersands.length === 0) return defaultHandlers.text(node, parent, state, info);
  const siblings = parent?.children ?? [];
  const position = state.indexStack.at(-1) ?? -1;
  const pieces: string[] = [];
  let start = 0;
  for (const [n, ampersand] of [...plainAmpersands, value.length].entries()) {
    const first = n === 0;
    const last = ampersand === value.length;
    pieces.push(
      state.safe(value.slice(start, ampersand), {
        ...info,
        before: first ? info.before : '&',
        after: last ? info.after : '&',
        beforeNode: first ? siblings[position - 1] : undefined,
        afterNode: last ? siblings[position + 1] : undefined,
      }),
    );
    start = ampersand + 1;
  }
  return pieces.join('&');
};

/** How the library spells Markdown; see the comment at the top before changing any of it. */
export const MARKDOWN_OPTIONS: Readonly<Options> = {
  bullet: '-',
  bulletOrdered: '.',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  incrementListMarker: true,
  // A link whose text is its address is written as <https://…>.
  resourceLink: false,
  setext: false,
  closeAtx: false,
  handlers: { text: writeText },
  // Tables as `| a | b |` rows, not padded to line up: a long title does not widen every other row.
  extensions: [gfmToMarkdown({ tableCellPadding: true, tablePipeAlign: false })],
};

/** The Markdown of a document: blocks separated by a blank line, ending with one line end. */
export function writeMarkdown(blocks: readonly RootContent[]): string {
  const root: Root = { type: 'root', children: [...blocks] };
  return toMarkdown(root, MARKDOWN_OPTIONS);
}

/** Plain text, whatever characters it holds. */
function text(value: string): Text {
  return { type: 'text', value };
}

type Inline = PhrasingContent | string;
const inline = (content: readonly Inline[]): PhrasingContent[] => content.map((item) => (typeof item === 'string' ? text(item) : item));

export const md = {
  text,
  heading: (depth: Heading['depth'], ...content: Inline[]): Heading => ({ type: 'heading', depth, children: inline(content) }),
  paragraph: (...content: Inline[]): Paragraph => ({ type: 'paragraph', children: inline(content) }),
  strong: (...content: Inline[]): Strong => ({ type: 'strong', children: inline(content) }),
  emphasis: (...content: Inline[]): Emphasis => ({ type: 'emphasis', children: inline(content) }),
  link: (url: string, ...content: Inline[]): Link => ({ type: 'link', url, children: inline(content) }),
  /** A bare address, written `<https://…>`. */
  autolink: (url: string): Link => ({ type: 'link', url, children: [text(url)] }),
  /** A tight bulleted list: one line per item, no blank lines between them. */
  list: (items: readonly ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children: [...items] }),
  /** A list item of one paragraph; with `checked`, a task list item (`- [ ]` or `- [x]`). */
  item: (content: readonly Inline[], checked?: boolean): ListItem => ({ type: 'listItem', spread: false, checked: checked ?? null, children: [md.paragraph(...content)] }),
  /** A table: the first row is the header; every row has as many cells as the header. */
  table: (rows: ReadonlyArray<readonly Inline[]>, align?: readonly AlignType[]): Table => ({
    type: 'table',
    align: align ? [...align] : rows[0]?.map(() => null),
    children: rows.map((cells): TableRow => ({ type: 'tableRow', children: cells.map((cell): TableCell => ({ type: 'tableCell', children: inline([cell]) })) })),
  }),
};
