import { describe, expect, it } from 'vitest';
import { findTermDrift, spanishLines } from './spanish-terms';

describe('one Spanish word for each concept', () => {
  it('finds a non-preferred variant with its place and the preferred term', () => {
    const drift = findTermDrift('Pidan un avalúo.\nEl valuador y la Valuación del negocio.\n', true);
    expect(drift.map(({ line, column, found }) => [line, column, found])).toEqual([
      [2, 4, 'valuador'],
      [2, 18, 'Valuación'],
    ]);
    expect(drift[0]!.preferred).toBe('"tasador"');
  });

  it('keeps a web domain, a legal citation and words that only contain a variant', () => {
    expect(findTermDrift('El dominio del sitio web es de la cooperativa. Vea 26 U.S.C. 401(a)(28). Un subsidiario no es un subsidio.', true).map((drift) => drift.found)).toEqual([
      'subsidio',
    ]);
  });

  it("tells the engagement agreement from a group's working agreements, and names earn-outs and 1042 property one way", () => {
    const text = 'Firmen un acuerdo de trabajo. Los acuerdos de trabajo del grupo son otra cosa. Hay un pago según resultados y propiedad de reemplazo calificada.';
    expect(findTermDrift(text, true).map((drift) => drift.found)).toEqual(['acuerdo de trabajo', 'pago según resultados', 'propiedad de reemplazo calificada']);
  });

  it('finds gender forms the style guide rules out', () => {
    expect(findTermDrift('Cada socio(a) vota; todes los socios/as; l@s trabajadorxs.', true).map((drift) => drift.found)).toEqual([
      'socio(a)',
      'todes',
      'socios/as',
      'l@s',
      'trabajadorxs',
    ]);
  });

  it('reads only the Spanish of a bilingual YAML file, inline or in a block, and not the sources', () => {
    const text = [
      'label: { en: Valuation, es: La valuación }',
      'summary:',
      '  en: The subsidio is a word here.',
      '  es: >-',
      '    Recibió un subsidio',
      '    de la ciudad.',
      'sources:',
      '  - title: Estudio de factibilidad',
    ].join('\n');
    expect(spanishLines(text, false)).toEqual([true, false, false, true, true, true, false, false]);
    expect(findTermDrift(text, false).map(({ line, found }) => [line, found])).toEqual([
      [1, 'valuación'],
      [5, 'subsidio'],
    ]);
  });
});
