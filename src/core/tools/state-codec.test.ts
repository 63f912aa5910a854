import { describe, expect, it } from 'vitest';
import { decodeToolState, encodeToolState, numberIn } from './state-codec';

const accept = (raw: unknown) => (raw && typeof raw === 'object' && 'margin' in raw ? (raw as { margin: number }) : undefined);

describe('tool state in the address', () => {
  it('round-trips the inputs', () => {
    const search = `?s=${encodeToolState({ margin: 120000, members: [{ name: 'Ana', hours: 1800 }] })}`;
    expect(decodeToolState(search, (raw) => raw)).toEqual({ margin: 120000, members: [{ name: 'Ana', hours: 1800 }] });
  });

  it('gives nothing for a missing, damaged, foreign or future value', () => {
    expect(decodeToolState('', accept)).toBeUndefined();
    expect(decodeToolState('?s=1.%%%', accept)).toBeUndefined();
    expect(decodeToolState(`?s=${encodeToolState({ other: 1 })}`, accept)).toBeUndefined();
    expect(decodeToolState(`?s=${encodeToolState({ margin: 1 }).replace(/^1\./, '2.')}`, accept)).toBeUndefined();
  });

  it('reads numbers safely', () => {
    expect(numberIn('42', 0)).toBe(42);
    expect(numberIn('x', 7)).toBe(7);
    expect(numberIn(150, 0, 0, 100)).toBe(100);
    expect(numberIn(undefined, 3)).toBe(3);
  });
});
