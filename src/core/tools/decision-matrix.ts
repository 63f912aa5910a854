/**
 * The model of the decision matrix builder: a table of the co-op's decisions, each with who decides,
 * who is consulted first and the vote it needs. It holds the starting list of common decisions in
 * each language, the check of a matrix read from a shared link, the cautions for decisions that law
 * or bylaws usually keep for the members, and the rows of the CSV and DOCX downloads.
 *
 * Nothing here knows about React or about the page's language: the page passes the words it shows.
 */
import { toCsv } from '../csv';
import type { DecisionMatrixData } from './decision-matrix-defaults';

export type { DecisionMatrixData };

/** The groups that can decide or be consulted. */
export const PARTIES = ['members', 'board', 'managers', 'committee'] as const;
export type Party = (typeof PARTIES)[number];

/** Who is consulted first: one of the groups, or nobody. */
export const CONSULTED = ['none', ...PARTIES] as const;
export type Consulted = (typeof CONSULTED)[number];

/** The vote a decision needs. `none` means the person or team in charge decides without a vote. */
export const VOTES = ['majority', 'two-thirds', 'consensus', 'none'] as const;
export type Vote = (typeof VOTES)[number];

export type MatrixLanguage = 'en' | 'es';

export interface Decision {
  /** A number that stays with the decision while rows move, unique in the matrix. */
  id: number;
  /** The decision in the group's own words, like "Change the bylaws". */
  name: string;
  /** Who makes the decision. */
  decides: Party;
  /** Who must be asked first, if anyone. */
  consulted: Consulted;
  /** The vote the decision needs. */
  vote: Vote;
  /** Anything else: dollar limits, who is told after, how to appeal. */
  notes: string;
  /** True when state law or typical bylaws keep this decision for the members. */
  reserved: boolean;
}

export interface DecisionMatrix {
  /** The title the group gives its matrix; empty for the page's default title. */
  title: string;
  /** The date of the matrix as YYYY-MM-DD, only if the group typed one; otherwise empty. */
  date: string;
  decisions: Decision[];
}

/** Limits that keep a shared link short and the page quick. */
export const MAX_DECISIONS = 60;
export const MAX_NAME_LENGTH = 200;
export const MAX_NOTES_LENGTH = 500;
export const MAX_TITLE_LENGTH = 120;

/** A new matrix filled with the starting list, in one language. */
export function defaultMatrix(data: DecisionMatrixData): DecisionMatrix {
  return {
    title: '',
    date: '',
    decisions: data.decisions.map((decision, index) => ({
      name: decision.name,
      decides: decision.decides,
      consulted: decision.consulted,
      vote: decision.vote,
      notes: decision.notes,
      reserved: decision.reserved,
      id: index + 1,
    })),
  };
}

/** An empty decision to add at the end, with an id no other row has. */
export function newDecision(matrix: DecisionMatrix): Decision {
  const id = matrix.decisions.reduce((highest, decision) => Math.max(highest, decision.id), 0) + 1;
  return {
    id,
    name: '',
    decides: 'members',
    consulted: 'none',
    vote: 'majority',
    notes: '',
    reserved: false,
  };
}

/** The matrix with one row moved up (-1) or down (+1); unchanged at either end. */
export function moveDecision(matrix: DecisionMatrix, id: number, step: -1 | 1): DecisionMatrix {
  const from = matrix.decisions.findIndex((decision) => decision.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= matrix.decisions.length) return matrix;
  const decisions = [...matrix.decisions];
  [decisions[from], decisions[to]] = [decisions[to]!, decisions[from]!];
  return { ...matrix, decisions };
}

/** A caution: a decision that law or bylaws usually keep for the members is given to someone else. */
export interface ReservedWarning {
  id: number;
  name: string;
  decides: Exclude<Party, 'members'>;
}

/** The cautions of a matrix, in the order of its rows. */
export function matrixWarnings(matrix: DecisionMatrix): ReservedWarning[] {
  return matrix.decisions.flatMap((decision) => (decision.reserved && decision.decides !== 'members' ? [{ id: decision.id, name: decision.name, decides: decision.decides }] : []));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isOneOf = <T extends string>(options: readonly T[], value: unknown): value is T => typeof value === 'string' && (options as readonly string[]).includes(value);
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function acceptDecision(raw: unknown): Decision | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, name, decides, consulted, vote, notes, reserved } = raw;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) return undefined;
  if (!isText(name, MAX_NAME_LENGTH) || !isText(notes, MAX_NOTES_LENGTH) || typeof reserved !== 'boolean') return undefined;
  if (!isOneOf(PARTIES, decides) || !isOneOf(CONSULTED, consulted) || !isOneOf(VOTES, vote)) return undefined;
  return { id, name, decides, consulted, vote, notes, reserved };
}

/**
 * A matrix read from a shared link, checked field by field, or undefined when anything is damaged or
 * unknown; the page then starts from its starting list. Extra fields are dropped.
 */
export function acceptMatrix(raw: unknown): DecisionMatrix | undefined {
  if (!isRecord(raw) || !isText(raw.title, MAX_TITLE_LENGTH) || typeof raw.date !== 'string' || !Array.isArray(raw.decisions)) return undefined;
  if (raw.date !== '' && !DATE.test(raw.date)) return undefined;
  if (raw.decisions.length > MAX_DECISIONS) return undefined;
  const decisions: Decision[] = [];
  for (const item of raw.decisions) {
    const decision = acceptDecision(item);
    if (!decision || decisions.some((other) => other.id === decision.id)) return undefined;
    decisions.push(decision);
  }
  return { title: raw.title, date: raw.date, decisions };
}

/** The words of the downloads, in the page's language. */
export interface DecisionMatrixLabels {
  columns: {
    decision: string;
    decides: string;
    consulted: string;
    vote: string;
    notes: string;
    /** The column that marks decisions usually kept for the members. */
    reserved: string;
  };
  parties: Record<Party, string>;
  /** Shown when nobody is consulted. */
  nobody: string;
  votes: Record<Vote, string>;
  /** The mark in the reserved column, like "Yes". */
  yes: string;
  /** Shown for a decision with no name. */
  unnamed: string;
}

/** The table of the downloads: a header row, then one row per decision, in the order of the matrix. */
export function decisionMatrixRows(matrix: DecisionMatrix, labels: DecisionMatrixLabels): string[][] {
  const { columns } = labels;
  const header = [columns.decision, columns.decides, columns.consulted, columns.vote, columns.notes, columns.reserved];
  const body = matrix.decisions.map((decision) => [
    decision.name.trim() || labels.unnamed,
    labels.parties[decision.decides],
    decision.consulted === 'none' ? labels.nobody : labels.parties[decision.consulted],
    labels.votes[decision.vote],
    decision.notes.trim(),
    decision.reserved ? labels.yes : '',
  ]);
  return [header, ...body];
}

/** CSV (RFC 4180): UTF-8 with a byte-order mark so spreadsheet programs read accents, CRLF line ends. */
export function decisionMatrixCsv(matrix: DecisionMatrix, labels: DecisionMatrixLabels): string {
  return toCsv(decisionMatrixRows(matrix, labels));
}
