import { decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { problemOf } from '../../../tests/support/link-text';
import { decodeAssignment, encodeAssignment, isDate } from './codec';
import type { Assignment } from './model';

const ASSIGNMENT: Assignment = {
  cohort: 'Spring cohort, Oakland',
  message: 'Read these before our sessions. ¡Nos vemos el martes!',
  language: 'es',
  view: 'facilitator',
  items: [
    { lesson: 'curricula/developer-fundamentals/co-op-identity', due: '2026-12-01', note: 'Bring questions' },
    { lesson: 'curricula/worker-owner-foundations/reading-the-financials', due: '2026-12-03' },
    { lesson: 'curricula/conversion-practitioner/engaging-owners' },
  ],
};

describe('assignment links', () => {
  it('round-trip every field', () => {
    expect(decodeAssignment(encodeAssignment(ASSIGNMENT))).toEqual(ASSIGNMENT);
  });

  it('start with the version and use only characters that are safe in a URL', () => {
    const code = encodeAssignment(ASSIGNMENT);
    expect(code.startsWith('1.')).toBe(true);
    expect(code).toMatch(/^[A-Za-z0-9.+\-$_]+$/);
  });

  it('keep a 10-lesson assignment with dates and notes well under 2,000 characters', () => {
    const lessons = [
      'co-op-identity',
      'development-pathways',
      'facilitating-a-start-up-group',
      'feasibility',
      'finance-and-capital-accounts',
      'legal-and-tax-structures',
      'democratic-governance',
      'developer-ethics',
    ];
    const items = [
      ...lessons.map((slug, index) => ({
        lesson: `curricula/developer-fundamentals/${slug}`,
        due: `2027-01-${String(index + 10)}`,
        note: 'Read it and write down one question for the group.',
      })),
      { lesson: 'curricula/conversion-practitioner/engaging-owners', due: '2027-01-20', note: 'Read it and write down one question for the group.' },
      { lesson: 'curricula/conversion-practitioner/readiness-and-valuation', due: '2027-01-21', note: 'Read it and write down one question for the group.' },
    ];
    const link = `https://example.org/es/assignment#${encodeAssignment({ ...ASSIGNMENT, message: 'Welcome to the course. '.repeat(8), items })}`;
    expect(items).toHaveLength(10);
    expect(link.length).toBeLessThan(2000);
  });

  it('read a version 1 link written by hand, the way old links will stay', () => {
    // The wire format of version 1, fixed here so that a change to it cannot pass unnoticed.
    const code = encodeAssignment(ASSIGNMENT);
    expect(JSON.parse(decompressFromEncodedURIComponent(code.slice(2)) ?? '')).toEqual({
      c: 'Spring cohort, Oakland',
      m: 'Read these before our sessions. ¡Nos vemos el martes!',
      l: 'es',
      w: 'f',
      i: [
        ['developer-fundamentals/co-op-identity', '2026-12-01', 'Bring questions'],
        ['worker-owner-foundations/reading-the-financials', '2026-12-03'],
        ['conversion-practitioner/engaging-owners'],
      ],
    });
  });

  it('say why a bad or tampered link cannot be read, and never crash', () => {
    const good = encodeAssignment(ASSIGNMENT);
    expect(problemOf('')).toBe('empty');
    expect(problemOf(`9${good.slice(1)}`)).toBe('version');
    expect(problemOf('hello')).toBe('corrupt');
    expect(problemOf(`${good.slice(0, -12)}`)).not.toBe('none');
    expect(problemOf(`${good.slice(0, 10)}XX${good.slice(12)}`)).not.toBe('crash');
    expect(problemOf(`1.${'A'.repeat(40)}`)).toBe('corrupt');
    const wrongShape = encodeAssignment({ ...ASSIGNMENT, items: [{ lesson: 'curricula/x/../../etc' }] });
    expect(problemOf(wrongShape)).toBe('invalid');
    const badDate = encodeAssignment({ ...ASSIGNMENT, items: [{ lesson: 'curricula/a/b', due: '2026-02-30' }] });
    expect(problemOf(badDate)).toBe('invalid');
  });
});

describe('isDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isDate('2028-02-29')).toBe(true);
    expect(isDate('2027-02-29')).toBe(false);
    expect(isDate('2027-13-01')).toBe(false);
    expect(isDate('1/2/2027')).toBe(false);
  });
});
