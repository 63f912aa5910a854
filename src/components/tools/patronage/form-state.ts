/**
 * The calculator's inputs as the person typed them (text, so a wrong value stays on screen next to its
 * error), how they are kept in the page address, and how they become the numbers of src/core/tools/patronage.
 */
import { toCents } from '../../../core/tools/money';
import type { PatronageBasis, PatronageInput } from '../../../core/tools/patronage';

export interface MemberRow {
  name: string;
  hours: string;
  wages: string;
  /** The member's capital account balance before the first year, in dollars. */
  opening: string;
}

export interface CalculatorState {
  margin: string;
  reserve: string;
  basis: PatronageBasis;
  /** With basis "both": percent shared by hours. */
  weight: string;
  cash: string;
  /** The tax rate the co-op expects on income it keeps, in percent. */
  tax: string;
  members: MemberRow[];
  /** The net margins of the years after the first one, for the ledger. */
  years: string[];
  /** The revolving period of the ledger, in years. */
  revolving: string;
}

export const MAX_MEMBERS = 50;
export const MAX_YEARS = 10;
const MAX_TEXT = 60;

export const DEFAULT_STATE: CalculatorState = {
  margin: '100000',
  reserve: '30',
  basis: 'hours',
  weight: '50',
  cash: '20',
  tax: '21',
  members: [
    { name: 'Ana', hours: '2000', wages: '50000', opening: '1000' },
    { name: 'Luis', hours: '1500', wages: '30000', opening: '1000' },
    { name: 'Mei', hours: '500', wages: '20000', opening: '1000' },
  ],
  years: ['80000', '120000'],
  revolving: '2',
};

export const EMPTY_MEMBER: MemberRow = { name: '', hours: '', wages: '', opening: '' };

const text = (value: unknown, fallback: string): string => (typeof value === 'string' && value.length <= MAX_TEXT ? value : fallback);

/** The state read from a shared address, or undefined when it is not one of ours. */
export function acceptState(raw: unknown): CalculatorState | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const value = raw as Record<string, unknown>;
  if (!Array.isArray(value.members) || value.members.length === 0 || value.members.length > MAX_MEMBERS) return undefined;
  const members = value.members.map((row: unknown): MemberRow => {
    const member = (row && typeof row === 'object' ? row : {}) as Record<string, unknown>;
    return { name: text(member.name, ''), hours: text(member.hours, ''), wages: text(member.wages, ''), opening: text(member.opening, '') };
  });
  const years = Array.isArray(value.years) ? value.years.slice(0, MAX_YEARS - 1).map((year) => text(year, '')) : [];
  const basis = value.basis === 'wages' || value.basis === 'both' ? value.basis : 'hours';
  return {
    margin: text(value.margin, DEFAULT_STATE.margin),
    reserve: text(value.reserve, DEFAULT_STATE.reserve),
    basis,
    weight: text(value.weight, DEFAULT_STATE.weight),
    cash: text(value.cash, DEFAULT_STATE.cash),
    tax: text(value.tax, DEFAULT_STATE.tax),
    members,
    years,
    revolving: text(value.revolving, DEFAULT_STATE.revolving),
  };
}

/**
 * A number as people type it: "100000", "100,000", "$1,250.50", "-5000". Commas are read only as
 * thousands separators. Gives NaN for anything else.
 */
export function readNumber(typed: string): number {
  let cleaned = typed.replace(/[\s$\u00a0]/g, '').replace(/\u2212/g, '-');
  if (/^-?\d{1,3}(,\d{3})+(\.\d*)?$/.test(cleaned)) cleaned = cleaned.replace(/,/g, '');
  return /^-?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** What is wrong with a field, as a key of the page's words. */
export type FieldProblem = 'number' | 'percent' | 'positive' | 'years';

export type FieldKey = 'margin' | 'reserve' | 'weight' | 'cash' | 'tax' | 'revolving' | `members.${number}.${'hours' | 'wages' | 'opening'}` | `years.${number}`;

export interface ParsedState {
  problems: Partial<Record<FieldKey, FieldProblem>>;
  /** Present when there is no problem. */
  input?: PatronageInput;
  yearMargins: number[];
  opening: number[];
  revolving: number;
}

const MAX_MONEY = 1e12;
const MAX_HOURS = 1e8;

/** The inputs as numbers, with a problem for each field that cannot be read. `names` fills blank names. */
export function parseState(state: CalculatorState, blankName: (index: number) => string): ParsedState {
  const problems: ParsedState['problems'] = {};
  const required = (key: FieldKey, typed: string, problem: FieldProblem, ok: (value: number) => boolean): number => {
    const value = readNumber(typed);
    if (!Number.isFinite(value) || !ok(value)) problems[key] = problem;
    return value;
  };
  // A blank hours, wages or balance cell counts as zero, so a table can be filled in a bit at a time.
  const optional = (key: FieldKey, typed: string, max: number): number => (typed.trim() === '' ? 0 : required(key, typed, 'positive', (value) => value >= 0 && value <= max));
  const isPercent = (value: number) => value >= 0 && value <= 100;

  const netMargin = required('margin', state.margin, 'number', (value) => Math.abs(value) <= MAX_MONEY);
  const reservePercent = required('reserve', state.reserve, 'percent', isPercent);
  const hoursWeightPercent = state.basis === 'both' ? required('weight', state.weight, 'percent', isPercent) : 50;
  const cashPercent = required('cash', state.cash, 'percent', isPercent);
  const taxRatePercent = required('tax', state.tax, 'percent', isPercent);
  const members = state.members.map((member, index) => ({
    name: member.name.trim() || blankName(index),
    hours: optional(`members.${index}.hours`, member.hours, MAX_HOURS),
    wages: optional(`members.${index}.wages`, member.wages, MAX_MONEY),
  }));
  const opening = state.members.map((member, index) => toCents(optional(`members.${index}.opening`, member.opening, MAX_MONEY)));
  const yearMargins = state.years.map((year, index) => required(`years.${index}`, year, 'number', (value) => Math.abs(value) <= MAX_MONEY));
  const revolving = required('revolving', state.revolving, 'years', (value) => Number.isInteger(value) && value >= 0 && value <= 30);

  const valid = Object.keys(problems).length === 0;
  return {
    problems,
    input: valid ? { netMargin, reservePercent, basis: state.basis, hoursWeightPercent, cashPercent, taxRatePercent, members } : undefined,
    yearMargins,
    opening,
    revolving,
  };
}
