import { describe, expect, it } from 'vitest';
import { formatContentError } from './errors';
import { parseYamlSource } from './yaml-source';

const TEXT = ['id: GOV-03', 'sources:', '  - title: A book', '    year: 2020', 'stages: [plan, launch]', ''].join('\n');

describe('parseYamlSource', () => {
  it('locates values, keys and list items by path', () => {
    const { source, errors } = parseYamlSource('a.yaml', TEXT);
    expect(errors).toEqual([]);
    expect(source.locate(['id'])).toEqual({ line: 1, column: 5 });
    expect(source.locate(['sources', 0, 'year'])).toEqual({ line: 4, column: 11 });
    expect(source.locate(['sources', 0, 'year'], 'key')).toEqual({ line: 4, column: 5 });
    expect(source.locate(['stages', 1])).toEqual({ line: 5, column: 16 });
  });

  it('falls back to the nearest field that exists', () => {
    const { source } = parseYamlSource('a.yaml', TEXT);
    expect(source.locate(['sources', 0, 'url'])).toEqual({ line: 3, column: 5 });
    expect(source.locate(['missing'])).toEqual({ line: 1, column: 1 });
  });

  it('adds a line offset for YAML inside another file', () => {
    const { source } = parseYamlSource('page.mdx', TEXT, 1);
    expect(source.locate(['id'])).toEqual({ line: 2, column: 5 });
  });

  it('reports a duplicated field by name, where the second one is', () => {
    const { errors, source } = parseYamlSource('a.yaml', 'level: core\nlevel: advanced\n');
    expect(source.data).toBeUndefined();
    expect(errors.map(formatContentError)).toEqual(['a.yaml:2:1  level: is written twice in the same block (keep one of them and remove the other)']);
  });

  it('reports a tab used for indentation', () => {
    const { errors } = parseYamlSource('a.yaml', 'a: 1\n\tb: 2\n');
    expect(errors.map(formatContentError)).toEqual(['a.yaml:2:1  b: a tab is used to indent this line (indent with spaces only, two per level)']);
  });
});
