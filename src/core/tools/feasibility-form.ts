/**
 * The feasibility worksheet's typed fields checked: the break-even numbers and the decision record.
 * Each wrong field gets a reason the page puts into words; cautions point at choices worth a second
 * look without blocking anything.
 */
import { parseIsoDate } from './calendar';
import { breakEven, type BreakEvenProblem, type BreakEvenResult } from './feasibility-break-even';
import type { BreakEvenForm, DecisionForm, Outcome } from './feasibility';
import { parseDollars } from './money';

/** The most a month's fixed costs or a unit's price may be: $10,000,000. */
export const MAX_AMOUNT_CENTS = 1_000_000_000;
/** The most units a month, or votes, a field takes. */
export const MAX_COUNT = 1_000_000;

/**
 * Why a field was refused. amount: not an amount in dollars; positive: must be more than zero;
 * tooLarge: over the limit; wholeNumber: not a whole number from 0 to MAX_COUNT; date: not a real
 * date; required: empty but needed; beforeMeeting: a date to decide again that is not after the
 * meeting; moreVotesThanPresent: more votes than people listed as present.
 */
export type FeasibilityFieldError = 'amount' | 'positive' | 'tooLarge' | 'wholeNumber' | 'date' | 'required' | 'beforeMeeting' | 'moreVotesThanPresent';

export type BreakEvenField = 'fixedCosts' | 'price' | 'variableCost' | 'expectedUnits';

/** A whole number typed in a field ("12", " 7 "), or undefined. */
export function parseCount(value: string): number | undefined {
  if (!/^\s*\d{1,7}\s*$/.test(value)) return undefined;
  const count = Number(value);
  return count <= MAX_COUNT ? count : undefined;
}

function readAmount(value: string, positive: boolean): { cents?: number; error?: FeasibilityFieldError } {
  // A field not filled in yet is not an error: the result waits until it is.
  if (value.trim() === '') return {};
  const cents = parseDollars(value);
  if (cents === undefined) return { error: 'amount' };
  if (positive && cents === 0) return { error: 'positive' };
  if (cents > MAX_AMOUNT_CENTS) return { error: 'tooLarge' };
  return { cents };
}

export interface BreakEvenReading {
  /** Nothing typed yet in the three amounts: no result and no error. */
  empty: boolean;
  errors: Partial<Record<BreakEvenField, FeasibilityFieldError>>;
  result?: BreakEvenResult;
  problem?: BreakEvenProblem;
}

/**
 * The break-even fields checked and, when all are right, the result. The variable cost may be left
 * empty (zero), as in a service where labor is the main cost; the expected units are optional.
 */
export function readBreakEven(form: BreakEvenForm): BreakEvenReading {
  const typed = [form.fixedCosts, form.price, form.variableCost, form.expectedUnits].some((value) => value.trim() !== '');
  if (!typed) return { empty: true, errors: {} };
  const errors: BreakEvenReading['errors'] = {};
  const fixed = readAmount(form.fixedCosts, true);
  const price = readAmount(form.price, true);
  const variable = form.variableCost.trim() === '' ? { cents: 0 } : readAmount(form.variableCost, false);
  if (fixed.error) errors.fixedCosts = fixed.error;
  if (price.error) errors.price = price.error;
  if (variable.error) errors.variableCost = variable.error;
  let expectedUnits: number | undefined;
  if (form.expectedUnits.trim() !== '') {
    expectedUnits = parseCount(form.expectedUnits);
    if (expectedUnits === undefined) errors.expectedUnits = 'wholeNumber';
    else if (expectedUnits === 0) errors.expectedUnits = 'positive';
  }
  if (Object.keys(errors).length > 0 || fixed.cents === undefined || price.cents === undefined || variable.cents === undefined) return { empty: false, errors };
  const { result, problem } = breakEven({ fixedCostsCents: fixed.cents, priceCents: price.cents, variableCostCents: variable.cents, expectedUnits });
  return { empty: false, errors, result, problem };
}

export type DecisionField = 'meetingDate' | 'revisitDate' | 'votesFor' | 'votesAgainst' | 'votesAbstain' | 'votes';

/**
 * Cautions on a recorded decision. goAgainstResult: the group chose to go ahead while the ratings
 * say not yet; notCarried: the decision is to go ahead but no more people voted for than against.
 */
export type DecisionCaution = 'goAgainstResult' | 'notCarried';

/** The names of the people present: one per line, blank lines left out. */
export function presentNames(present: string): string[] {
  return present
    .split(/\r?\n/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

export interface DecisionReading {
  errors: Partial<Record<DecisionField, FeasibilityFieldError>>;
  cautions: DecisionCaution[];
  /** The votes when all three are whole numbers or empty (empty counts as zero). */
  votes?: { for: number; against: number; abstain: number };
}

/** The decision record checked against itself and against the worksheet's result. */
export function readDecision(form: DecisionForm, outcome: Outcome): DecisionReading {
  const errors: DecisionReading['errors'] = {};
  const meeting = form.meetingDate.trim();
  const revisit = form.revisitDate.trim();
  if (meeting !== '' && !parseIsoDate(meeting)) errors.meetingDate = 'date';
  if (form.choice === 'revisit') {
    if (revisit === '') errors.revisitDate = 'required';
    else if (!parseIsoDate(revisit)) errors.revisitDate = 'date';
    else if (meeting !== '' && !errors.meetingDate && revisit <= meeting) errors.revisitDate = 'beforeMeeting';
  }
  const count = (value: string) => (value.trim() === '' ? 0 : parseCount(value));
  const [votesFor, votesAgainst, votesAbstain] = [count(form.votesFor), count(form.votesAgainst), count(form.votesAbstain)];
  if (votesFor === undefined) errors.votesFor = 'wholeNumber';
  if (votesAgainst === undefined) errors.votesAgainst = 'wholeNumber';
  if (votesAbstain === undefined) errors.votesAbstain = 'wholeNumber';
  const cautions: DecisionCaution[] = [];
  if (form.choice === 'go' && outcome === 'not-yet') cautions.push('goAgainstResult');
  if (votesFor === undefined || votesAgainst === undefined || votesAbstain === undefined) return { errors, cautions };
  const present = presentNames(form.present).length;
  if (present > 0 && votesFor + votesAgainst + votesAbstain > present) errors.votes = 'moreVotesThanPresent';
  if (form.choice === 'go' && votesFor + votesAgainst > 0 && votesFor <= votesAgainst) cautions.push('notCarried');
  return { errors, cautions, votes: { for: votesFor, against: votesAgainst, abstain: votesAbstain } };
}
