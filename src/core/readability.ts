/**
 * Reading level of English text, as a Flesch-Kincaid grade: 0.39 x words per sentence + 11.8 x
 * syllables per word - 15.59. Markdown is read block by block, so that a list item without a full stop
 * still counts as a sentence of its own.
 */
import { fleschKincaid } from 'flesch-kincaid';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { syllable } from 'syllable';
import { unified } from 'unified';

/** The most a statement may read at. */
export const STATEMENT_GRADE_LIMIT = 10;

export type ReadingCounts = {
  sentence: number;
  word: number;
  syllable: number;
};

/** The sentences, words and syllables of a text; `syllablesOf` counts a word's syllables (English by default). */
export function countReading(markdown: string, syllablesOf: (word: string) => number = syllable): ReadingCounts {
  const counts: ReadingCounts = { sentence: 0, word: 0, syllable: 0 };
  for (const block of textBlocks(unified().use(remarkParse).parse(markdown))) {
    for (const sentence of block.split(/(?<=[.!?:;])\s+/)) {
      const words = sentence.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word));
      if (words.length === 0) continue;
      counts.sentence += 1;
      counts.word += words.length;
      counts.syllable += words.reduce((sum, word) => sum + Math.max(1, syllablesOf(word)), 0);
    }
  }
  return counts;
}

/** The Flesch-Kincaid grade of the text, rounded to one decimal; 0 for text with no words. */
export function readingGrade(markdown: string): number {
  const counts = countReading(markdown);
  if (counts.word === 0) return 0;
  return Math.round(fleschKincaid(counts) * 10) / 10;
}

/** The text of each paragraph, heading and table cell, in order. */
function textBlocks(tree: Root): string[] {
  const blocks: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(toString(node));
      return;
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return blocks;
}
