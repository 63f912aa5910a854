import { describe, expect, it } from 'vitest';
import { countReading, readingGrade } from './readability';

describe('readingGrade (Flesch-Kincaid)', () => {
  it('computes the grade from words, sentences and syllables', () => {
    // 2 sentences, 7 words of one syllable each: 0.39 x 3.5 + 11.8 x 1 - 15.59
    expect(countReading('The cat sat. The dog ran on.')).toEqual({ sentence: 2, word: 7, syllable: 7 });
    expect(readingGrade('The cat sat. The dog ran on.')).toBeCloseTo(0.39 * 3.5 + 11.8 * 1 - 15.59, 1);
  });

  it('rates long words and long sentences higher', () => {
    const plain = readingGrade('Each member has one vote. Votes do not follow money.');
    const dense = readingGrade(
      'Notwithstanding capitalization differentials, organizational governance distributes decision-making authority equivalently among participating members.',
    );
    expect(plain).toBeLessThan(6);
    expect(dense).toBeGreaterThan(14);
  });

  it('reads each list item and paragraph of Markdown as its own sentence', () => {
    expect(countReading('Look at:\n\n- the bylaws\n- the minutes\n\nThen decide.').sentence).toBe(4);
  });

  it('gives 0 for text without words', () => {
    expect(readingGrade('- \n')).toBe(0);
  });
});
