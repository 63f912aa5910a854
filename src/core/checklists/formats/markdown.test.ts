import type { Heading, List, Paragraph, Root, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { ChecklistDocument, ChecklistItem } from '../document';
import { checklistMarkdown } from './markdown';

const item = (id: string, title: string, statement: string): ChecklistItem => ({
  id,
  title,
  statement,
  level: 'Core',
  stages: 'Formation',
  url: `https://example.org/standards/1.0.0/${id}`,
});

// The Markdown uses only these words of the labels.
const labels = { version: 'Version', released: 'released', draft: 'draft, not yet released', source: 'Each item links to the full standard.' } as ChecklistDocument['labels'];

const checklist = (title: string, groups: ChecklistDocument['groups']): ChecklistDocument => ({
  id: 'bank-review',
  language: 'en',
  title,
  purpose: 'For a loan officer reviewing a co-op.',
  edition: 'Worker Co-op Development Standards',
  version: '1.0.0',
  date: '2026-11-26',
  url: 'https://example.org/checklists/bank-review',
  groups,
  labels,
});

describe('checklistMarkdown', () => {
  it('writes a title, the purpose, the version line, the page and a task list per group', () => {
    const markdown = checklistMarkdown(
      checklist('Bank loan review', [
        { title: 'Finance', items: [item('FIN-01', 'An annual budget', 'The board approves a budget.'), item('FIN-02', 'Member buy-in', 'Every member pays the same.')] },
      ]),
    );
    expect(markdown).toBe(
      [
        '# Bank loan review',
        '',
        'For a loan officer reviewing a co-op.',
        '',
        '_Worker Co-op Development Standards version 1.0.0, released 2026-11-26. Each item links to the full standard._',
        '',
        '<https://example.org/checklists/bank-review>',
        '',
        '## Finance',
        '',
        '- [ ] **[FIN-01](https://example.org/standards/1.0.0/FIN-01) An annual budget**: The board approves a budget.',
        '- [ ] **[FIN-02](https://example.org/standards/1.0.0/FIN-02) Member buy-in**: Every member pays the same.',
        '',
      ].join('\n'),
    );
  });

  it('keeps titles and statements holding Markdown characters as the same text', () => {
    const awkward = '# 1. Pay | hours *and* [votes](x) snake_case <b> back\\slash D&O';
    const groups = [
      { title: '1. Finance | money_flow', items: [item('FIN-01', awkward, `- ${awkward}`), item('FIN-02', '* Star', '> Quote')] },
      { title: '# Governance', items: [item('GOV-01', '[ ] not a box', 'Plain.')] },
    ];
    const tree = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .parse(checklistMarkdown(checklist(awkward, groups))) as Root;
    const [title, , , , ...rest] = tree.children;
    expect(title).toMatchObject({ type: 'heading', depth: 1 });
    expect(toString(title)).toBe(awkward);
    expect(rest.map((node) => node.type)).toEqual(['heading', 'list', 'heading', 'list']);
    groups.forEach((group, index) => {
      const heading = rest[index * 2] as Heading;
      const list = rest[index * 2 + 1] as List;
      expect(heading.depth).toBe(2);
      expect(toString(heading)).toBe(group.title);
      expect(list.children).toHaveLength(group.items.length);
      list.children.forEach((listItem, n) => {
        const expected = group.items[n]!;
        expect(listItem.checked).toBe(false);
        const [strong] = (listItem.children[0] as Paragraph).children;
        expect(strong!.type).toBe('strong');
        expect((strong as Strong).children[0]).toMatchObject({ type: 'link', url: expected.url });
        expect(toString(strong)).toBe(`${expected.id} ${expected.title}`);
        expect(toString(listItem)).toBe(`${expected.id} ${expected.title}: ${expected.statement}`);
      });
    });
  });
});
