import { describe, expect, it } from 'vitest';
import { fieldName, pointerToPath } from './schema-messages';

describe('pointerToPath and fieldName', () => {
  it('turns a JSON pointer into a readable field name', () => {
    expect(pointerToPath('/sources/0/year')).toEqual(['sources', 0, 'year']);
    expect(fieldName(['sources', 0, 'year'])).toBe('sources[0].year');
    expect(fieldName(['related', 2])).toBe('related[2]');
  });

  it('unescapes the pointer characters ~0 and ~1', () => {
    expect(pointerToPath('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
  });

  it('names the whole file when the path is empty', () => {
    expect(pointerToPath('')).toEqual([]);
    expect(fieldName([])).toBe('(file)');
  });
});
