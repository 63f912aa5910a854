import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGlossaryView } from './glossary-view';
import { loadLibraryOrThrow } from './load';

const library = loadLibraryOrThrow(path.resolve(__dirname, '../../tests/fixtures/valid'));

describe('buildGlossaryView', () => {
  it('sorts the terms in the alphabet of the language and links what they name', () => {
    const english = buildGlossaryView(library, 'en', '/');
    expect(english.map((term) => term.term)).toEqual(['Bylaws', 'Patronage']);
    expect(english[1]?.seeAlso).toEqual([{ id: 'bylaws', term: 'Bylaws' }]);
    expect(english[1]?.standards).toEqual([{ id: 'FIN-01', title: 'FIN-01 A written patronage policy', permalink: '/standards/FIN-01' }]);
  });

  it('gives the Spanish terms and definitions on the Spanish site', () => {
    const spanish = buildGlossaryView(library, 'es', '/es/');
    expect(spanish.map((term) => term.term)).toEqual(['Estatutos', 'Patrocinio']);
    expect(spanish[1]?.definition).toBe('El trabajo que un socio hace para la cooperativa, medido en horas o salarios.');
    expect(spanish[1]?.standards[0]?.permalink).toBe('/es/standards/FIN-01');
  });
});
