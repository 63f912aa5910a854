import { describe, expect, it } from 'vitest';
import { acceptState, DEFAULT_STATE, parseState, readNumber } from './form-state';

const blank = (index: number) => `Member ${index + 1}`;

describe('readNumber', () => {
  it('reads numbers the way people type them', () => {
    expect(readNumber('100000')).toBe(100000);
    expect(readNumber('100,000')).toBe(100000);
    expect(readNumber(' $1,250.50 ')).toBe(1250.5);
    expect(readNumber('-5000')).toBe(-5000);
    expect(readNumber('\u22125000')).toBe(-5000);
    expect(readNumber('.5')).toBe(0.5);
  });

  it('refuses what it cannot read for sure', () => {
    for (const typed of ['', 'abc', '12,5', '1,00', '1.2.3', '--5', '5%']) expect(readNumber(typed), typed).toBeNaN();
  });
});

describe('parseState', () => {
  it('turns the starting inputs into the numbers of the worked example', () => {
    const parsed = parseState(DEFAULT_STATE, blank);
    expect(parsed.problems).toEqual({});
    expect(parsed.input).toMatchObject({ netMargin: 100000, reservePercent: 30, basis: 'hours', cashPercent: 20 });
    expect(parsed.input?.members.map((member) => member.hours)).toEqual([2000, 1500, 500]);
    expect(parsed.opening).toEqual([100000, 100000, 100000]);
    expect(parsed.yearMargins).toEqual([80000, 120000]);
    expect(parsed.revolving).toBe(2);
  });

  it('names each field it cannot use, and gives no input then', () => {
    const parsed = parseState(
      { ...DEFAULT_STATE, cash: '120', basis: 'both', weight: '', members: [{ name: '', hours: 'x', wages: '', opening: '-1' }], years: ['ten'], revolving: '1.5' },
      blank,
    );
    expect(parsed.problems).toEqual({
      cash: 'percent',
      weight: 'percent',
      'members.0.hours': 'positive',
      'members.0.opening': 'positive',
      'years.0': 'number',
      revolving: 'years',
    });
    expect(parsed.input).toBeUndefined();
  });

  it('counts a blank number as 0 and fills a blank name', () => {
    const parsed = parseState({ ...DEFAULT_STATE, members: [{ name: ' ', hours: '10', wages: '', opening: '' }] }, blank);
    expect(parsed.input?.members).toEqual([{ name: 'Member 1', hours: 10, wages: 0 }]);
  });
});

describe('acceptState', () => {
  it('keeps a well-formed state and repairs odd fields', () => {
    expect(acceptState(DEFAULT_STATE)).toEqual(DEFAULT_STATE);
    expect(acceptState({ ...DEFAULT_STATE, basis: 'shares', margin: 5 })).toMatchObject({ basis: 'hours', margin: DEFAULT_STATE.margin });
  });

  it('refuses what is not a calculator state', () => {
    expect(acceptState(null)).toBeUndefined();
    expect(acceptState({ margin: '1' })).toBeUndefined();
    expect(acceptState({ ...DEFAULT_STATE, members: [] })).toBeUndefined();
  });
});
