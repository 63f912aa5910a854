import { describe, expect, it } from 'vitest';
import { fold, idTerm, idTermsIn, isStopword, stem, terms, words } from './text';

describe('search terms', () => {
  it('folds case and accents', () => {
    expect(fold('Decisión Año ÉXITO')).toBe('decision ano exito');
    expect(words('¿Qué es la cuota de ingreso?')).toEqual(['que', 'es', 'la', 'cuota', 'de', 'ingreso']);
  });

  it('gives singular and plural one term, with or without accents', () => {
    expect(stem('cooperativas', 'es')).toBe(stem('cooperativa', 'es'));
    expect(stem(fold('decisión'), 'es')).toBe(stem('decision', 'es'));
    expect(stem('decisiones', 'es')).toBe(stem('decision', 'es'));
    expect(stem('bylaws', 'en')).toBe(stem('bylaw', 'en'));
    expect(stem('members', 'en')).toBe(stem('member', 'en'));
  });

  it('stems Spanish -ción words typed without their accent like the accented ones', () => {
    expect(stem('interpretacion', 'es')).toBe(stem('interprete', 'es'));
    expect(stem('valoracion', 'es')).toBe(stem('valorar', 'es'));
  });

  it('drops small function words but keeps words that matter in co-op work', () => {
    expect(isStopword('the', 'en')).toBe(true);
    expect(isStopword('de', 'es')).toBe(true);
    expect(isStopword('own', 'en')).toBe(false);
    expect(isStopword('horas', 'es')).toBe(false);
    expect(isStopword('cuenta', 'es')).toBe(false);
    expect(terms('The members own the business', 'en')).toEqual(['member', 'own', 'busi']);
  });

  it('reads a standard ID in the forms people type', () => {
    for (const typed of ['GOV-03', 'gov03', 'gov-3', 'Gov 03', ' gov_03 ']) expect(idTerm(typed)).toBe('gov03');
    expect(idTerm('governance')).toBeUndefined();
    expect(idTermsIn('See GOV-03 and FIN-01, not gov-3.')).toEqual(['gov03', 'fin01']);
  });
});
