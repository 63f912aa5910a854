import { describe, expect, it } from 'vitest';
import { spanishPerspicuity, spanishSyllables } from './readability-es';

describe('the reading level of Spanish text', () => {
  it('counts syllables with diphthongs and hiatus', () => {
    const counts = Object.fromEntries(
      ['cooperativa', 'socio', 'día', 'leer', 'patrocinio', 'reúne', 'país', 'trabajadores', 'junta'].map((word) => [word, spanishSyllables(word)]),
    );
    expect(counts).toEqual({ cooperativa: 6, socio: 2, día: 2, leer: 2, patrocinio: 4, reúne: 3, país: 2, trabajadores: 5, junta: 2 });
  });

  it('scores short sentences of short words as easier than long ones of long words', () => {
    const plain = spanishPerspicuity('La cooperativa es de los socios. Cada socio tiene un voto. Juntos eligen la junta.');
    const hard = spanishPerspicuity(
      'La administración cooperativa establece procedimientos organizacionales extraordinariamente complejos para la determinación proporcional de las asignaciones correspondientes a cada participante.',
    );
    expect(plain).toBeGreaterThan(65);
    expect(hard).toBeLessThan(40);
  });
});
