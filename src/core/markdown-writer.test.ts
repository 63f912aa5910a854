import type { Heading, List, Paragraph, Root, Strong, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { md, writeMarkdown } from './markdown-writer';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;

/** Titles that would break Markdown built by joining strings. */
const AWKWARD_TITLES = [
  'Pay | hours | votes',
  '*Not* emphasis and **not** strong',
  '[GOV-01](https://example.org/x) is not a link',
  'snake_case, _underscores_ and __dunders__',
  '<b>raw</b> and <https://example.org>',
  'back\\slash, \\* and a trailing \\',
  '# Not a heading',
  '1. Not a numbered list',
  '1) Nor this',
  '- Not a bullet',
  '> Not a quote',
  '| Not a table |',
  '&amp; stays &amp;, &#35; stays &#35; and D&O stays D&O',
  '`code`, ~strike~, ![image](x.png) and www.example.org',
  '  spaced  ',
];

describe('writeMarkdown', () => {
  it.each(AWKWARD_TITLES)('keeps %j as the same text in a heading, a paragraph and a task list item', (title) => {
    const written = writeMarkdown([
      md.heading(1, title),
      md.paragraph(title),
      md.list([md.item([md.strong(md.link('https://example.org/standards/GOV-01', 'GOV-01'), ` ${title}`), `: ${title}`], false)]),
    ]);
    const [heading, paragraph, list, ...rest] = parse(written).children as [Heading, Paragraph, List];
    expect(rest).toEqual([]);
    expect(heading).toMatchObject({ type: 'heading', depth: 1 });
    expect(toString(heading)).toBe(title);
    expect(paragraph.type).toBe('paragraph');
    expect(toString(paragraph)).toBe(title);
    expect(list).toMatchObject({ type: 'list', ordered: false });
    expect(list.children).toHaveLength(1);
    const [item] = list.children;
    expect(item!.checked).toBe(false);
    const [strong] = (item!.children[0] as Paragraph).children;
    expect(strong).toMatchObject({ type: 'strong' });
    // The one link is the standard's: `[…](…)` and `<…>` in the title stay text. (A bare address such
    // as www.example.org is made a link by GFM readers whatever the escaping; its text is kept.)
    expect((strong as Strong).children[0]).toMatchObject({ type: 'link', url: 'https://example.org/standards/GOV-01', children: [{ type: 'text', value: 'GOV-01' }] });
    expect((strong as Strong).children.slice(1).filter((node) => node.type === 'link' && !/^(https?|mailto):/.test(node.url))).toEqual([]);
    expect(toString(strong)).toBe(`GOV-01 ${title}`);
    expect(toString(item!)).toBe(`GOV-01 ${title}: ${title}`);
  });

  it('keeps the shape of a table whose cells hold every awkward title', () => {
    const rows = [['ID', 'Title', 'Statement'], ...AWKWARD_TITLES.map((title, index) => [`T-${index + 1}`, title, `${title} | ${title}`])];
    const parsed = parse(writeMarkdown([md.table(rows)])).children;
    expect(parsed).toHaveLength(1);
    const table = parsed[0] as Table;
    expect(table.type).toBe('table');
    // A GFM cell drops the spaces at its edges, whatever the writer does; every other character stays.
    expect(table.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual(rows.map((cells) => cells.map((cell) => cell.trim())));
  });

  it('writes a table as one row per line, cells padded by one space and not aligned', () => {
    expect(
      writeMarkdown([
        md.table([
          ['ID', 'Title'],
          ['GOV-01', 'Pay | hours'],
        ]),
      ]),
    ).toBe('| ID | Title |\n| - | - |\n| GOV-01 | Pay \\| hours |\n');
  });

  it('writes the spelling of the published checklists: a tight task list, `_` emphasis, `**` strong and a bare address', () => {
    const written = writeMarkdown([
      md.heading(1, 'Title'),
      md.paragraph(md.emphasis('Version 1.0.0. Each item links to the full standard.')),
      md.paragraph(md.autolink('https://example.org/checklists/x')),
      md.heading(2, 'Group'),
      md.list([md.item([md.strong(md.link('https://example.org/standards/A-01', 'A-01'), ' One'), ': First.'], false), md.item(['Two'], false)]),
    ]);
    expect(written).toBe(
      '# Title\n\n_Version 1.0.0. Each item links to the full standard._\n\n<https://example.org/checklists/x>\n\n## Group\n\n- [ ] **[A-01](https://example.org/standards/A-01) One**: First.\n- [ ] Two\n',
    );
  });

  it('escapes an ampersand only where it would start a character reference', () => {
    expect(writeMarkdown([md.paragraph('D&O, R&D, &amp; and &#35;')])).toBe('D&O, R&D, \\&amp; and \\&#35;\n');
    // At the end of a text only the next character is known, and `**` cannot continue a reference.
    expect(writeMarkdown([md.paragraph('Q&', md.strong('A'))])).toBe('Q&**A**\n');
    // In a bare address an escaped `&` would be percent-encoded, which changes the address.
    const address = 'https://example.org/checklists?levels=core&stages=formation';
    expect(writeMarkdown([md.paragraph(md.autolink(address))])).toBe(`<${address}>\n`);
    expect(parse(`<${address}>`).children[0]).toMatchObject({ children: [{ type: 'link', url: address }] });
  });
});
