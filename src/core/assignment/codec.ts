/**
 * Puts a whole assignment in a link, with no server: a version number, a dot, then the assignment as
 * compact JSON compressed by lz-string into URL-safe characters. Version 1 stays readable forever;
 * lessons are named by their doc ID, so adding lessons never changes what an old link means.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Assignment, AssignmentItem } from './model';

export const ASSIGNMENT_CODEC_VERSION = 1;
const LESSON_PREFIX = 'curricula/';
const LIMITS = { cohort: 120, message: 1000, note: 300, items: 60 };

/**
 * The longest code (after the `#`) that is unpacked. lz-string lets a short code unpack to a huge
 * text (about 11,000 characters can hold 16 million), so a link from someone else is measured before
 * it is unpacked. Even an assignment with every field at its limit, written in prose, packs into
 * about 14,100 characters; 60 lessons with dates and short notes into about 6,500
 * (codec-limits.test.ts measures both).
 */
export const MAX_ASSIGNMENT_CODE_LENGTH = 16_000;

/**
 * The longest unpacked JSON that is read: more than four times that of an assignment with every
 * field at its limit. lz-string cannot stop part-way, so this is checked after unpacking; it spares
 * the JSON reader, while the cap above bounds the unpacking.
 */
export const MAX_ASSIGNMENT_JSON_LENGTH = 100_000;

/** Why a link could not be read; each reason has its own message on the page. */
export type DecodeProblem = 'empty' | 'version' | 'corrupt' | 'invalid' | 'too-long';

export class AssignmentLinkError extends Error {
  readonly problem: DecodeProblem;

  constructor(problem: DecodeProblem, detail: string) {
    super(detail);
    this.name = 'AssignmentLinkError';
    this.problem = problem;
  }
}

/** Version 1, as written in the link: short keys, and lesson IDs without their common prefix. */
interface WireV1 {
  c: string;
  m: string;
  l: 'en' | 'es';
  w: 'l' | 'f';
  i: Array<[string, string?, string?]>;
}

export function encodeAssignment(assignment: Assignment): string {
  const wire: WireV1 = {
    c: assignment.cohort,
    m: assignment.message,
    l: assignment.language,
    w: assignment.view === 'facilitator' ? 'f' : 'l',
    i: assignment.items.map((item) => trimTuple([item.lesson.replace(LESSON_PREFIX, ''), item.due ?? '', item.note ?? ''])),
  };
  return `${ASSIGNMENT_CODEC_VERSION}.${compressToEncodedURIComponent(JSON.stringify(wire))}`;
}

export function decodeAssignment(code: string): Assignment {
  const text = code.trim().replace(/^#/, '');
  if (text === '') throw new AssignmentLinkError('empty', 'The link holds no assignment.');
  if (text.length > MAX_ASSIGNMENT_CODE_LENGTH) throw new AssignmentLinkError('too-long', 'The link is longer than any assignment, so it was not unpacked.');
  const dot = text.indexOf('.');
  const version = dot > 0 ? text.slice(0, dot) : '';
  if (version !== String(ASSIGNMENT_CODEC_VERSION)) {
    throw new AssignmentLinkError(/^\d+$/.test(version) ? 'version' : 'corrupt', `Unknown assignment link version "${version}".`);
  }
  let wire: unknown;
  try {
    const json = decompressFromEncodedURIComponent(text.slice(dot + 1)) ?? '';
    // Left unread, an over-long text is refused below as not holding an assignment.
    wire = json.length > MAX_ASSIGNMENT_JSON_LENGTH ? undefined : JSON.parse(json);
  } catch {
    throw new AssignmentLinkError('corrupt', 'The link is damaged: it could not be unpacked.');
  }
  return fromWire(wire);
}

function fromWire(wire: unknown): Assignment {
  const invalid = (detail: string) => new AssignmentLinkError('invalid', detail);
  if (!isRecord(wire)) throw invalid('The link does not hold an assignment.');
  const { c, m, l, w, i } = wire;
  if (typeof c !== 'string' || c.length > LIMITS.cohort) throw invalid('The cohort name is missing or too long.');
  if (typeof m !== 'string' || m.length > LIMITS.message) throw invalid('The message is missing or too long.');
  if (l !== 'en' && l !== 'es') throw invalid('The language is not English or Spanish.');
  if (w !== 'l' && w !== 'f') throw invalid('The view is not learner or facilitator.');
  if (!Array.isArray(i) || i.length > LIMITS.items) throw invalid('The list of lessons is missing or too long.');
  const items = i.map((entry, index): AssignmentItem => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(entry[0])) {
      throw invalid(`Lesson ${index + 1} is not a lesson name.`);
    }
    const [lesson, due = '', note = ''] = entry as [string, unknown?, unknown?];
    if (typeof due !== 'string' || (due !== '' && !isDate(due))) throw invalid(`The due date of lesson ${index + 1} is not a date.`);
    if (typeof note !== 'string' || note.length > LIMITS.note) throw invalid(`The note of lesson ${index + 1} is not valid.`);
    return { lesson: LESSON_PREFIX + lesson, ...(due ? { due } : {}), ...(note ? { note } : {}) };
  });
  return { cohort: c, message: m, language: l, view: w === 'f' ? 'facilitator' : 'learner', items };
}

/** Drops empty trailing fields, so a lesson without a date or a note costs only its name. */
function trimTuple(tuple: [string, string, string]): [string, string?, string?] {
  const copy: string[] = [...tuple];
  while (copy.length > 1 && copy[copy.length - 1] === '') copy.pop();
  return copy as [string, string?, string?];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A real calendar date written YYYY-MM-DD. */
export function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
