import { describe, expect, it } from 'vitest';
import { markdownText } from '../plain-text';
import { splitSections } from './sections';

describe('page sections', () => {
  it('cuts a page at its level 2 and 3 headings, with the anchors Docusaurus gives them', () => {
    const sections = splitSections('Opening words.\n\n## Why it matters\n\nBecause.\n\n### Step one\n\n<Activity title="Pairs" minutes="10">\nTalk in pairs.\n</Activity>\n\n## Why it matters\n\nAgain.\n');
    expect(sections).toEqual([
      { headings: [], anchor: '', text: 'Opening words.' },
      { headings: ['Why it matters'], anchor: 'why-it-matters', text: 'Because.' },
      { headings: ['Why it matters', 'Step one'], anchor: 'step-one', text: 'Talk in pairs.' },
      { headings: ['Why it matters'], anchor: 'why-it-matters-1', text: 'Again.' },
    ]);
  });

  it('reads Markdown data as plain text, keeping a "<" that is only text', () => {
    expect(markdownText('Pay **at least** 20% [in cash](/standards/FIN-03) when there are < 5 members.\n\n- one\n- two')).toBe(
      'Pay at least 20% in cash when there are < 5 members.\none\ntwo',
    );
  });
});
