import { describe, expect, it } from 'vitest';
import { editDistance, meantQuery, nearness } from './near-words';

describe('words a reader may have meant', () => {
  it('counts a letter added, dropped, changed or two neighbours swapped as one edit', () => {
    expect(editDistance('quorum', 'quorom', 2)).toBe(1);
    expect(editDistance('patronag', 'patrong', 2)).toBe(1);
    expect(editDistance('asamble', 'asambel', 2)).toBe(1);
    expect(editDistance('board', 'board', 2)).toBe(0);
    expect(editDistance('cooperative', 'copoeratvie', 3)).toBe(2);
  });

  it('stops counting past the limit', () => {
    expect(editDistance('patronage', 'quorum', 1)).toBe(2);
    expect(editDistance('ab', 'abcdef', 2)).toBe(3);
  });

  it('finds a term one or two edits away, or one that starts the word when its ending holds the typo', () => {
    expect(nearness('quorum', 'quorom', 'quorom')).toBe(1);
    // "viabilidd": the stemmer cannot cut the misspelled ending, but the word starts with the term "viabil".
    expect(nearness('viabil', 'viabilidd', 'viabilidd')).toBe(1.25);
    expect(nearness('board', 'bored', 'bored')).toBeUndefined();
    expect(nearness('vote', 'quorom', 'quorom')).toBeUndefined();
    expect(nearness('co', 'cop', 'cop')).toBeUndefined();
  });

  it('spells the meant query as the results write it, nearest to what was typed, or gives nothing', () => {
    const termOf = (word: string) =>
      word
        .toLowerCase()
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .slice(0, 7);
    const texts = ['Conversaciones con el dueño', 'La conversión a propiedad de los trabajadores'];
    expect(meantQuery('Plan de conversoin', [{ word: 'conversoin', term: 'convers' }], texts, termOf)).toBe('Plan de conversión');
    expect(meantQuery('quorom', [{ word: 'quorom', term: 'quorum' }], texts, termOf)).toBeUndefined();
  });
});
