import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { comingChanges, type ComingChangeView } from '../../src/core/coming-changes';
import { loadLibraryOrThrow } from '../../src/core/load';
import type { Library } from '../../src/core/model';

const ROOT = path.resolve(__dirname, '..', '..');
let library: Library;

// Loading the whole library takes a few seconds, more while other test files run beside this one.
beforeAll(() => {
  library = loadLibraryOrThrow(ROOT);
}, 60_000);

describe('the coming changes in the law, from the real standards', () => {
  it('lists every dated fact of the standards, soonest first, with pending facts without a date last', () => {
    const changes = comingChanges(library, 'en', '/');
    const listed = changes.reduce((sum, change) => sum + change.standards.length, 0);
    const count = library.standards.reduce((sum, standard) => sum + (standard.dated_facts?.length ?? 0), 0);
    expect(listed).toBe(count);
    expect(count).toBeGreaterThan(0);
    const days = changes.map((change) => change.date ?? '9999-12-31');
    expect([...days].sort()).toEqual(days);
  });

  it('names each standard that records a change, its page and its source, with the day it was checked', () => {
    for (const change of comingChanges(library, 'en', '/')) {
      for (const link of change.standards) {
        const standard = library.standards.find((item) => item.id === link.id)!;
        expect(link.permalink).toBe(`/standards/${standard.id}`);
        const source = standard.sources.find((item) => item.url === change.source.url);
        expect(source, `${standard.id}: ${change.source.url}`).toBeDefined();
        expect(standard.dated_facts?.some((fact) => fact.kind === change.kind && fact.date === change.date && fact.source === change.source.url)).toBe(true);
      }
    }
  });

  it('lists a change that several standards record once, with all of them', () => {
    const keys = comingChanges(library, 'en', '/').map((change) => [change.kind, change.date, change.source.url].join(' '));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('records the 2028 change to Section 1042 for S corporation stock sold to an ESOP', () => {
    const inConv04 = comingChanges(library, 'en', '/').filter((change: ComingChangeView) => change.standards.some((standard) => standard.id === 'CONV-04'));
    expect(inConv04.map((change) => [change.kind, change.date])).toContainEqual(['takes-effect', '2028-01-01']);
  });

  it('gives the Spanish text of each fact where the standard is translated, with Spanish links', () => {
    const english = comingChanges(library, 'en', '/');
    const spanish = comingChanges(library, 'es', '/es/');
    const ids = (changes: ComingChangeView[]) => changes.map((change) => change.standards.map((standard) => standard.id));
    expect(ids(spanish)).toEqual(ids(english));
    for (const [index, change] of spanish.entries()) {
      for (const standard of change.standards) expect(standard.permalink).toBe(`/es/standards/${standard.id}`);
      if (change.textLanguage === 'es') expect(change.fact).not.toBe(english[index]!.fact);
    }
    expect(spanish.every((change) => change.textLanguage === 'es')).toBe(true);
  });
});
