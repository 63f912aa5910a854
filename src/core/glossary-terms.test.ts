import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTermFinder } from './glossary-terms';
import { loadLibraryOrThrow } from './load';

const library = loadLibraryOrThrow(path.resolve(__dirname, '../../tests/fixtures/valid'));

describe('createTermFinder', () => {
  it('finds the terms a text uses, singular or plural, in order of first use', () => {
    const finder = createTermFinder(library, 'en');
    expect(finder.termsIn(['Read the bylaws first.', 'Then measure PATRONAGE and the Bylaws again.'])).toEqual(['bylaws', 'patronage']);
  });

  it('finds whole words only', () => {
    expect(createTermFinder(library, 'en').termsIn(['Patronages are fine; patronage-like and subpatronage are not words here.'])).toEqual(['patronage']);
    expect(createTermFinder(library, 'en').termsIn(['subpatronage'])).toEqual([]);
  });

  it('finds a term written with a part in parentheses, with or without that part', () => {
    const withParentheses = { ...library, glossary: [{ id: 'valuation', term: { en: 'Valuation', es: 'Valoración (avalúo) del negocio' }, definition: { en: 'd', es: 'd' } }] };
    const finder = createTermFinder(withParentheses, 'es');
    expect(finder.termsIn(['Pida una valoración del negocio.'])).toEqual(['valuation']);
    expect(finder.termsIn(['Pida un avalúo.'])).toEqual(['valuation']);
  });

  it('finds the Spanish forms on the Spanish site, with accents', () => {
    const finder = createTermFinder(library, 'es');
    expect(finder.termsIn(['Los estatutos dicen cómo se reparte el patrocinio.'])).toEqual(['bylaws', 'patronage']);
    expect(finder.termIdOf('Estatutos')).toBe('bylaws');
  });
});
