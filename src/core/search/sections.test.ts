import { describe, expect, it } from 'vitest';
import { parseTree } from '../mdx-parse';
import { markdownText } from '../plain-text';
import { splitSections } from './sections';

describe('page sections', () => {
  it('cuts a page at its level 2 and 3 headings, with the anchors Docusaurus gives them', () => {
    const sections = splitSections(
      parseTree(
        'Opening words.\n\n## Why it matters\n\nBecause.\n\n### Step one\n\n<Activity title="Pairs" minutes="10">\nTalk in pairs.\n</Activity>\n\n## Why it matters\n\nAgain.\n',
        'mdx',
      ),
    );
    expect(sections).toEqual([
      { headings: [], anchor: '', text: 'Opening words.', line: 1 },
      { headings: ['Why it matters'], anchor: 'why-it-matters', text: 'Because.', line: 3 },
      { headings: ['Why it matters', 'Step one'], anchor: 'step-one', text: 'Talk in pairs.', line: 7 },
      { headings: ['Why it matters'], anchor: 'why-it-matters-1', text: 'Again.', line: 13 },
    ]);
  });

  it('keeps the title and text of an admonition, and leaves out front matter and comments', () => {
    const tree = parseTree('---\ntitle: T\n---\n\n{/* a note */}\n\n## Before you start\n\n:::tip[Good to know]\nBring the bylaws.\n:::\n', 'mdx');
    expect(splitSections(tree)).toEqual([{ headings: ['Before you start'], anchor: 'before-you-start', text: 'Good to know\nBring the bylaws.', line: 7 }]);
  });

  it('reads Markdown data as plain text, keeping a "<" that is only text', () => {
    expect(markdownText('Pay **at least** 20% [in cash](/standards/FIN-03) when there are < 5 members.\n\n- one\n- two')).toBe(
      'Pay at least 20% in cash when there are < 5 members.\none\ntwo',
    );
  });
});
