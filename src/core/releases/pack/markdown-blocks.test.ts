import { describe, expect, it } from 'vitest';
import { markdownBlocks } from './markdown-blocks';

const run = (text: string, bold = false, italic = false) => ({ text, bold, italic });

describe('markdownBlocks', () => {
  it('turns paragraphs into runs of plain, bold and italic text, with line ends made spaces', () => {
    expect(markdownBlocks('One **two\nthree** _four_ `five`.\n\nSix.')).toEqual([
      { kind: 'paragraph', runs: [run('One '), run('two three', true), run(' '), run('four', false, true), run(' five.')] },
      { kind: 'paragraph', runs: [run('Six.')] },
    ]);
  });

  it('keeps the text of a link and drops its target and any raw HTML', () => {
    expect(markdownBlocks('See [FIN-01](/standards/FIN-01) <b>now</b>.')).toEqual([{ kind: 'paragraph', runs: [run('See FIN-01 now.')] }]);
  });

  it('keeps numbered lists with their first number, and lists inside list items', () => {
    expect(markdownBlocks('3. First\n4. Second\n   - inner')).toEqual([
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [
          [{ kind: 'paragraph', runs: [run('First')] }],
          [
            { kind: 'paragraph', runs: [run('Second')] },
            { kind: 'list', ordered: false, start: 1, items: [[{ kind: 'paragraph', runs: [run('inner')] }]] },
          ],
        ],
      },
    ]);
  });

  it('writes a heading as a bold paragraph', () => {
    expect(markdownBlocks('## Common *mistakes*')).toEqual([{ kind: 'paragraph', runs: [run('Common ', true), run('mistakes', true, true)] }]);
  });
});
