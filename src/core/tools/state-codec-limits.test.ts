import { decompressFromEncodedURIComponent } from 'lz-string';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { padded, proseSource } from '../../../tests/support/link-text';
import { acceptMatrix, MAX_DECISIONS, MAX_NAME_LENGTH, MAX_NOTES_LENGTH } from './decision-matrix';
import { acceptFeasibilityForm, defaultFeasibilityForm, MAX_NOTE_LENGTH, MAX_PRESENT_LENGTH, MAX_SHORT_TEXT, MAX_TITLE_LENGTH } from './feasibility';
import { decodeToolState, encodeToolState, MAX_TOOL_STATE_JSON_LENGTH, MAX_TOOL_STATE_LENGTH } from './state-codec';
import { projectToolDataIn } from '../tool-data/project';

const FEASIBILITY = projectToolDataIn('en').feasibility;

// The real lz-string, watched, so that a test can tell whether a link was unpacked at all.
// lz-string is a CommonJS module: its functions sit on the default export.
vi.mock('lz-string', async (importOriginal) => {
  const { default: lz } = await importOriginal<{ default: typeof import('lz-string') }>();
  return { ...lz, default: lz, decompressFromEncodedURIComponent: vi.fn(lz.decompressFromEncodedURIComponent) };
});

const unpack = vi.mocked(decompressFromEncodedURIComponent);
const keep = (raw: unknown) => raw;
const search = (value: string) => `?s=${value}`;

/** A feasibility worksheet with every field full. */
function fullWorksheet(prose: (length: number) => string) {
  const form = defaultFeasibilityForm(FEASIBILITY);
  for (const criterion of Object.values(form.criteria))
    Object.assign(criterion, { rating: 'needs-work', mustHave: true, bar: prose(MAX_NOTE_LENGTH), evidence: prose(MAX_NOTE_LENGTH) });
  form.title = prose(MAX_TITLE_LENGTH);
  form.breakEven = { unit: prose(MAX_SHORT_TEXT), fixedCosts: '125,000', price: '48.50', variableCost: '12.25', expectedUnits: '4,000' };
  form.decision = { ...form.decision, choice: 'revisit', present: prose(MAX_PRESENT_LENGTH), conditions: prose(MAX_NOTE_LENGTH) };
  return form;
}

/** A decision matrix with as many decisions as it holds, each name and note of the given lengths. */
function longMatrix(prose: (length: number) => string, nameLength: number, notesLength: number) {
  const decisions = Array.from({ length: MAX_DECISIONS }, (_, index) => ({
    id: index + 1,
    name: prose(nameLength),
    decides: 'board',
    consulted: 'members',
    vote: 'two-thirds',
    notes: prose(notesLength),
    reserved: index % 3 === 0,
  }));
  return { title: prose(MAX_TITLE_LENGTH), date: '2027-03-01', decisions };
}

beforeEach(() => unpack.mockClear());

describe('tool state links from others', () => {
  it('are read when they are exactly as long as the cap', () => {
    const state = { margin: '120000', members: [{ name: 'Ana' }] };
    const value = padded(encodeToolState(state), MAX_TOOL_STATE_LENGTH);
    expect(value).toHaveLength(MAX_TOOL_STATE_LENGTH);
    expect(decodeToolState(search(value), keep)).toEqual(state);
    expect(unpack).toHaveBeenCalledOnce();
  });

  it('are refused, without being unpacked, when one character longer than the cap', () => {
    const value = padded(encodeToolState({ margin: '120000' }), MAX_TOOL_STATE_LENGTH + 1);
    const accept = vi.fn(keep);
    expect(decodeToolState(search(value), accept)).toBeUndefined();
    expect(unpack).not.toHaveBeenCalled();
    expect(accept).not.toHaveBeenCalled();
  });

  it('are refused when a short link unpacks to more text than any tool keeps', () => {
    const value = encodeToolState({ margin: 'x'.repeat(MAX_TOOL_STATE_JSON_LENGTH) });
    const accept = vi.fn(keep);
    expect(value.length).toBeLessThan(MAX_TOOL_STATE_LENGTH);
    expect(decodeToolState(search(value), accept)).toBeUndefined();
    expect(accept).not.toHaveBeenCalled();
  });

  it('leave room for the largest states people fill in: a full feasibility worksheet and a 60-decision matrix', () => {
    const prose = proseSource();
    const worksheet = fullWorksheet(prose);
    // Names and notes longer than any of the starting list (names up to 56, notes up to 74 characters).
    const matrix = longMatrix(prose, 60, 150);
    const fits = <T>(state: T, accept: (raw: unknown) => T | undefined) => {
      const value = encodeToolState(state);
      expect(value.length).toBeLessThan(MAX_TOOL_STATE_LENGTH * 0.75);
      expect(decodeToolState(search(value), accept)).toEqual(state);
    };
    fits(worksheet, (raw) => acceptFeasibilityForm(FEASIBILITY, raw));
    fits(matrix, acceptMatrix);
  });

  it('unpack to less JSON than the limit even when every field of the largest tool is full', () => {
    const matrix = longMatrix(proseSource(), MAX_NAME_LENGTH, MAX_NOTES_LENGTH);
    expect(JSON.stringify(matrix).length * 4).toBeLessThan(MAX_TOOL_STATE_JSON_LENGTH);
  });
});
