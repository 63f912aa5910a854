import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight';

const marked = (text: string, query: string, language: 'en' | 'es') =>
  highlightParts(text, query, language)
    .filter((part) => part.match)
    .map((part) => part.text);

describe('highlighting', () => {
  it('marks words with the query word’s stem, in any case or accent', () => {
    expect(marked('Las Cooperativas toman decisiones; una decisión.', 'cooperativa decision', 'es')).toEqual(['Cooperativas', 'decisiones', 'decisión']);
  });

  it('marks words that start with the word being typed', () => {
    expect(marked('A feasibility study comes first.', 'feasib', 'en')).toEqual(['feasibility']);
  });

  it('keeps the whole text in order and marks nothing for stop words alone', () => {
    const parts = highlightParts('Members vote on the bylaws.', 'the', 'en');
    expect(parts).toEqual([{ text: 'Members vote on the bylaws.', match: false }]);
    expect(
      highlightParts('Members vote on the bylaws.', 'vote', 'en')
        .map((part) => part.text)
        .join(''),
    ).toBe('Members vote on the bylaws.');
  });
});
