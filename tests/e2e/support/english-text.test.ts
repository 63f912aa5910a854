import { describe, expect, it } from 'vitest';
import { countLanguageWords, readsAsEnglish, withoutNames } from './english-text';

describe('telling English text on a Spanish page', () => {
  it('finds an English title, sentence or interface label', () => {
    expect(readsAsEnglish('Feasibility and the go/no-go decision')).toBe(true);
    expect(readsAsEnglish('Before real work starts, the developer and the group sign a short written agreement.')).toBe(true);
    expect(readsAsEnglish('Download the checklist')).toBe(true);
    expect(readsAsEnglish('Lecciones: Feasibility and the go/no-go decision')).toBe(true);
  });

  it('keeps Spanish text that quotes an English legal name', () => {
    expect(readsAsEnglish('Presente el acta constitutiva (articles of incorporation) ante el estado donde está la cooperativa.')).toBe(false);
    expect(readsAsEnglish('La viabilidad y la decisión de seguir o no seguir')).toBe(false);
    expect(readsAsEnglish('CONV-04')).toBe(false);
  });

  it('does not count the words of a proper name', () => {
    const sentence = 'Cooperative Fund of the Northeast';
    expect(readsAsEnglish(sentence)).toBe(true);
    expect(readsAsEnglish(withoutNames(sentence, ['Cooperative Fund of the Northeast']))).toBe(false);
    expect(withoutNames('Vea el Center for Family Life y la Arizmendi Association', ['Center for Family Life', 'Arizmendi Association'])).toBe('Vea el   y la  ');
  });

  it('counts words whatever their case', () => {
    expect(countLanguageWords('THE Standards of LA cooperativa')).toEqual({ english: 3, spanish: 1 });
  });
});
