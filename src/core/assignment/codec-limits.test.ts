import { decompressFromEncodedURIComponent } from 'lz-string';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { padded, problemOf, proseSource } from '../../../tests/support/link-text';
import { decodeAssignment, encodeAssignment, MAX_ASSIGNMENT_CODE_LENGTH, MAX_ASSIGNMENT_JSON_LENGTH } from './codec';
import type { Assignment } from './model';

// lz-string is a CommonJS module: its functions sit on the default export. The real one, watched, so
// that a test can tell whether a link was unpacked at all.
vi.mock('lz-string', async (importOriginal) => {
  const { default: lz } = await importOriginal<{ default: typeof import('lz-string') }>();
  return { ...lz, default: lz, decompressFromEncodedURIComponent: vi.fn(lz.decompressFromEncodedURIComponent) };
});

const unpack = vi.mocked(decompressFromEncodedURIComponent);

const SMALL: Assignment = {
  cohort: 'Spring cohort',
  message: 'Read these first.',
  language: 'en',
  view: 'learner',
  items: [{ lesson: 'curricula/developer-fundamentals/co-op-identity', due: '2027-01-12' }],
};

/** As many lessons as an assignment holds, each with a date and a note of the given length. */
function longAssignment(noteLength: number, cohortLength: number, messageLength: number): Assignment {
  const prose = proseSource();
  const items = Array.from({ length: 60 }, (_, index) => ({
    lesson: `curricula/conversion-practitioner/readiness-and-valuation-part-${index + 1}`,
    due: `2027-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    note: prose(noteLength),
  }));
  return { cohort: prose(cohortLength), message: prose(messageLength), language: 'es', view: 'facilitator', items };
}

beforeEach(() => unpack.mockClear());

describe('assignment links from others', () => {
  it('are read when they are exactly as long as the cap, with or without the leading #', () => {
    const code = padded(encodeAssignment(SMALL), MAX_ASSIGNMENT_CODE_LENGTH);
    expect(code).toHaveLength(MAX_ASSIGNMENT_CODE_LENGTH);
    expect(decodeAssignment(code)).toEqual(SMALL);
    expect(decodeAssignment(`#${code}`)).toEqual(SMALL);
    expect(unpack).toHaveBeenCalledTimes(2);
  });

  it('are refused as too long, without being unpacked, when one character longer than the cap', () => {
    const code = padded(encodeAssignment(SMALL), MAX_ASSIGNMENT_CODE_LENGTH + 1);
    expect(problemOf(code)).toBe('too-long');
    expect(problemOf(`#${code}`)).toBe('too-long');
    expect(unpack).not.toHaveBeenCalled();
  });

  it('are refused as not a valid assignment when a short link unpacks to more text than an assignment holds', () => {
    const code = encodeAssignment({ ...SMALL, message: 'x'.repeat(MAX_ASSIGNMENT_JSON_LENGTH) });
    const parse = vi.spyOn(JSON, 'parse');
    expect(code.length).toBeLessThan(MAX_ASSIGNMENT_CODE_LENGTH);
    expect(problemOf(code)).toBe('invalid');
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('leave room for a full course: 60 lessons, each with a date and a short note', () => {
    const assignment = longAssignment(100, 40, 600);
    const code = encodeAssignment(assignment);
    expect(code.length).toBeLessThan(MAX_ASSIGNMENT_CODE_LENGTH / 2);
    expect(decodeAssignment(code)).toEqual(assignment);
  });

  it('hold even an assignment with every field at its limit, written in prose', () => {
    const assignment = longAssignment(300, 120, 1000);
    const code = encodeAssignment(assignment);
    expect(code.length).toBeLessThan(MAX_ASSIGNMENT_CODE_LENGTH);
    const wire = decompressFromEncodedURIComponent(code.slice(code.indexOf('.') + 1))!;
    expect(wire.length * 4).toBeLessThan(MAX_ASSIGNMENT_JSON_LENGTH);
    expect(decodeAssignment(code)).toEqual(assignment);
  });
});
