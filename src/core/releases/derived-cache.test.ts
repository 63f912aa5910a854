import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDerivedCache } from './derived-cache';

describe('the cache of what is derived from release snapshots', () => {
  it('computes a value once and gives it back to later builds until an input changes', () => {
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'derived-')), 'releases');
    const made: string[] = [];
    const make = (snapshot: string) => () => {
      made.push(snapshot);
      return { words: snapshot.split(' ') };
    };
    expect(openDerivedCache(folder).get(['comparison', 'a b'], make('a b'))).toEqual({ words: ['a', 'b'] });
    const later = openDerivedCache(folder);
    expect(later.get(['comparison', 'a b'], make('a b'))).toEqual({ words: ['a', 'b'] });
    expect(later.get(['comparison', 'a c'], make('a c'))).toEqual({ words: ['a', 'c'] });
    expect(made).toEqual(['a b', 'a c']);
  });

  it('removes what no build asked for since it was opened', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'derived-'));
    openDerivedCache(folder).get(['old'], () => 1);
    const cache = openDerivedCache(folder);
    cache.get(['new'], () => 2);
    cache.prune();
    expect(fs.readdirSync(folder)).toHaveLength(1);
    let computed = false;
    openDerivedCache(folder).get(['old'], () => (computed = true));
    expect(computed).toBe(true);
  });
});
